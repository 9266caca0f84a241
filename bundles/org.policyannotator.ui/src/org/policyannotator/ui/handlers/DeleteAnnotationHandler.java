package org.policyannotator.ui.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.policyannotator.model.Annotation;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.operations.AnnotationEdit;

/** Deletes the selected annotation (the one under the caret) and its links, or rejects it if it is a suggestion; undoable. */
public final class DeleteAnnotationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Optional<AnnotationEditor> editor = EditorHandlers.editor(event);
		if (editor.isEmpty()) {
			return null;
		}
		Optional<Annotation> selected = editor.get().selectedAnnotation();
		if (selected.isEmpty()) {
			EditorHandlers.status(editor.get(), "Put the caret on an annotation to delete it.");
			return null;
		}
		if (org.policyannotator.ui.suggest.SuggestionReview.rejectSelected(editor.get())) {
			EditorHandlers.status(editor.get(), "Rejected; it will not be suggested again.");
			return null;
		}
		var set = editor.get().session().orElseThrow().set();
		editor.get().execute("Delete " + selected.get().type(), AnnotationEdit.remove(set, selected.get()));
		return null;
	}
}
