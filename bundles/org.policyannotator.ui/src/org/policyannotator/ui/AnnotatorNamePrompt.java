package org.policyannotator.ui;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.policyannotator.model.DocumentIds;

/**
 * On the first start, asks who is annotating (prefilled with the operating-system user name), since annotations are
 * saved under that name. Cancelling keeps the user name for now and asks again next time.
 */
public final class AnnotatorNamePrompt {
	public static final String TITLE = "Who Is Annotating?";

	private AnnotatorNamePrompt() {
	}

	/** Asks for the name unless one is chosen already; returns whether it asked. */
	public static boolean askIfNotChosen(Shell shell) {
		if (AnnotatorIdentity.isChosen()) {
			return false;
		}
		InputDialog dialog = new InputDialog(shell, TITLE,
				"Your annotations are saved under your annotator name (letters, digits, '.', '_' or '-').\n"
						+ "You can change it later in Window > Preferences > Policy Annotator.",
				AnnotatorIdentity.sanitize(System.getProperty("user.name", "annotator")),
				name -> DocumentIds.isValid(name.strip()) ? null
						: "Use 1-100 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit");
		if (dialog.open() == Window.OK) {
			AnnotatorIdentity.choose(dialog.getValue().strip());
		}
		return true;
	}
}
