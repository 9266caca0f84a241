package org.policyannotator.app.workbench;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.dialogs.PreferencesUtil;

/** The product's own versions of two workbench actions: Preferences on our page, and About. */
final class WorkbenchActions {
	/** The page Preferences opens on (all other pages stay reachable in the tree). */
	static final String PREFERENCE_PAGE = "org.policyannotator.ui.preferencePage.annotation";

	private WorkbenchActions() {
	}

	/** Window > Preferences..., opening on Policy Annotator's page rather than the IDE's General page. */
	static IWorkbenchAction preferences(IWorkbenchWindow window) {
		return new WindowAction(window, "&Preferences...", "org.eclipse.ui.window.preferences",
				() -> PreferencesUtil.createPreferenceDialogOn(window.getShell(), PREFERENCE_PAGE, null, null).open());
	}

	/** Help > About Policy Annotator, with the version. */
	static IWorkbenchAction about(IWorkbenchWindow window) {
		return new WindowAction(window, "&About Policy Annotator", "org.eclipse.ui.help.aboutAction",
				() -> AboutDialog.open(window.getShell()));
	}

	private static final class WindowAction extends Action implements IWorkbenchAction {
		private final Runnable run;
		private IWorkbenchWindow window;

		WindowAction(IWorkbenchWindow window, String text, String commandId, Runnable run) {
			super(text);
			this.window = window;
			this.run = run;
			setId(commandId);
			setActionDefinitionId(commandId);
		}

		@Override
		public void run() {
			if (window != null) {
				run.run();
			}
		}

		@Override
		public void dispose() {
			window = null;
		}
	}
}
