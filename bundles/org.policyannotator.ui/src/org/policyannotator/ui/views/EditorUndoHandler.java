package org.policyannotator.ui.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.editor.AnnotationEditor;

/**
 * Undo and Redo (Ctrl+Z, Ctrl+Y) while a view that edits the active editor's annotations is active: they undo in
 * the editor's context, so a deletion in the Annotations view or a change in the details view is undone like one
 * made in the editor. {@code :redo} after the class name in plugin.xml makes it redo.
 */
public final class EditorUndoHandler extends AbstractHandler implements IExecutableExtension {
	private boolean redo;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		redo = "redo".equals(data);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor) {
			IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
			if (redo) {
				history.redo(editor.undoContext(), null, null);
			} else {
				history.undo(editor.undoContext(), null, null);
			}
		}
		return null;
	}
}
