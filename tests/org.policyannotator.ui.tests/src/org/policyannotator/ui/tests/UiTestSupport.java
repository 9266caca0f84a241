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
}
