package org.policyannotator.ui.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Relation;
import org.policyannotator.ui.editor.AnnotationEditor;

/** Follows the first link of the selected annotation (to its speaker, its proposal...) and selects the target. */
public final class FollowLinkHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<AnnotationEditor> editor = EditorHandlers.editor(event);
		Optional<Annotation> source = editor.flatMap(AnnotationEditor::selectedAnnotation);
		if (source.isEmpty()) {
			return null;
		}
		List<Relation> links = editor.get().session().orElseThrow().set().relationsFrom(source.get().id());
		if (links.isEmpty()) {
			EditorHandlers.status(editor.get(), "This annotation links to nothing.");
		} else {
			editor.get().select(links.get(0).to());
		}
		return null;
	}
}
