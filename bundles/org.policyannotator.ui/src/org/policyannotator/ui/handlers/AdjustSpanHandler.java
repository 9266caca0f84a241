package org.policyannotator.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Moves an edge of the selected annotation by a word. Parameters: {@code edge} = start or end, {@code direction} =
 * grow or shrink.
 */
public final class AdjustSpanHandler extends AbstractHandler {
	public static final String PARAMETER_EDGE = "org.policyannotator.ui.command.adjustSpan.edge";
	public static final String PARAMETER_DIRECTION = "org.policyannotator.ui.command.adjustSpan.direction";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var editor = EditorHandlers.editor(event);
		if (editor.isEmpty()) {
			return null;
		}
		boolean start = "start".equals(event.getParameter(PARAMETER_EDGE));
		boolean grow = !"shrink".equals(event.getParameter(PARAMETER_DIRECTION));
		if (editor.get().selectedAnnotation().isEmpty()) {
			EditorHandlers.status(editor.get(), "Put the caret on the annotation to extend or shrink.");
		} else {
			editor.get().adjustSelected(start, grow);
		}
		return null;
	}
}
