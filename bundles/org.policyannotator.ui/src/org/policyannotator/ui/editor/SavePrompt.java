package org.policyannotator.ui.editor;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISaveablePart2;

/** Asks whether to save a document's unsaved annotations before its editor closes. */
final class SavePrompt {
	private SavePrompt() {
	}

	/** {@link ISaveablePart2#YES}, {@link ISaveablePart2#NO} or {@link ISaveablePart2#CANCEL}. */
	static int ask(Shell shell, String documentName) {
		MessageDialog dialog = new MessageDialog(shell, "Save Annotations", null,
				"Your annotations of \u201c" + documentName + "\u201d have unsaved changes. Save them?",
				MessageDialog.QUESTION, 0, "&Save", "Do&n't Save", IDialogConstants.CANCEL_LABEL);
		return switch (dialog.open()) {
		case 0 -> ISaveablePart2.YES;
		case 1 -> ISaveablePart2.NO;
		default -> ISaveablePart2.CANCEL;
		};
	}
}
