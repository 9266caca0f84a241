package org.policyannotator.ui.editor;

import java.util.List;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Connects the workbench's Edit menu (Undo, Redo, Copy, Select All, Find/Replace) to the annotation editor, and
 * nothing else: the text editor's own contributions (word completion, encoding, go to line, insert mode in the
 * status line) mean nothing in a read-only document.
 */
public final class AnnotationEditorContributor extends EditorActionBarContributor {
	/** Global actions the editor answers (its own actions have the same ids). */
	private static final List<String> GLOBAL_ACTIONS = List.of(ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
			ActionFactory.COPY.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.FIND.getId());

	@Override
	public void setActiveEditor(IEditorPart part) {
		ITextEditor editor = part instanceof ITextEditor textEditor ? textEditor : null;
		IActionBars bars = getActionBars();
		for (String id : GLOBAL_ACTIONS) {
			bars.setGlobalActionHandler(id, editor == null ? null : editor.getAction(id));
		}
		bars.updateActionBars();
	}
}
