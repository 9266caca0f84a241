package org.policyannotator.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Toggles showing the other annotators' spans of the document, read-only, in the editor. */
public final class ShowOtherAnnotatorsHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.policyannotator.ui.command.showOtherAnnotators";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var editor = EditorHandlers.editor(event);
		if (editor.isEmpty()) {
			return null;
		}
		boolean show = !HandlerUtil.toggleCommandState(event.getCommand());
		try {
			editor.get().setShowOtherAnnotators(show);
		} catch (CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
