package org.policyannotator.ui.suggest;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.editor.AnnotationEditor;

/**
 * Tag All Occurrences...: asks for the text (the selection, or the selected annotation's text) or a regular
 * expression, the type and the scope, then tags ({@link TagAllOccurrences}).
 */
public final class TagAllHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof AnnotationEditor editor) || editor.session().isEmpty()) {
			return null;
		}
		String selected = editor.getSelectionProvider().getSelection() instanceof ITextSelection t && t.getText() != null
				? t.getText().strip()
				: "";
		if (selected.isEmpty()) {
			selected = editor.selectedAnnotation().map(a -> a.firstSpan().quote()).orElse("");
		}
		List<TagType> types = editor.session().get().schema().tagTypes();
		String selectedType = editor.selectedAnnotation().map(Annotation::type).orElse("");
		int typeIndex = 0;
		for (int i = 0; i < types.size(); i++) {
			if (types.get(i).id().equals(selectedType)) {
				typeIndex = i;
			}
		}
		TagAllDialog dialog = new TagAllDialog(editor.getSite().getShell(), selected.replaceAll("\\s+", " "), types,
				typeIndex);
		if (dialog.open() != Window.OK || dialog.request().isEmpty()) {
			return null;
		}
		try {
			TagAllOccurrences.Result result = TagAllOccurrences.run(editor, dialog.request().get());
			TransientStatus.show(editor, result.describe());
		} catch (ExecutionException | IllegalArgumentException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Tag All Occurrences", e.getMessage());
		}
		return null;
	}
}
