package org.policyannotator.ui.editor;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.OperationHistoryActionHandler;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * Undo or Redo of the annotation editor's edits, run straight through the operation history. The workbench's own
 * handler wraps every undo in a progress dialog that it builds (and throws away) each time, which took more than half
 * of an undo's time on a large document; an annotation edit is done in milliseconds and needs no progress. The label
 * names the edit ("Undo Tag as claim") and follows the history.
 */
final class HistoryAction extends Action implements IOperationHistoryListener {
	private final boolean undo;
	private final IUndoContext context;
	private final Shell shell;
	private final IOperationHistory history;

	private HistoryAction(boolean undo, IUndoContext context, Shell shell) {
		this.undo = undo;
		this.context = context;
		this.shell = shell;
		this.history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
		history.addOperationHistoryListener(this);
		refresh();
	}

	/**
	 * Puts direct Undo and Redo of {@code context} in the place of the editor's (the workbench's handlers, which are
	 * disposed); call {@link #uninstall} when the editor closes.
	 */
	static void install(AbstractTextEditor editor, IUndoContext context) {
		for (boolean undo : new boolean[] { true, false }) {
			String id = undo ? ITextEditorActionConstants.UNDO : ITextEditorActionConstants.REDO;
			dispose(editor.getAction(id));
			HistoryAction action = new HistoryAction(undo, context, editor.getSite().getShell());
			editor.setAction(id, action);
			IActionBars bars = editor.getEditorSite().getActionBars();
			if (bars != null) {
				bars.setGlobalActionHandler(id, action);
			}
		}
	}

	/** Stops the editor's Undo and Redo following the history. */
	static void uninstall(AbstractTextEditor editor) {
		dispose(editor.getAction(ITextEditorActionConstants.UNDO));
		dispose(editor.getAction(ITextEditorActionConstants.REDO));
	}

	private static void dispose(IAction action) {
		if (action instanceof HistoryAction own) {
			own.history.removeOperationHistoryListener(own);
		} else if (action instanceof OperationHistoryActionHandler workbench) {
			workbench.dispose();
		}
	}

	@Override
	public void run() {
		IAdaptable info = new IAdaptable() {
			@Override
			public <T> T getAdapter(Class<T> adapter) {
				return adapter == Shell.class ? adapter.cast(shell) : null;
			}
		};
		try {
			IStatus status = undo ? history.undo(context, null, info) : history.redo(context, null, info);
			if (status.matches(IStatus.ERROR)) {
				ErrorDialog.openError(shell, getText(), null, status);
			}
		} catch (ExecutionException e) {
			ErrorDialog.openError(shell, getText(), e.getMessage(),
					org.eclipse.core.runtime.Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	@Override
	public void historyNotification(OperationHistoryEvent event) {
		switch (event.getEventType()) {
		case OperationHistoryEvent.OPERATION_ADDED, OperationHistoryEvent.OPERATION_REMOVED,
				OperationHistoryEvent.UNDONE, OperationHistoryEvent.REDONE, OperationHistoryEvent.DONE,
				OperationHistoryEvent.OPERATION_CHANGED, OperationHistoryEvent.OPERATION_NOT_OK -> {
			if (event.getOperation() == null || event.getOperation().hasContext(context)) {
				if (Display.getCurrent() != null) {
					refresh();
				} else if (!shell.isDisposed()) {
					shell.getDisplay().asyncExec(this::refresh);
				}
			}
		}
		default -> {
			// about-to events change nothing the action shows
		}
		}
	}

	private void refresh() {
		IUndoableOperation next = undo ? history.getUndoOperation(context) : history.getRedoOperation(context);
		String verb = undo ? "&Undo" : "&Redo";
		setText(next == null ? verb : verb + " " + next.getLabel());
		setEnabled(next != null && (undo ? next.canUndo() : next.canRedo()));
	}
}
