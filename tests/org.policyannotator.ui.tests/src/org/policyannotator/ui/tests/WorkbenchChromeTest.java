package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.AnnotationSteps.DOCUMENT;
import static org.policyannotator.ui.tests.AnnotationSteps.tag;
import static org.policyannotator.ui.tests.AnnotationSteps.view;
import static org.policyannotator.ui.tests.UiTestSupport.open;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.sampleFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.editor.DocumentEditorInputFactory;
import org.policyannotator.ui.preferences.AnnotationPreferencePage;
import org.policyannotator.ui.views.AnnotationsView;

/**
 * What an analyst meets around the text on the first day: check boxes that show their tick, menus with Copy,
 * Select All and Find but none of a program editor's items, Ctrl+Y and Ctrl+Q, Window > Show View, Preferences
 * opening on our page, an About dialog with the version, documents that come back after a restart.
 */
class WorkbenchChromeTest {

	@AfterEach
	void cleanUp() throws Exception {
		AnnotationSteps.closeAndForget();
	}

	@Test
	void aTickedCheckBoxInAViewLooksTicked() throws Exception {
		open(DOCUMENT);
		AnnotationsView annotations = view(ViewIds.ANNOTATIONS);
		page().bringToTop(annotations);
		processEvents();
		Button box = find(annotations, Button.class, b -> (b.getStyle() & SWT.CHECK) != 0
				&& b.getText().equals("Show other annotators")).orElseThrow();
		try {
			box.setSelection(false);
			ImageData unticked = drawn(box);
			box.setSelection(true);
			ImageData ticked = drawn(box);
			int changed = 0;
			int side = Math.min(unticked.height, 28);
			for (int y = 0; y < side; y++) {
				for (int x = 0; x < side; x++) {
					if (distance(unticked.getPixel(x, y), ticked.getPixel(x, y), unticked) > 90) {
						changed++;
					}
				}
			}
			// the box is about 16 x 16: a tick that shows changes most of it (a fill or a dark mark), not only its
			// border (measured: 200 pixels as fixed, 46 when the theme's background hid the tick)
			assertTrue(changed >= 100, "ticking changes " + changed + " pixels of the box as drawn");
		} finally {
			box.setSelection(false);
		}
	}

	@Test
	void theEditMenuHasCopySelectAllAndFindAndNoProgramEditorItems() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		page().activate(editor);
		processEvents();
		List<String> items = menuItems(menuBarItem("Edit"));
		for (String expected : List.of("Undo", "Redo", "Copy", "Select All", "Find/Replace...")) {
			assertTrue(items.stream().anyMatch(i -> i.startsWith(expected)), expected + " in " + items);
		}
		for (String leftover : List.of("Word Completion", "Set Encoding", "Toggle Block Selection", "To multi-selection",
				"Incremental Find", "Show Tooltip Description", "Go to Line")) {
			assertFalse(items.stream().anyMatch(i -> i.startsWith(leftover)), leftover + " is not in " + items);
		}
	}

	@Test
	void theEditorsContextMenuHasNoShiftPreferencesOrShowIn() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Menu menu = editor.getAdapter(Control.class).getMenu();
		List<String> items = menuItems(menu);
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Tag As")), items.toString());
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Copy")), items.toString());
		for (String leftover : List.of("Shift Right", "Shift Left", "Show In", "Preferences...", "Revert")) {
			assertFalse(items.stream().anyMatch(i -> i.startsWith(leftover)), leftover + " is not in " + items);
		}
	}

	@Test
	void ctrlYRedoesTheLastUndoneTagging() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Annotation claim = tag(editor, "four-point proposal", "1");
		AnnotationSteps.undo(editor);
		assertTrue(editor.session().orElseThrow().set().annotations().isEmpty());
		page().activate(editor);
		processEvents();

		Binding ctrlY = binding("M1+Y");
		assertNotNull(ctrlY, "Ctrl+Y is bound");
		assertEquals(IWorkbenchCommandConstants.EDIT_REDO, ctrlY.getParameterizedCommand().getId());
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
				.executeCommand(ctrlY.getParameterizedCommand(), null);
		processEvents();
		assertEquals(List.of(claim.id()),
				editor.session().orElseThrow().set().annotations().stream().map(Annotation::id).toList());
	}

	@Test
	void ctrlQExitsAndIdeKeysAreUnbound() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		page().activate(editor);
		processEvents();
		Binding ctrlQ = binding("M1+Q");
		assertNotNull(ctrlQ, "Ctrl+Q is bound");
		assertEquals(IWorkbenchCommandConstants.FILE_EXIT, ctrlQ.getParameterizedCommand().getId());
		for (String ideKey : List.of("M1+B", "M1+L", "M1+M2+R")) {
			Binding binding = binding(ideKey);
			assertNull(binding, ideKey + " does nothing here, not " + (binding == null ? "" : binding.getParameterizedCommand()));
		}
		List<String> file = menuItems(menuBarItem("File"));
		assertTrue(file.stream().anyMatch(i -> i.startsWith("Exit") && i.endsWith("Ctrl+Q")), file.toString());
	}

	@Test
	void aClosedViewComesBackThroughWindowShowView() throws Exception {
		IViewPart annotations = page().findView(ViewIds.ANNOTATIONS);
		page().hideView(annotations);
		processEvents();
		assertNull(page().findView(ViewIds.ANNOTATIONS));
		try {
			MenuItem showView = Arrays.stream(menuBarItem("Window").getItems())
					.filter(i -> i.getText().replace("&", "").startsWith("Show View")).findFirst().orElseThrow();
			Menu views = showView.getMenu();
			views.notifyListeners(SWT.Show, new Event());
			processEvents();
			MenuItem item = Arrays.stream(views.getItems()).filter(i -> i.getText().replace("&", "").equals("Annotations"))
					.findFirst().orElseThrow(() -> new AssertionError("Annotations in " + texts(views)));
			item.notifyListeners(SWT.Selection, new Event());
			views.notifyListeners(SWT.Hide, new Event());
			processEvents();
			assertNotNull(page().findView(ViewIds.ANNOTATIONS), "the view is open again");
		} finally {
			view(ViewIds.ANNOTATIONS);
		}
	}

	@Test
	void preferencesOpenOnPolicyAnnotatorsPage() throws Exception {
		AtomicReference<IPreferencePage> shown = new AtomicReference<>();
		whenADialogOpens(shell -> {
			if (shell.getData() instanceof PreferenceDialog dialog) {
				shown.set((IPreferencePage) dialog.getSelectedPage());
			}
			shell.close();
		});
		select(menuBarItem("Window"), "Preferences...");
		assertTrue(shown.get() instanceof AnnotationPreferencePage, "opened on " + shown.get());
	}

	@Test
	void aboutSaysWhichVersionThisIs() throws Exception {
		List<String> texts = new ArrayList<>();
		whenADialogOpens(shell -> {
			collect(shell, Label.class, l -> texts.add(l.getText()));
			shell.close();
		});
		select(menuBarItem("Help"), "About Policy Annotator");
		String version = org.eclipse.core.runtime.Platform.getBundle("org.policyannotator.app").getVersion().toString();
		assertTrue(texts.stream().anyMatch(t -> t.contains("Policy Annotator " + version)), texts.toString());
	}

	@Test
	void anOpenDocumentIsRememberedAndComesBackAfterARestart() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		DocumentEditorInput input = (DocumentEditorInput) editor.getEditorInput();
		assertNotNull(input.getPersistable(), "the workbench can remember the document");
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		input.getPersistable().saveState(memento);
		assertEquals(DocumentEditorInputFactory.ID, input.getPersistable().getFactoryId());
		Object restored = new DocumentEditorInputFactory().createElement(memento);
		assertEquals(input, restored);
		assertEquals(input.getName(), ((DocumentEditorInput) restored).getName());

		XMLMemento gone = XMLMemento.createWriteRoot("editor");
		new DocumentEditorInput(Path.of("/nonexistent/corpus"), DOCUMENT, "t").saveState(gone);
		assertNull(new DocumentEditorInputFactory().createElement(gone), "a vanished corpus is not reopened");
		XMLMemento deleted = XMLMemento.createWriteRoot("editor");
		new DocumentEditorInput(sampleFolder(), "no-such-document", "t").saveState(deleted);
		assertNull(new DocumentEditorInputFactory().createElement(deleted), "a deleted document is not reopened");
	}

	@Test
	void closingWithUnsavedTaggingAsksInTheAnalystsWords() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		tag(editor, "four-point proposal", "1");
		assertTrue(editor.isDirty());
		List<String> asked = new ArrayList<>();
		whenADialogOpens(shell -> {
			asked.add(shell.getText());
			collect(shell, Label.class, l -> asked.add(l.getText()));
			collect(shell, Button.class, b -> {
				if (b.getText().replace("&", "").equals("Don't Save")) {
					b.notifyListeners(SWT.Selection, new Event());
				}
			});
		});
		assertTrue(page().closeEditor(editor, true));
		processEvents();
		assertEquals("Save Annotations", asked.get(0), asked.toString());
		assertTrue(asked.stream().anyMatch(t -> t.contains("have unsaved changes")), asked.toString());
		assertNull(page().findEditor(editor.getEditorInput()), "closed without saving");
	}

	@Test
	void textCannotBeDraggedSoADragInsideASelectionKeepsIt() throws Exception {
		AnnotationEditor editor = open(DOCUMENT);
		Control text = editor.getAdapter(Control.class);
		assertNull(text.getData(DND.DRAG_SOURCE_KEY), "no drag source on the read-only text");
	}

	// --- helpers ---

	private static Binding binding(String keys) throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		return bindings.getPerfectMatch(KeySequence.getInstance(keys));
	}

	private static Menu menuBarItem(String name) {
		return Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItems())
				.filter(i -> i.getText().replace("&", "").equals(name)).findFirst().orElseThrow().getMenu();
	}

	/** The items of a menu as a user sees them when it opens ("Exit\tCtrl+Q" becomes "Exit Ctrl+Q"). */
	private static List<String> menuItems(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		List<String> items = texts(menu);
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
		return items;
	}

	private static List<String> texts(Menu menu) {
		return Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
				.map(i -> i.getText().replace("&", "").replace('\t', ' ')).toList();
	}

	private static void select(Menu menu, String itemPrefix) {
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(itemPrefix))
				.findFirst().orElseThrow(() -> new AssertionError(itemPrefix + " in " + texts(menu)));
		item.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
	}

	/** Runs {@code action} on the first new shell that opens (a modal dialog), then lets it close. */
	private static void whenADialogOpens(Consumer<Shell> action) {
		Display display = Display.getCurrent();
		Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 20_000;
		poll[0] = () -> {
			Optional<Shell> dialog = Arrays.stream(display.getShells()).filter(s -> s != main && s.isVisible()).findFirst();
			if (dialog.isPresent()) {
				action.accept(dialog.get());
			} else if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}

	static <T extends Control> Optional<T> find(Object root, Class<T> type, java.util.function.Predicate<T> test) {
		List<T> found = new ArrayList<>();
		Control start = root instanceof IViewPart view ? view.getSite().getShell() : (Control) root;
		collect(start, type, c -> {
			if (test.test(c)) {
				found.add(c);
			}
		});
		return found.stream().findFirst();
	}

	static <T extends Control> void collect(Control control, Class<T> type, Consumer<T> sink) {
		if (type.isInstance(control)) {
			sink.accept(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, sink);
			}
		}
	}

	/** The control as drawn on the screen (read back from the display, as a screenshot would). */
	private static ImageData drawn(Control control) throws InterruptedException {
		control.redraw();
		// GTK animates a check box's change of state: let it finish, as a user's eye would
		return UiTestSupport.onScreen(control, 600);
	}

	private static int distance(int pixelA, int pixelB, ImageData data) {
		var a = data.palette.getRGB(pixelA);
		var b = data.palette.getRGB(pixelB);
		return Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue);
	}
}
