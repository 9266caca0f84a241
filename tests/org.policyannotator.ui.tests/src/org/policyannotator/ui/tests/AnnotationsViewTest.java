package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.AnnotationSteps.DOCUMENT;
import static org.policyannotator.ui.tests.AnnotationSteps.tag;
import static org.policyannotator.ui.tests.AnnotationSteps.undo;
import static org.policyannotator.ui.tests.AnnotationSteps.view;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.operations.AnnotationEdit;
import org.policyannotator.ui.views.AnnotationRow;
import org.policyannotator.ui.views.AnnotationsView;

/** The Annotations view: a live, filterable, sortable table kept in step with the editor. */
class AnnotationsViewTest {
	private static final String CLAIM = "China and South Korea are permanent neighbors";
	private static final String PROPOSAL = "four-point proposal";

	@AfterEach
	void cleanUp() throws Exception {
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		view.filterByType(AnnotationsView.ALL_TYPES);
		view.filterByText("");
		view.filterBySpeaker(AnnotationsView.ALL_SPEAKERS);
		view.setShowOtherAnnotators(false);
		AnnotationSteps.closeAndForget();
		CorpusNavigatorTest.deleteTree(sampleCorpus().directory().resolve("annotations").resolve("alice"));
	}

	private static List<String> column(Table table, int column) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(column));
		}
		return texts;
	}

	@Test
	void theTableListsEveryAnnotationLiveAndUndoRemovesTheRow() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		Table table = view.viewer().getTable();
		assertEquals(0, table.getItemCount());

		tag(editor, CLAIM, "1");
		tag(editor, PROPOSAL, "3");

		assertEquals(2, table.getItemCount());
		assertTrue(column(table, 0).containsAll(List.of("Claim", "Proposal")), column(table, 0).toString());
		assertTrue(column(table, 1).contains(CLAIM), column(table, 1).toString());
		assertEquals(List.of("ui-test", "ui-test"), column(table, 3));
		assertEquals(List.of("accepted", "accepted"), column(table, 4));
		assertTrue(table.getItem(0).getImage(0) != null, "the type cell shows the colour swatch");

		undo(editor);
		assertEquals(1, table.getItemCount(), "undo removes the row");
		AnnotationSteps.redo(editor);
		assertEquals(2, table.getItemCount(), "redo brings it back");
	}

	@Test
	void rowsAddedAndRemovedInTheMiddleLeaveTheOtherRowsShowingTheirOwnAnnotations() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		Table table = view.viewer().getTable();
		sortAscendingBy(table, 1); // by text: a known order, and the sort the header test expects to find
		String last = "Xi Jinping";
		String middle = PROPOSAL;
		tag(editor, CLAIM, "1");
		tag(editor, last, "6");
		assertEquals(List.of(CLAIM, last), column(table, 1));

		Annotation added = tag(editor, middle, "3");
		assertEquals(List.of(CLAIM, middle, last), column(table, 1), "a row comes in between");
		assertEquals(List.of("Claim", "Proposal", "Speaker"), column(table, 0), "and the rows after it moved with it");
		assertEquals(List.of(new AnnotationRow(added, true)), view.viewer().getStructuredSelection().toList(),
				"the new annotation's row is selected");

		undo(editor);
		assertEquals(List.of(CLAIM, last), column(table, 1), "undo takes the middle row out");
		assertEquals(List.of("Claim", "Speaker"), column(table, 0));
		AnnotationSteps.redo(editor);
		assertEquals(List.of(CLAIM, middle, last), column(table, 1));
		assertEquals(List.of("Claim", "Proposal", "Speaker"), column(table, 0));
	}

	@Test
	void filteringByTypeAndByTextNarrowsTheRows() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		tag(editor, CLAIM, "1");
		tag(editor, PROPOSAL, "3");
		Table table = view.viewer().getTable();

		view.filterByType("Proposal");
		assertEquals(List.of(PROPOSAL), column(table, 1));

		view.filterByType(AnnotationsView.ALL_TYPES);
		view.filterByText("NEIGHBORS");
		assertEquals(List.of(CLAIM), column(table, 1));

		view.filterByText("");
		assertEquals(2, table.getItemCount());
	}

	@Test
	void clickingAColumnHeaderSortsByItAndClickingAgainReverses() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		tag(editor, PROPOSAL, "3");
		tag(editor, CLAIM, "1");
		Table table = view.viewer().getTable();

		table.getColumn(0).notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("Claim", "Proposal"), column(table, 0));
		assertEquals(SWT.UP, table.getSortDirection());

		table.getColumn(0).notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("Proposal", "Claim"), column(table, 0));
		assertEquals(SWT.DOWN, table.getSortDirection());
	}

	@Test
	void theCaretOnASpanSelectsItsRowAndSelectingARowSelectsInTheEditor() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		Annotation claim = tag(editor, CLAIM, "1");
		Annotation proposal = tag(editor, PROPOSAL, "3");

		editor.selectAndReveal(claim.start() + 4, 0);
		processEvents();
		assertEquals(new AnnotationRow(claim, true), view.viewer().getStructuredSelection().getFirstElement(),
				"the caret on the claim selects its row");

		view.viewer().setSelection(new StructuredSelection(new AnnotationRow(proposal, true)), true);
		processEvents();
		assertEquals(proposal.id(), editor.selectedAnnotation().orElseThrow().id(), "the row selects in the editor");
	}

	@Test
	void aRetypedAnnotationKeepsItsRowOrMovesAsTheSortOrderSays() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		Annotation claim = tag(editor, CLAIM, "1");
		tag(editor, PROPOSAL, "3");
		Table table = view.viewer().getTable();
		try {
			sortAscendingBy(table, 1);
			assertEquals(List.of(CLAIM, PROPOSAL), column(table, 1));

			Annotation statistic = editor.retype(claim, "statistic").orElseThrow();
			processEvents();
			assertEquals(List.of(CLAIM, PROPOSAL), column(table, 1), "sorted by text, the retyped row keeps its place");
			assertEquals(List.of("Statistic", "Proposal"), column(table, 0), "and shows its new type");

			sortAscendingBy(table, 0);
			assertEquals(List.of("Proposal", "Statistic"), column(table, 0));
			editor.retype(statistic, "claim").orElseThrow();
			processEvents();
			assertEquals(List.of("Claim", "Proposal"), column(table, 0), "sorted by type, the retyped row moves");
			assertEquals(List.of(CLAIM, PROPOSAL), column(table, 1));
		} finally {
			sortAscendingBy(table, 1); // not by type: the header test expects its first click to sort upwards
		}
	}

	/** Clicks a column header until the table is sorted upwards by it. */
	private static void sortAscendingBy(Table table, int column) {
		for (int click = 0; click < 2 && (table.getSortColumn() != table.getColumn(column)
				|| table.getSortDirection() != SWT.UP); click++) {
			table.getColumn(column).notifyListeners(SWT.Selection, new Event());
		}
		assertEquals(table.getColumn(column), table.getSortColumn());
		assertEquals(SWT.UP, table.getSortDirection());
	}

	@Test
	void aChangedAnnotationKeepsItsRowSelectedAndShowsItsNewAttributes() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		Annotation speaker = tag(editor, "Xi", "6");
		Annotation claim = tag(editor, CLAIM, "1");
		view.viewer().setSelection(new StructuredSelection(new AnnotationRow(claim, true)));
		processEvents();

		Annotation disputed = claim.withAttribute("stance", new AttributeValue.Text("disputed"), Instant.now())
				.withAttribute("claimant", new AttributeValue.Ref(speaker.id()), Instant.now());
		editor.execute("Set Stance", AnnotationEdit.replace(claim, disputed));
		processEvents();

		assertEquals(List.of(new AnnotationRow(disputed, true)), view.viewer().getStructuredSelection().toList());
		assertTrue(column(view.viewer().getTable(), 2).contains("claimant=\u201cXi\u201d, stance=disputed"),
				"a reference shows the quote it points to: " + column(view.viewer().getTable(), 2));
	}

	@Test
	void doubleClickingARowRevealsAndSelectsItInTheActivatedEditor() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		Annotation claim = tag(editor, CLAIM, "1");
		tag(editor, PROPOSAL, "3");
		page().activate(view);
		Table table = view.viewer().getTable();
		TableItem claimItem = table.getItems()[column(table, 1).indexOf(CLAIM)];
		table.setSelection(claimItem);

		Event event = new Event();
		event.item = claimItem;
		table.notifyListeners(SWT.DefaultSelection, event);
		processEvents();

		assertSame(editor, page().getActivePart());
		assertEquals(claim.id(), editor.selectedAnnotation().orElseThrow().id());
	}

	@Test
	void deleteInTheTableRemovesTheSelectedAnnotationsInOneUndoableStep() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		Annotation claim = tag(editor, CLAIM, "1");
		Annotation proposal = tag(editor, PROPOSAL, "3");
		page().activate(view);
		view.viewer().setSelection(new StructuredSelection(
				List.of(new AnnotationRow(claim, true), new AnnotationRow(proposal, true))));
		processEvents();

		run("org.eclipse.ui.edit.delete", Map.of());

		AnnotationSet set = editor.session().orElseThrow().set();
		assertEquals(0, set.size());
		assertEquals(0, view.viewer().getTable().getItemCount());
		run("org.eclipse.ui.edit.undo", Map.of());
		assertEquals(2, set.size(), "one Ctrl+Z in the view brings both back");
	}

	@Test
	void otherAnnotatorsAnnotationsAreListedReadOnlyOnRequest() throws Exception {
		Corpus corpus = sampleCorpus();
		String text = corpus.loadDocument(DOCUMENT).text();
		int start = text.indexOf(PROPOSAL);
		AnnotationSet alices = corpus.loadSet("alice", DOCUMENT);
		alices.add(Annotation.of("a1", "proposal", List.of(Span.of(text, start, start + PROPOSAL.length())), "alice",
				Instant.now()));
		corpus.saveSet(alices);
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		tag(editor, CLAIM, "1");
		Table table = view.viewer().getTable();
		assertEquals(List.of("ui-test"), column(table, 3));

		view.setShowOtherAnnotators(true);
		assertEquals(List.of("alice", "ui-test"), column(table, 3).stream().sorted().toList());

		page().activate(view);
		AnnotationRow alicesRow = new AnnotationRow(alices.annotations().get(0), false);
		view.viewer().setSelection(new StructuredSelection(alicesRow));
		run("org.eclipse.ui.edit.delete", Map.of());
		assertEquals(1, editor.session().orElseThrow().set().size(), "another annotator's row cannot be deleted");
		assertEquals(2, table.getItemCount());
	}

	@Test
	void theSpeakerFilterShowsOnePersonsSpeakersAndQuotesUnderAllItsNames() throws Exception {
		Corpus corpus = sampleCorpus();
		String text = corpus.loadDocument(DOCUMENT).text();
		AnnotationSet alices = corpus.loadSet("alice", DOCUMENT);
		Annotation full = span(alices, text, "Chinese President Xi Jinping", 0);
		Annotation shortName = span(alices, text, "Xi", text.indexOf("Xi emphasized"));
		Annotation lee = span(alices, text, "Lee Jae Myung", 0);
		String words = "China has consistently placed relations with South Korea high";
		Annotation quote = Annotation.of("q1", "quote", List.of(Span.of(text, text.indexOf(words),
				text.indexOf(words) + words.length())), "alice", Instant.now());
		for (Annotation a : List.of(full, shortName, lee, quote)) {
			alices.add(a);
		}
		alices.addRelation(new Relation("r1", "said-by", quote.id(), shortName.id()));
		corpus.saveSet(alices);
		AnnotationEditor editor = open(DOCUMENT);
		AnnotationsView view = view(ViewIds.ANNOTATIONS);
		tag(editor, CLAIM, "1");
		view.setShowOtherAnnotators(true);
		Table table = view.viewer().getTable();
		assertEquals(List.of("Lee Jae Myung", "Xi Jinping"), view.speakerChoices());

		view.filterBySpeaker("President Xi");
		assertEquals(List.of(words, "Chinese President Xi Jinping", "Xi"), column(table, 1).stream().sorted().toList());
		assertEquals(List.of("Xi Jinping", "Xi Jinping", "Xi Jinping"), column(table, 5));
		assertTrue(view.getContentDescription().startsWith("3 of 5 annotations"), view.getContentDescription());

		view.filterBySpeaker(AnnotationsView.ALL_SPEAKERS);
		assertEquals(5, table.getItemCount());

		view.filterBySpeaker("ee Ja"); // part of a name, as typed: the speakers whose name contains it
		assertEquals(List.of("Lee Jae Myung"), column(table, 1));
		view.filterBySpeaker("Nobody Here");
		assertEquals(0, table.getItemCount());
	}

	private static Annotation span(AnnotationSet set, String text, String words, int from) {
		int start = text.indexOf(words, from);
		return Annotation.of("s" + start, "speaker", List.of(Span.of(text, start, start + words.length())), "alice",
				Instant.now());
	}
}
