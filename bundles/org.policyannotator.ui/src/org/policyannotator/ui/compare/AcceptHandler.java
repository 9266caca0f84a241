package org.policyannotator.ui.compare;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Accepts the left, right or both annotations of the selected difference (parameter "side"). */
public final class AcceptHandler extends AbstractHandler {
	public static final String SIDE = "org.policyannotator.ui.command.compare.accept.side";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ComparisonEditor editor) {
			String side = event.getParameter(SIDE);
			editor.accept(!"right".equals(side), !"left".equals(side));
		}
		return null;
	}
}
