package org.policyannotator.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.editor.AnnotationEditor;

/** Switches coding by sentence on or off, in every open annotation editor. */
public final class SentenceModeHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		HandlerUtil.toggleCommandState(event.getCommand());
		var window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
			if (reference.getEditor(false) instanceof AnnotationEditor editor) {
				editor.sentenceMode().modeChanged();
			}
		}
		return null;
	}
}
