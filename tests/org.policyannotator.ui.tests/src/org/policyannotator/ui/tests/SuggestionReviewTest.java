package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.suggest.RejectedSuggestions;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.editor.AnnotationEditor;

/** Suggest on the open article, then review: accept with Enter, reject with Delete, undo both, accept all. */
class SuggestionReviewTest {
	private static final String DOCUMENT = "004_807306f16bda8665";
	private static final String SUGGEST = "org.policyannotator.ui.command.suggest";
	private static final String REVIEW = "org.policyannotator.ui.command.review";
	private static final String ACTION = "org.policyannotator.ui.command.review.action";

	@AfterEach
	void closeWithoutSaving() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		Corpus corpus = sampleCorpus();
		Files.deleteIfExists(corpus.setFile(AnnotatorIdentity.current(), DOCUMENT));
		Files.deleteIfExists(RejectedSuggestions.file(corpus.directory(), AnnotatorIdentity.current(), DOCUMENT));
	}

	private static AnnotationSet suggest(AnnotationEditor editor) throws Exception {
		AnnotationSet set = editor.session().orElseThrow().set();
		int before = set.size();
		run(SUGGEST, Map.of());
		long deadline = System.currentTimeMillis() + 20_000;
		while (set.size() == before && System.currentTimeMillis() < deadline) {
			processEvents();
			Thread.sleep(20);
		}
		processEvents();
		return set;
	}

	private static List<Annotation> suggested(AnnotationSet set) {
		return set.annotations().stream().filter(a -> a.status() == AnnotationStatus.SUGGESTED).toList();
	}

	@Test
	void suggestAddsSuggestionsAndSelectsTheFirst() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationSet set = suggest(editor);
		assertFalse(suggested(set).isEmpty());
		assertEquals(set.size(), suggested(set).size(), "everything proposed is only suggested");
		assertTrue(set.annotations().stream().anyMatch(a -> a.type().equals("proposal")
				&& a.note().contains("0 of 4 points found")), "the declared four points are not in this article");
		assertTrue(editor.selectedAnnotation().isPresent(), "the first suggestion is selected for review");
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		processEvents();
		assertEquals(0, set.size(), "one undo takes the whole run back");
	}

	@Test
	void enterAcceptsDeleteRejectsAndBothUndo() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationSet set = suggest(editor);
		Annotation first = suggested(set).get(0);
		editor.select(first.id());
		run(REVIEW, Map.of(ACTION, "accept"));
		assertEquals(AnnotationStatus.ACCEPTED, set.annotation(first.id()).orElseThrow().status());
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		assertEquals(AnnotationStatus.SUGGESTED, set.annotation(first.id()).orElseThrow().status());

		editor.select(first.id());
		run("org.policyannotator.ui.command.deleteAnnotation", Map.of());
		assertTrue(set.annotation(first.id()).isEmpty(), "Delete rejects the suggestion");
		Corpus corpus = sampleCorpus();
		assertEquals(1, RejectedSuggestions.load(corpus.directory(), AnnotatorIdentity.current(), DOCUMENT).entries().size());
		history.undo(editor.undoContext(), null, null);
		assertTrue(set.annotation(first.id()).isPresent(), "undo brings the rejected suggestion back");
		assertTrue(RejectedSuggestions.load(corpus.directory(), AnnotatorIdentity.current(), DOCUMENT).entries().isEmpty(),
				"and forgets the rejection");
	}

	@Test
	void aRejectedSuggestionIsNotProposedAgainAndAcceptAllTakesAType() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationSet set = suggest(editor);
		Annotation statistic = suggested(set).stream().filter(a -> a.type().equals("statistic")).findFirst().orElseThrow();
		editor.select(statistic.id());
		run(REVIEW, Map.of(ACTION, "reject"));
		for (Annotation a : List.copyOf(set.annotations())) {
			set.remove(a.id());
		}
		suggest(editor);
		assertTrue(set.annotations().stream().noneMatch(a -> a.type().equals("statistic")
				&& a.firstSpan().quote().equals(statistic.firstSpan().quote())), "the rejected one stays away");
		Annotation quote = suggested(set).stream().filter(a -> a.type().equals("quote")).findFirst().orElseThrow();
		editor.select(quote.id());
		run(REVIEW, Map.of(ACTION, "acceptAll"));
		assertTrue(set.annotations().stream().filter(a -> a.type().equals("quote"))
				.allMatch(a -> a.status() == AnnotationStatus.ACCEPTED));
		assertTrue(set.annotations().stream().anyMatch(a -> a.status() == AnnotationStatus.SUGGESTED),
				"other types stay open");
	}
}
