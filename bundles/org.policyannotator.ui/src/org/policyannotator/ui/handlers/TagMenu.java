package org.policyannotator.ui.handlers;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.editor.AnnotationEditor;

/** The "Tag as" menu: one item per tag type of the open document's schema, with the type's key. */
public final class TagMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart editor = window == null ? null : window.getActivePage().getActiveEditor();
		if (!(editor instanceof AnnotationEditor annotationEditor) || annotationEditor.session().isEmpty()) {
			return new IContributionItem[0];
		}
		List<TagType> types = annotationEditor.session().get().schema().tagTypes();
		return types.stream().map(type -> item(window, type)).toArray(IContributionItem[]::new);
	}

	private static IContributionItem item(IWorkbenchWindow window, TagType type) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(window,
				"org.policyannotator.ui.menu.tag." + type.id(), TagHandler.COMMAND_ID, CommandContributionItem.STYLE_PUSH);
		String key = org.policyannotator.ui.preferences.TagAppearance.key(type);
		parameter.label = type.label() + (key.isEmpty() ? "" : "\t" + key);
		parameter.tooltip = type.description();
		parameter.parameters = Map.of(TagHandler.PARAMETER_TYPE, type.id());
		return new CommandContributionItem(parameter);
	}
}
