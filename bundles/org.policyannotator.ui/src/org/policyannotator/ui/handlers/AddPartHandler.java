package org.policyannotator.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** Adds the selected text as a further part of the annotation selected last (discontinuous spans). */
public final class AddPartHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var editor = EditorHandlers.editor(event);
		if (editor.isPresent() && editor.get().addSelectionAsPart().isEmpty()) {
			EditorHandlers.status(editor.get(),
					"Click the annotation to extend, then select the further text (not overlapping it) and add it.");
		}
		return null;
	}
}
