package org.policyannotator.ui.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Delete (the workbench's Edit > Delete, key DEL) in the Annotations view: deletes the selected annotations. */
public final class DeleteRowsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof AnnotationsView view) {
			view.deleteSelected();
		}
		return null;
	}
}
