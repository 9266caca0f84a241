package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusNavigatorView;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.views.TagPaletteView;

/** What a new user sees on first start: the Annotation perspective, the sample corpus, a document in the editor. */
class WorkbenchStartTest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void theAnnotationPerspectiveShowsNavigatorPaletteDetailsAndAnnotationsViews() {
		assertEquals("org.policyannotator.app.perspective.annotation", page().getPerspective().getId());
		for (String id : List.of(ViewIds.CORPUS_NAVIGATOR, ViewIds.TAG_PALETTE, ViewIds.ANNOTATION_DETAILS,
				ViewIds.ANNOTATIONS)) {
			assertNotNull(page().findView(id), id + " is open");
		}
		assertTrue(page().isEditorAreaVisible());
	}

	@Test
	void theNavigatorListsTheFiveSampleArticlesByTitle() throws Exception {
		CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(ViewIds.CORPUS_NAVIGATOR);
		processEvents();
		Tree tree = navigator.viewer().getTree();
		TreeItem sample = Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith("Sample")).findFirst()
				.orElseThrow(() -> new AssertionError("no sample corpus among " + Arrays.toString(tree.getItems())));
		navigator.viewer().expandToLevel(2);
		TreeItem[] documents = sample.getItems();
		assertEquals(5, documents.length);
		assertTrue(Arrays.stream(documents).anyMatch(d -> d.getText().startsWith("Promoting China-S.Korea strategic")),
				Arrays.toString(documents));
	}

	@Test
	void openingASampleDocumentShowsItsExactTextReadOnlyAndWrapped() throws Exception {
		Path folder = sampleFolder();
		Corpus corpus = CorpusRegistry.getDefault().corpus(folder);
		String id = corpus.documentIds().get(3);
		String expected = corpus.loadDocument(id).text();

		IEditorPart editor = page().openEditor(new DocumentEditorInput(folder, id, corpus.loadDocument(id).title()),
				ViewIds.ANNOTATION_EDITOR);
		processEvents();

		AnnotationEditor annotationEditor = assertInstanceOf(AnnotationEditor.class, editor);
		IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
		assertEquals(expected, document.get());
		assertFalse(annotationEditor.isEditable());
		StyledText text = assertInstanceOf(StyledText.class, annotationEditor.getAdapter(Control.class));
		assertTrue(text.getWordWrap(), "long paragraphs wrap");
		assertFalse(text.getEditable(), "the text cannot be typed over");
	}

	@Test
	void doubleClickOpenCommandOfTheNavigatorOpensTheEditor() throws Exception {
		CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(ViewIds.CORPUS_NAVIGATOR);
		Path folder = sampleFolder();
		Corpus corpus = CorpusRegistry.getDefault().corpus(folder);
		String id = corpus.documentIds().get(0);
		navigator.open(new DocumentNode(folder, id, corpus.loadDocument(id).title()));
		processEvents();
		assertEquals(id, ((DocumentEditorInput) page().getActiveEditor().getEditorInput()).documentId());
	}

	@Test
	void ideFunctionsThatMeanNothingHereAreHidden() {
		var activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
		for (String contribution : List.of("org.eclipse.ui.ide/org.eclipse.ui.actionSet.openFiles",
				"org.eclipse.ui.ide/org.eclipse.e4.ui.importer.openDirectory.menu",
				"org.eclipse.ui.ide/org.eclipse.ui.wizards.import.ExternalProject",
				"org.eclipse.ui.editors/org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo")) {
			assertFalse(activities.getIdentifier(contribution).isEnabled(), contribution + " is hidden");
		}
		assertTrue(activities.getIdentifier("org.policyannotator.ui/org.policyannotator.ui.wizard.importArticles").isEnabled());
		org.eclipse.swt.widgets.MenuItem file = Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getShell().getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals("File")).findFirst()
				.orElseThrow();
		file.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		processEvents();
		List<String> items = Arrays.stream(file.getMenu().getItems()).map(i -> i.getText().replace("&", "")).toList();
		file.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Import...")), items.toString());
		assertFalse(items.stream().anyMatch(i -> i.startsWith("Open File") || i.startsWith("Convert Line Delimiters")
				|| i.startsWith("Open Projects")), "IDE items are not in the File menu: " + items);
	}

	@Test
	void theTagPaletteShowsTheSixDefaultTagTypes() {
		org.policyannotator.ui.preferences.RecentCodes.clear();
		TagPaletteView palette = (TagPaletteView) page().findView(ViewIds.TAG_PALETTE);
		assertEquals(6, palette.viewer().getTree().getItemCount());
		assertEquals("Claim", palette.viewer().getTree().getItem(0).getText(0));
	}

	private static Path sampleFolder() {
		return CorpusRegistry.getDefault().folders().stream().filter(f -> f.endsWith(Path.of("corpora", "sample")))
				.findFirst().orElseThrow(() -> new AssertionError("sample corpus not registered: " + CorpusRegistry.getDefault().folders()));
	}
}
