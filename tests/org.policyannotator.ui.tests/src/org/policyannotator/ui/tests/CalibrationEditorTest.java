package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.compare.CalibrateHandler;
import org.policyannotator.ui.compare.ComparisonEditor;
import org.policyannotator.ui.compare.ComparisonInput;
import org.policyannotator.ui.compare.DifferenceKind;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Two instructors calibrate their references in the comparison editor before grading: both side by side with the
 * disagreements, one document at a time, under the figures of all documents.
 *
 * <p>ann and ben on two documents. d3: both tag "Xi Jinping" as a speaker (a match). d4: ann tags "a four-point
 * proposal" as a proposal, ben tags it as a claim (a type disagreement). With ann as the reference: 2 each, 1 pair
 * of the same type, so overlap P = R = F1 = 1/2.
 */
class CalibrationEditorTest {
	private static final String D3 = "003_977224e94903f02a";
	private static final String D4 = "004_807306f16bda8665";

	@TempDir
	Path temp;
	private Path folder;

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		processEvents();
		if (folder != null) {
			CorpusRegistry.getDefault().remove(folder);
		}
	}

	private static void tag(Corpus corpus, Document d, String annotator, String type, String phrase) throws Exception {
		AnnotationSet set = corpus.documentIdsAnnotatedBy(annotator).contains(d.id()) ? corpus.loadSet(annotator,
				d.id()) : new AnnotationSet(annotator, d.id(), d.sha256());
		int at = d.text().indexOf(phrase);
		set.add(Annotation.of(set.newId(), type, List.of(Span.of(d.text(), at, at + phrase.length())), annotator,
				Instant.now()));
		corpus.saveSet(set);
	}

	@Test
	void theTwoReferencesAreSideBySideWithTheDisagreementsUnderTheFiguresOfAllDocuments() throws Exception {
		folder = temp.resolve("course");
		Corpus corpus = Corpus.create(folder, "Course", Schema.defaultSchema());
		Corpus sample = UiTestSupport.sampleCorpus();
		Document d3 = sample.loadDocument(D3);
		Document d4 = sample.loadDocument(D4);
		corpus.addDocument(d3);
		corpus.addDocument(d4);
		tag(corpus, d3, "ann", "speaker", "Xi Jinping");
		tag(corpus, d3, "ben", "speaker", "Xi Jinping");
		tag(corpus, d4, "ann", "proposal", "a four-point proposal");
		tag(corpus, d4, "ben", "claim", "a four-point proposal");
		CorpusRegistry.getDefault().add(folder);

		ComparisonEditor editor = CalibrateHandler.open(page(), folder, "ann", "ben", Optional.empty()).orElseThrow();
		processEvents();
		ComparisonInput input = (ComparisonInput) editor.getEditorInput();
		assertEquals(D4, input.documentId(), "opens on the first document with a disagreement");
		assertTrue(editor.figuresText().startsWith("Calibration before grading, document 2 of 2."),
				editor.figuresText());
		assertTrue(editor.figuresText().contains("all types: F1 0.5000"), editor.figuresText());
		assertTrue(editor.figuresText().contains("1 disagreement(s)"), editor.figuresText());
		assertTrue(editor.figuresText().contains("warning:"), "too few annotations to mean much");
		assertEquals(DifferenceKind.TYPE, editor.goToDisagreement(true).orElseThrow().kind());

		ComparisonEditor next = editor.showDocument(1).orElseThrow();
		processEvents();
		assertEquals(D3, ((ComparisonInput) next.getEditorInput()).documentId(), "wraps around to the first");
		assertTrue(next.figuresText().startsWith("Calibration before grading, document 1 of 2."));
		assertTrue(next.goToDisagreement(true).isEmpty(), "the two agree on this document");
		assertEquals(1, page().getEditorReferences().length, "one calibration editor, not a pile of tabs");
	}
}
