package org.policyannotator.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Selects the next or the previous annotation ({@code direction} parameter {@code next} or {@code previous}). */
public final class NavigateAnnotationHandler extends AbstractHandler {
	public static final String PARAMETER_DIRECTION = "org.policyannotator.ui.command.navigate.direction";

	@Override
	public Object execute(ExecutionEvent event) {
		boolean forward = !"previous".equals(event.getParameter(PARAMETER_DIRECTION));
		EditorHandlers.editor(event).ifPresent(editor -> {
			if (editor.selectNeighbour(forward).isEmpty()) {
				EditorHandlers.status(editor, forward ? "No annotation after this one." : "No annotation before this one.");
			}
		});
		return null;
	}
}
