package org.policyannotator.ui.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.editor.AnnotationEditor;

/**
 * Tags the selected text, or, with nothing selected and the caret on an annotation, retypes it; in sentence mode
 * codes the selected sentence and moves to the next ({@link AnnotationEditor#code}). The tag type comes from the command's {@code type} parameter, from its {@code key}
 * parameter (the key given to the type in the schema), or, with neither, from a type picker.
 */
public final class TagHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.policyannotator.ui.command.tag";
	public static final String PARAMETER_TYPE = "org.policyannotator.ui.command.tag.type";
	public static final String PARAMETER_KEY = "org.policyannotator.ui.command.tag.key";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Optional<AnnotationEditor> editor = EditorHandlers.editor(event);
		if (editor.isEmpty() || editor.get().session().isEmpty()) {
			return null;
		}
		Optional<String> type = typeOf(event, editor.get());
		if (type.isEmpty()) {
			return null;
		}
		if (editor.get().code(type.get()).isEmpty()) {
			EditorHandlers.status(editor.get(), "Select the text to tag first (or put the caret on a tag to retype it).");
		}
		return null;
	}

	private static Optional<String> typeOf(ExecutionEvent event, AnnotationEditor editor) {
		String type = event.getParameter(PARAMETER_TYPE);
		if (type != null) {
			return Optional.of(type);
		}
		var schema = editor.session().get().schema();
		String key = event.getParameter(PARAMETER_KEY);
		if (key != null) {
			Optional<String> byKey = org.policyannotator.ui.preferences.TagAppearance.typeForKey(schema, key).map(TagType::id);
			if (byKey.isEmpty()) {
				EditorHandlers.status(editor, "No tag type has the key " + key + ".");
			}
			return byKey;
		}
		ElementListSelectionDialog picker = new ElementListSelectionDialog(editor.getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				TagType tag = (TagType) element;
				String key = org.policyannotator.ui.preferences.TagAppearance.key(tag);
				return key.isEmpty() ? tag.label() : tag.label() + "  (" + key + ")";
			}
		});
		picker.setTitle("Tag as");
		picker.setMessage("Type of the selected span:");
		picker.setElements(schema.tagTypes().toArray());
		picker.setMultipleSelection(false);
		if (picker.open() != Window.OK || picker.getFirstResult() == null) {
			return Optional.empty();
		}
		return Optional.of(((TagType) picker.getFirstResult()).id());
	}
}
