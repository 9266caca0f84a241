package org.policyannotator.ui.compare;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Jumps to the next or previous disagreement of the active comparison editor (parameter "direction"). */
public final class NavigateDifferenceHandler extends AbstractHandler {
	public static final String DIRECTION = "org.policyannotator.ui.command.compare.navigate.direction";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ComparisonEditor editor) {
			editor.goToDisagreement(!"previous".equals(event.getParameter(DIRECTION)));
		}
		return null;
	}
}
