package org.policyannotator.ui.suggest;

import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.policyannotator.ui.editor.AnnotationEditor;

/**
 * A status line message about what a command just did ("12 occurrences suggested ..."), cleared on the next action:
 * the next command, or the next operation done, undone or redone on the workbench's history (Ctrl+Z included), so
 * that it never describes a state that is gone.
 */
public final class TransientStatus {
	private final Consumer<String> statusLine;
	private final ICommandService commands;
	private final IOperationHistory history;
	private final IExecutionListener commandListener = new CommandListener();
	private final IOperationHistoryListener historyListener = this::historyChanged;
	private boolean shown;

	/** A message shown through {@code statusLine}, cleared on the next command or operation of these services. */
	public TransientStatus(Consumer<String> statusLine, ICommandService commands, IOperationHistory history) {
		this.statusLine = statusLine;
		this.commands = commands;
		this.history = history;
	}

	/** Shows {@code message} in the status line of {@code editor} until the next action. */
	public static void show(AnnotationEditor editor, String message) {
		new TransientStatus(editor.getEditorSite().getActionBars().getStatusLineManager()::setMessage,
				PlatformUI.getWorkbench().getService(ICommandService.class),
				PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()).show(message);
	}

	/** Shows the message and starts listening for the next action. */
	public void show(String message) {
		statusLine.accept(message);
		if (!shown) {
			shown = true;
			commands.addExecutionListener(commandListener);
			history.addOperationHistoryListener(historyListener);
		}
	}

	/** Clears the message (once) and stops listening. */
	public void clear() {
		if (shown) {
			shown = false;
			commands.removeExecutionListener(commandListener);
			history.removeOperationHistoryListener(historyListener);
			statusLine.accept(null);
		}
	}

	private void historyChanged(OperationHistoryEvent event) {
		switch (event.getEventType()) {
			case OperationHistoryEvent.ABOUT_TO_EXECUTE, OperationHistoryEvent.ABOUT_TO_UNDO,
					OperationHistoryEvent.ABOUT_TO_REDO -> clear();
			default -> {
				// done, undone, redone, added or removed: the state was announced by then
			}
		}
	}

	/** The next command run clears the message (before it may show its own). */
	private final class CommandListener implements IExecutionListener {
		@Override
		public void preExecute(String commandId, ExecutionEvent event) {
			clear();
		}

		@Override
		public void postExecuteSuccess(String commandId, Object returnValue) {
			// cleared before
		}

		@Override
		public void postExecuteFailure(String commandId, org.eclipse.core.commands.ExecutionException exception) {
			// cleared before
		}

		@Override
		public void notHandled(String commandId, NotHandledException exception) {
			// nothing ran
		}
	}
}
