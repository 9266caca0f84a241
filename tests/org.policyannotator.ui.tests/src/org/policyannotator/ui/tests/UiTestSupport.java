package org.policyannotator.ui.tests;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;

/** Shared steps of the workbench tests: the page, the sample corpus, opening documents, running commands. */
final class UiTestSupport {

	private UiTestSupport() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	static Path sampleFolder() {
		return CorpusRegistry.getDefault().folders().stream().filter(f -> f.endsWith(Path.of("corpora", "sample")))
				.findFirst()
				.orElseThrow(() -> new AssertionError("sample corpus not registered: " + CorpusRegistry.getDefault().folders()));
	}

	static Corpus sampleCorpus() throws Exception {
		return CorpusRegistry.getDefault().corpus(sampleFolder());
	}

	static AnnotationEditor open(String documentId) throws Exception {
		Corpus corpus = sampleCorpus();
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(
				new DocumentEditorInput(sampleFolder(), documentId, corpus.loadDocument(documentId).title()),
				ViewIds.ANNOTATION_EDITOR);
		processEvents();
		return editor;
	}

	/** Runs a command with parameters through the handler service, as a key binding or menu would. */
	static Object run(String commandId, Map<String, String> parameters) throws CommandException {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters);
		Object result = handlers.executeCommand(command, null);
		processEvents();
		return result;
	}

	/** Deletes a folder with everything in it (a test's temporary corpus). */
	static void deleteTree(Path folder) throws java.io.IOException {
		try (var paths = java.nio.file.Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				java.nio.file.Files.delete(path);
			}
		}
	}

	/**
	 * The control as it is drawn on the screen after the display has had {@code millis} to paint what is queued (read
	 * back from the display, as a screenshot would; nothing is asked to repaint).
	 */
	static org.eclipse.swt.graphics.ImageData onScreen(org.eclipse.swt.widgets.Control control, long millis)
			throws InterruptedException {
		Display display = control.getDisplay();
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		org.eclipse.swt.graphics.Point size = control.getSize();
		org.eclipse.swt.graphics.Point origin = control.toDisplay(0, 0);
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, size.x, size.y);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
