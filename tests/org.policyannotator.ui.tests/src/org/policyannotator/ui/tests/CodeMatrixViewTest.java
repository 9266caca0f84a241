package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;
import static org.policyannotator.ui.tests.UiTestSupport.sampleFolder;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.codes.CodeMatrix;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusVariables;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.codes.CodeMatrixView;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.corpus.CorpusRegistry;

/** The Code Matrix view counts a corpus's codes per document and per variable value in the workbench. */
class CodeMatrixViewTest {
	@Test
	void theViewCountsTheSampleCorpusByDocumentAndByAVariable() throws Exception {
		Corpus corpus = sampleCorpus();
		String doc = corpus.documentIds().get(0);
		Document document = corpus.loadDocument(doc);
		AnnotationSet set = new AnnotationSet("matrix-test", doc, document.sha256());
		set.add(Annotation.of("a1", "claim", List.of(Span.of(document.text(), 0, 5)), "matrix-test", Instant.now()));
		set.add(Annotation.of("a2", "claim", List.of(Span.of(document.text(), 6, 9)), "matrix-test", Instant.now()));
		corpus.saveSet(set);
		CorpusVariables.set(corpus, Map.of(doc, Map.of("country", "KR")));
		java.nio.file.Path mineFile = corpus.setFile(AnnotatorIdentity.current(), doc);
		byte[] mineBefore = Files.exists(mineFile) ? Files.readAllBytes(mineFile) : null;
		try {
			CodeMatrixView view = (CodeMatrixView) page().showView(CodeMatrixView.ID);
			Combo corpora = view.corpusCombo().control();
			corpora.select(CorpusRegistry.getDefault().folders().indexOf(sampleFolder()));
			corpora.notifyListeners(SWT.Selection, new Event());
			view.count();
			CodeMatrix matrix = waitForBy(view, CodeMatrix.BY_DOCUMENT);
			assertEquals(corpus.documentIds().size() + 3, view.viewer().getTable().getColumnCount(),
					"code, one column per document, total, an empty column taking the rest of the width");
			assertEquals(SWT.RIGHT, view.viewer().getTable().getColumn(1).getAlignment(), "counts are right-aligned");
			assertEquals(SWT.RIGHT, view.viewer().getTable().getColumn(corpus.documentIds().size() + 1).getAlignment(),
					"so are the totals");
			assertTrue(matrix.total("claim", doc) >= 2, "the two claims are counted");
			TableItem claim = view.viewer().getTable().getItem(0);
			assertEquals("Claim", claim.getText(0));
			assertEquals(Integer.toString(matrix.total("claim", doc)), claim.getText(1 + matrix.columns().indexOf(doc)));

			Combo by = view.byCombo();
			long until = System.currentTimeMillis() + 20_000;
			while (by.getItemCount() < 2 && System.currentTimeMillis() < until) {
				processEvents();
				Thread.sleep(20);
			}
			assertEquals(List.of(CodeMatrix.BY_DOCUMENT, "country"), List.of(by.getItems()));
			by.select(1);
			by.notifyListeners(SWT.Selection, new Event());
			CodeMatrix byCountry = waitForBy(view, "country");
			assertEquals(List.of("KR", CodeMatrix.NONE), byCountry.columns());
			assertEquals(matrix.total("claim", doc), byCountry.total("claim", "KR"));

			page().closeAllEditors(false);
			String me = AnnotatorIdentity.current();
			AnnotationSet mine = new AnnotationSet(me, doc, document.sha256());
			mine.add(Annotation.of("m2", "claim", List.of(Span.of(document.text(), 10, 14)), me, Instant.now()));
			mine.add(Annotation.of("m1", "claim", List.of(Span.of(document.text(), 0, 5)), me, Instant.now()));
			corpus.saveSet(mine);
			view.showPassages(corpus.schema().tagType("claim").orElseThrow(), doc);
			processEvents();
			AnnotationEditor editor = (AnnotationEditor) page().getActiveEditor();
			assertEquals(doc, ((DocumentEditorInput) editor.getEditorInput()).documentId(), "the cell's document opens");
			assertEquals("m1", editor.selectedAnnotation().orElseThrow().id(), "with its first claim selected");
		} finally {
			page().closeAllEditors(false);
			if (mineBefore == null) {
				Files.deleteIfExists(mineFile);
			} else {
				Files.write(mineFile, mineBefore);
			}
			CorpusVariables.set(corpus, Map.of(doc, Map.of("country", "")));
			UiTestSupport.deleteTree(corpus.setFile("matrix-test", doc).getParent());
		}
	}

	private static CodeMatrix waitForBy(CodeMatrixView view, String by) throws InterruptedException {
		long until = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < until) {
			processEvents();
			if (view.matrix().isPresent() && view.matrix().get().by().equals(by)) {
				return view.matrix().get();
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the view did not count by " + by + " within 20 s");
	}
}
