package org.policyannotator.ui.codes;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.policyannotator.model.schema.TagType;

/**
 * Asks for one code (or another element) from a list that narrows as the user types part of a code's name, number
 * or id: usable with codebooks of any size, where a drop-down of a thousand codes is not.
 */
public final class CodePicker {
	private CodePicker() {
	}

	/** The element chosen, empty if the user cancelled. */
	public static Optional<Object> choose(Shell shell, String title, String message, List<?> elements) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof TagType t ? text(t) : String.valueOf(element);
			}
		});
		dialog.setTitle(title);
		dialog.setMessage(message);
		dialog.setElements(elements.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == Window.OK ? Optional.ofNullable(dialog.getFirstResult()) : Optional.empty();
	}

	/** How a code is listed: {@code Employment and wages  (102, economy-jobs)}. */
	public static String text(TagType t) {
		return t.label() + "  (" + (t.code().number().isEmpty() ? "" : t.code().number() + ", ") + t.id() + ")";
	}
}
