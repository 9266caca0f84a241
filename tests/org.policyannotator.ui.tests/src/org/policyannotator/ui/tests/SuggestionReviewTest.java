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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.suggest.RejectedSuggestions;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.suggest.SuggestionRulesView;

/**
 * Suggest on the open article, then review: accept with Enter, reject with Delete, undo both, accept all; the Suggestion
 * Rules view counts what was reviewed.
 */
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

	/** Selects the first open suggestion of {@code type} and runs the review {@code action} on it; returns it. */
	private static Annotation review(AnnotationEditor editor, AnnotationSet set, String type, String action)
			throws Exception {
		Annotation first = suggested(set).stream().filter(a -> a.type().equals(type)).findFirst().orElseThrow();
		editor.select(first.id());
		run(REVIEW, Map.of(ACTION, action));
		return first;
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
		Annotation statistic = review(editor, set, "statistic", "reject");
		for (Annotation a : List.copyOf(set.annotations())) {
			set.remove(a.id());
		}
		suggest(editor);
		assertTrue(set.annotations().stream().noneMatch(a -> a.type().equals("statistic")
				&& a.firstSpan().quote().equals(statistic.firstSpan().quote())), "the rejected one stays away");
		review(editor, set, "quote", "acceptAll");
		assertTrue(set.annotations().stream().filter(a -> a.type().equals("quote"))
				.allMatch(a -> a.status() == AnnotationStatus.ACCEPTED));
		assertTrue(set.annotations().stream().anyMatch(a -> a.status() == AnnotationStatus.SUGGESTED),
				"other types stay open");
	}

	@Test
	void theSuggestionRulesViewShowsEachRulesCountsBesideTheAnnotationsTable() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationSet set = suggest(editor);
		Annotation quote = review(editor, set, "quote", "accept");
		IViewPart view = page().showView(SuggestionRulesView.ID);
		processEvents();
		assertTrue(List.of(page().getViewStack(view)).stream()
				.anyMatch(v -> v.getSite().getId().equals(ViewIds.ANNOTATIONS)),
				"it opens in the wide stack of the Annotations table, where its columns fit");
		Table table = ((SuggestionRulesView) view).viewer().getTable();
		GC gc = new GC(table);
		try {
			for (int i = 1; i <= 3; i++) {
				TableColumn c = table.getColumn(i);
				assertTrue(c.getWidth() >= gc.textExtent(c.getText()).x, c.getText() + " is not cut off");
			}
		} finally {
			gc.dispose();
		}
		TableItem row = Arrays.stream(table.getItems())
				.filter(r -> quote.note().contains(r.getText(0))).findFirst().orElseThrow();
		assertEquals("1", row.getText(1), "the accepted quote counts for its rule");
		page().hideView(view);
	}
}
