package org.policyannotator.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.team.git.HistoryEntry;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.TeamRepository;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;

/** The History view of the active document: who changed which annotation when, and an earlier version restored. */
class HistoryViewTest {
	private static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points.";

	@TempDir
	Path temp;
	private Path here;
	private String me;

	@BeforeEach
	void aSharedCorpusWithTwoCommitsOfASet() throws Exception {
		me = AnnotatorIdentity.current();
		here = temp.resolve("here").toAbsolutePath().normalize();
		Corpus corpus = Corpus.create(here, "talks", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "Talks", TEXT));
		corpus.addDocument(Document.of("other", "Other talks", TEXT));
		tag(corpus, "doc", "a1", "claim", "Xi said");
		TeamRepository.share(here, Optional.of(temp.resolve("shared/talks.git").toString()), Optional.empty(),
				Progress.NONE).close();
		tag(corpus, "doc", "a2", "statistic", "24.5 percent");
		tag(corpus, "other", "a1", "proposal", "four points");
		try (TeamRepository team = TeamRepository.open(here)) {
			team.sync("two more", Optional.of(me), Optional.empty(), Progress.NONE);
		}
		CorpusRegistry.getDefault().add(here);
	}

	@AfterEach
	void forget() {
		page().closeAllEditors(false);
		IWorkbenchPage page = page();
		if (page.findView(HistoryView.ID) != null) {
			page.hideView(page.findView(HistoryView.ID));
		}
		CorpusRegistry.getDefault().remove(here);
		processEvents();
	}

	@Test
	void theHistoryOfTheOpenDocumentSaysWhoAddedWhichAnnotationAndAnEarlierVersionComesBack() throws Exception {
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(new DocumentEditorInput(here, "doc", "Talks"),
				ViewIds.ANNOTATION_EDITOR);
		HistoryView view = (HistoryView) page().showView(HistoryView.ID);
		page().activate(editor);
		List<HistoryEntry> entries = waitFor(view);

		assertEquals(List.of("two more", "Share corpus here"), entries.stream().map(HistoryEntry::message).toList());
		assertEquals(List.of("annotations/" + me + "/doc.json: +a2 statistic"), entries.get(0).changes(),
				"the other document's change is not this document's history");

		view.restore(here, entries.get(1).commit(), "annotations/" + me + "/doc.json");

		assertEquals(List.of("claim"), types(editor.session().get().set()), "the open editor shows the old version");
		assertFalse(editor.isDirty());
		assertEquals(List.of("claim"), types(Corpus.open(here).loadSet(me, "doc")));
	}

	private List<HistoryEntry> waitFor(HistoryView view) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (view.entries().isEmpty() && System.currentTimeMillis() < deadline) {
			if (!Display.getCurrent().readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		assertTrue(!view.entries().isEmpty(), "the history was read");
		return view.entries();
	}

	private void tag(Corpus corpus, String document, String id, String type, String quote) throws Exception {
		AnnotationSet set = corpus.loadSet(me, document);
		int start = TEXT.indexOf(quote);
		set.add(Annotation.of(id, type, List.of(Span.of(TEXT, start, start + quote.length())), me, Instant.EPOCH));
		corpus.saveSet(set);
	}

	private static List<String> types(AnnotationSet set) {
		return set.annotations().stream().map(Annotation::type).toList();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		while (Display.getCurrent().readAndDispatch()) {
			// run what is queued
		}
	}
}
