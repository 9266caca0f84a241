package org.policyannotator.ui.handlers;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.editor.AnnotationEditor;

/** Finds the annotation editor a command acts on. */
final class EditorHandlers {

	private EditorHandlers() {
	}

	static Optional<AnnotationEditor> editor(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor instanceof AnnotationEditor annotationEditor ? Optional.of(annotationEditor) : Optional.empty();
	}

	static void status(AnnotationEditor editor, String message) {
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}
}
