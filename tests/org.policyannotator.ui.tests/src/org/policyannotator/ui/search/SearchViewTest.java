package org.policyannotator.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusVariables;
import org.policyannotator.search.Hit;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;

/** The Search view in the real workbench, on the sample corpus. */
class SearchViewTest {
	private static final String OPINION = "003_977224e94903f02a";
	private static final String VISIT = "004_807306f16bda8665";

	@TempDir
	Path dir;
	private SearchView view;

	@BeforeEach
	void show() throws Exception {
		view = (SearchView) page().showView(SearchView.ID);
		processEvents();
		view.form().regex.setSelection(false);
		view.form().wholeWord.setSelection(false);
		view.form().find.setText("");
		view.form().type.select(0);
		view.form().showAnnotationCriteria(false);
		view.scope().select(0);
		view.where().setText("");
	}

	@AfterEach
	void cleanUp() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		Corpus corpus = sample();
		Files.deleteIfExists(corpus.setFile(AnnotatorIdentity.current(), OPINION));
		Files.deleteIfExists(corpus.setFile(AnnotatorIdentity.current(), VISIT));
		CorpusVariables.set(corpus, java.util.Map.of(VISIT, java.util.Map.of("country", "")));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		while (Display.getCurrent().readAndDispatch()) {
			// run what is queued
		}
	}

	private static Path sampleFolder() {
		return CorpusRegistry.getDefault().folders().stream().filter(f -> f.endsWith(Path.of("corpora", "sample")))
				.findFirst().orElseThrow();
	}

	private static Corpus sample() throws Exception {
		return CorpusRegistry.getDefault().corpus(sampleFolder());
	}

	private void searchFor(String text) throws Exception {
		view.form().find.setText(text);
		view.search();
		long deadline = System.currentTimeMillis() + 20_000;
		while (view.isSearching() && System.currentTimeMillis() < deadline) {
			if (!Display.getCurrent().readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		assertFalse(view.isSearching(), "the search ended");
	}

	private List<String> column(int index) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : view.results().viewer().getTable().getItems()) {
			texts.add(item.getText(index));
		}
		return texts;
	}

	@Test
	void documentsWhereNarrowsTheSearchToDocumentsWhoseVariablesMatch() throws Exception {
		CorpusVariables.set(sample(), java.util.Map.of(VISIT, java.util.Map.of("country", "KR")));
		searchFor("Korea");
		assertTrue(column(0).stream().distinct().count() > 1, "without a filter Korea is in several documents");

		view.where().setText("country=kr|jp");
		searchFor("Korea");
		assertFalse(column(0).isEmpty());
		String visit = sample().documentTitle(VISIT);
		assertTrue(column(0).stream().allMatch(d -> d.startsWith(visit)), column(0).toString());

		view.where().setText("country=");
		view.search();
		assertTrue(view.form().problem().startsWith("Documents where: \"country=\" has no value"),
				view.form().problem());
		view.where().setText("country=CN");
		searchFor("Korea");
		assertTrue(view.summary().startsWith("No document has variables matching country=CN"), view.summary());
	}

	@Test
	void ctrlHOpensTheSearchView() throws Exception {
		page().hideView(view);
		processEvents();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance("M1+H"));
		assertNotNull(binding, "Ctrl+H is bound");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(binding.getParameterizedCommand(),
				null);
		processEvents();
		assertNotNull(page().findView(SearchView.ID), "the Search view is open");
	}

	@Test
	void hitsAreShownInContextWithTheirDocumentsCounts() throws Exception {
		view.form().wholeWord.setSelection(true);
		searchFor("four-point");
		assertEquals(List.of("four-point", "four-point"), column(3));
		assertTrue(column(0).get(0).endsWith("(1)"), column(0).toString());
		assertTrue(column(2).get(0).endsWith("put forward this "), column(2).toString());
		assertTrue(column(4).get(0).startsWith(" proposal for"), column(4).toString());
		assertEquals("2 hits in 2 of 5 documents", view.summary());
	}

	@Test
	void clickingAHeaderSortsByThatContext() throws Exception {
		searchFor("China");
		int hits = view.results().size();
		assertTrue(hits > 5, "enough hits to sort: " + hits);
		view.results().sortBy(4);
		processEvents();
		List<String> right = column(4);
		List<String> sorted = new ArrayList<>(right);
		sorted.sort(java.text.Collator.getInstance());
		assertEquals(sorted, right);
		assertEquals(hits, view.results().viewer().getTable().getItemCount());
	}

	@Test
	void anInvalidRegexIsAMessageAtTheFieldsNotAnError() throws Exception {
		searchFor("four-point");
		int before = view.results().viewer().getTable().getItemCount();
		view.form().regex.setSelection(true);
		view.form().find.setText("(four");
		view.search();
		processEvents();
		assertFalse(view.isSearching());
		assertTrue(view.form().problem().startsWith("invalid regular expression (four: Unclosed group"),
				view.form().problem());
		assertEquals(before, view.results().viewer().getTable().getItemCount(), "the last results stay");
		view.form().regex.setSelection(false);
		searchFor("four-point");
		assertEquals("", view.form().problem(), "the message goes when the query is fixed");
	}

	@Test
	void theOpenDocumentScopeSearchesOnlyIt() throws Exception {
		page().openEditor(new DocumentEditorInput(sampleFolder(), VISIT, "visit"), ViewIds.ANNOTATION_EDITOR);
		page().showView(SearchView.ID);
		processEvents();
		view.scope().select(2);
		searchFor("Korea");
		assertTrue(view.results().size() > 1);
		assertTrue(view.results().all().stream().allMatch(h -> h.documentId().equals(VISIT)));
	}

	@Test
	void doubleClickOpensTheDocumentWithTheHitSelected() throws Exception {
		view.form().wholeWord.setSelection(true);
		searchFor("four-point");
		Hit hit = view.results().all().get(0);
		view.open(hit);
		processEvents();
		AnnotationEditor editor = (AnnotationEditor) page().getActiveEditor();
		assertEquals(hit.documentId(), ((DocumentEditorInput) editor.getEditorInput()).documentId());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(hit.start(), selection.getOffset());
		assertEquals("four-point", selection.getText());
	}

	@Test
	void tagAllIsOneUndoableOperationPerDocumentInTheAnnotatorsOwnSet() throws Exception {
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(
				new DocumentEditorInput(sampleFolder(), VISIT, "visit"), ViewIds.ANNOTATION_EDITOR);
		page().showView(SearchView.ID);
		view.form().wholeWord.setSelection(true);
		searchFor("four-point");
		view.tagType().select(view.tagType().indexOf("Proposal"));
		view.tag(view.results().all());
		processEvents();
		assertTrue(view.summary().startsWith("Tagged 2 hits as Proposal in 2 documents"), view.summary());
		List<Annotation> inEditor = editor.session().orElseThrow().set().annotations();
		assertEquals(1, inEditor.stream().filter(a -> a.type().equals("proposal")).count(), "tagged in the editor");
		assertTrue(editor.isDirty(), "the open document waits for Ctrl+S");
		Corpus corpus = sample();
		assertEquals(1, corpus.loadSet(AnnotatorIdentity.current(), OPINION).size(), "the closed one is saved");
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		history.undo(view.undoContext(), null, null);
		processEvents();
		assertEquals(0, editor.session().orElseThrow().set().size(), "undone in the editor");
		assertEquals(0, corpus.loadSet(AnnotatorIdentity.current(), OPINION).size(), "undone on disk");
	}

	@Test
	void tagCheckedTagsOnlyTheCheckedRows() throws Exception {
		view.form().wholeWord.setSelection(true);
		searchFor("four-point");
		Hit first = view.results().all().get(0);
		view.results().viewer().setChecked(first, true);
		view.tagType().select(view.tagType().indexOf("Claim"));
		view.tag(view.results().checked());
		assertEquals(1, sample().loadSet(AnnotatorIdentity.current(), first.documentId()).size());
		Hit second = view.results().all().get(1);
		assertEquals(0, sample().loadSet(AnnotatorIdentity.current(), second.documentId()).size());
	}

	@Test
	void exportCsvWritesEveryRow() throws Exception {
		view.form().wholeWord.setSelection(true);
		searchFor("four-point");
		Path file = dir.resolve("hits.csv");
		view.exportCsv(file);
		List<String> lines = Files.readAllLines(file);
		assertEquals("document,title,start,end,left,hit,right,type,annotator", lines.get(0));
		assertEquals(3, lines.size());
		assertTrue(view.summary().startsWith("Exported 2 hits to"), view.summary());
	}

	@Test
	void annotationCriteriaFindTaggedSpansAndTextInsideThem() throws Exception {
		view.form().wholeWord.setSelection(true);
		searchFor("four-point");
		view.tagType().select(view.tagType().indexOf("Proposal"));
		view.tag(view.results().all());
		view.form().wholeWord.setSelection(false);
		view.form().showAnnotationCriteria(true);
		view.form().type.select(view.form().type.indexOf("Proposal"));
		searchFor("");
		assertEquals(List.of("four-point", "four-point"), column(3));
		assertEquals("proposal (" + AnnotatorIdentity.current() + ")", column(5).get(0));
		searchFor("point");
		assertEquals(List.of("point", "point"), column(3));
		view.form().showAnnotationCriteria(false);
		searchFor("point");
		assertTrue(view.results().size() > 2, "hidden criteria are not applied");
	}

	@Test
	void theSpeakerCriterionFindsTheQuotesOfOnePersonUnderAnyOfItsNames() throws Exception {
		Corpus corpus = sample();
		quote(corpus, OPINION, "As Xi", "First, strengthen strategic communication");
		quote(corpus, VISIT, "Chinese President Xi Jinping", "China has consistently placed relations");
		view.form().showAnnotationCriteria(true);
		view.form().type.select(view.form().type.indexOf("Quote"));
		view.form().speaker.setText("President Xi");
		try {
			searchFor("");
			assertEquals(List.of("First, strengthen strategic communication",
					"China has consistently placed relations"), column(3));
			view.form().speaker.setText("Lee Jae-myung");
			searchFor("");
			assertEquals(List.of(), column(3));
		} finally {
			view.form().speaker.setText("");
		}
	}

	/** Tags the speaker (its first occurrence, without "As ") and a quote linked to it, in the user's own set. */
	private static void quote(Corpus corpus, String document, String speaker, String words) throws Exception {
		String text = corpus.loadDocument(document).text();
		AnnotationSet set = corpus.loadSet(AnnotatorIdentity.current(), document);
		int s = text.indexOf(speaker) + (speaker.startsWith("As ") ? 3 : 0);
		int end = text.indexOf(speaker) + speaker.length();
		int q = text.indexOf(words);
		Annotation who = Annotation.of(set.newId(), "speaker", List.of(Span.of(text, s, end)),
				AnnotatorIdentity.current(), Instant.now());
		set.add(who);
		Annotation said = Annotation.of(set.newId(), "quote", List.of(Span.of(text, q, q + words.length())),
				AnnotatorIdentity.current(), Instant.now());
		set.add(said);
		set.addRelation(new Relation("r-" + said.id(), "said-by", said.id(), who.id()));
		corpus.saveSet(set);
	}
}
