package org.policyannotator.app.workbench;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.ui.AnnotatorIdentity;

/**
 * On the first start, asks who is annotating (prefilled with the operating-system user name), since annotations are
 * saved under that name. Cancelling keeps the user name for now and asks again next time.
 */
final class AnnotatorNamePrompt {

	private AnnotatorNamePrompt() {
	}

	static void askOnFirstStart(IWorkbench workbench) {
		if (AnnotatorIdentity.isChosen()) {
			return;
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		InputDialog dialog = new InputDialog(window == null ? null : window.getShell(), "Who Is Annotating?",
				"Your annotations are saved under your annotator name (letters, digits, '.', '_' or '-').\n"
						+ "You can change it later in Window > Preferences > Policy Annotator.",
				AnnotatorIdentity.sanitize(System.getProperty("user.name", "annotator")),
				name -> DocumentIds.isValid(name.strip()) ? null
						: "Use 1-100 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit");
		if (dialog.open() == Window.OK) {
			AnnotatorIdentity.choose(dialog.getValue().strip());
		}
	}
}
