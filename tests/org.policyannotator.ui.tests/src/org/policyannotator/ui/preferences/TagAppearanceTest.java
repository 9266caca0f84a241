package org.policyannotator.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;

/** A user who prefers other colours and keys sets them once; the shared corpus schema is untouched. */
class TagAppearanceTest {
	private static final String DOCUMENT = "000_2e553d2e97fa9493";

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		while (Display.getCurrent().readAndDispatch()) {
			// run what is queued
		}
	}

	@AfterEach
	void reset() {
		TagAppearance.reset("claim");
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void aChosenKeyAndColourAreUsedForTaggingAndPainting() throws Exception {
		TagAppearance.choose("claim", 0x33cc99, "7");
		var folder = CorpusRegistry.getDefault().folders().stream()
				.filter(f -> f.endsWith(java.nio.file.Path.of("corpora", "sample"))).findFirst().orElseThrow();
		Corpus corpus = CorpusRegistry.getDefault().corpus(folder);
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(
				new DocumentEditorInput(folder, DOCUMENT, corpus.loadDocument(DOCUMENT).title()), ViewIds.ANNOTATION_EDITOR);
		processEvents();
		String phrase = "people-to-people exchanges";
		int at = corpus.loadDocument(DOCUMENT).text().indexOf(phrase);
		editor.selectAndReveal(at, phrase.length());
		processEvents();

		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand("org.policyannotator.ui.command.tag"), Map.of("org.policyannotator.ui.command.tag.key", "7")),
				null);
		processEvents();
		editor.selectAndReveal(0, 0);
		processEvents();

		assertEquals("claim", editor.session().orElseThrow().set().annotations().get(0).type());
		StyleRange range = ((StyledText) editor.getAdapter(Control.class)).getStyleRangeAtOffset(at + 3);
		assertEquals(new RGB(0x33, 0xcc, 0x99), range.background.getRGB());
		assertEquals("1", corpus.schema().tagType("claim").orElseThrow().key(), "the corpus schema keeps its key");
	}

	@Test
	void thePageRefusesOneKeyForTwoTypes() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			TagAppearancePreferencePage page = new TagAppearancePreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			page.chooseKey("statistic", "1");
			assertFalse(page.isValid());
			assertTrue(page.getErrorMessage().contains("Key 1"), page.getErrorMessage());
			page.chooseKey("statistic", "2");
			assertTrue(page.isValid());
		} finally {
			shell.dispose();
		}
	}

	@Test
	void theColoursAndKeysPageFitsItsTreeAndRestoresTheSchemasKeys() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell,
				"org.policyannotator.ui.preferencePage.tagAppearance", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			processEvents();
			Tree tree = descendants(dialog.getShell(), Tree.class).get(0);
			TreeItem item = items(tree).stream().filter(i -> i.getText().equals("Colours and Keys")).findFirst()
					.orElseThrow(() -> new AssertionError("no Colours and Keys page in the tree"));
			GC gc = new GC(tree);
			int right = item.getBounds().x + gc.textExtent(item.getText()).x;
			gc.dispose();
			assertTrue(right <= tree.getClientArea().width,
					"the page's name (to x=" + right + ") fits the tree (" + tree.getClientArea().width + " wide)");

			TagAppearancePreferencePage page = (TagAppearancePreferencePage) dialog.getSelectedPage();
			page.chooseKey("claim", "9");
			assertEquals("9", page.shownKey("claim"));
			Button restore = descendants(dialog.getShell(), Button.class).stream()
					.filter(b -> b.getText().replace("&", "").equals("Restore Defaults")).findFirst()
					.orElseThrow(() -> new AssertionError("the page has Restore Defaults"));
			restore.notifyListeners(SWT.Selection, new Event());
			processEvents();
			assertEquals("1", page.shownKey("claim"), "Restore Defaults shows the schema's key");
		} finally {
			dialog.close();
		}
	}

	private static <T> List<T> descendants(Control control, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(descendants(child, type));
			}
		}
		return found;
	}

	private static List<TreeItem> items(Tree tree) {
		List<TreeItem> all = new ArrayList<>();
		java.util.ArrayDeque<TreeItem> todo = new java.util.ArrayDeque<>(List.of(tree.getItems()));
		while (!todo.isEmpty()) {
			TreeItem item = todo.poll();
			all.add(item);
			todo.addAll(List.of(item.getItems()));
		}
		return all;
	}
}
