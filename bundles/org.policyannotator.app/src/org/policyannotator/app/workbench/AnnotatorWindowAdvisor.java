package org.policyannotator.app.workbench;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, a sensible first size, the main toolbar, status line and the standard menus. */
final class AnnotatorWindowAdvisor extends WorkbenchWindowAdvisor {

	AnnotatorWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new AnnotatorActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 860));
		configurer.setShowCoolBar(true); // Synchronize and Suggest
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle("Policy Annotator");
	}

	/** IDE action sets that mean nothing here (open a local file, convert line delimiters). */
	static final java.util.List<String> HIDDEN_ACTION_SETS = java.util.List.of("org.eclipse.ui.actionSet.openFiles",
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo");

	@Override
	public void postWindowOpen() {
		org.eclipse.ui.IWorkbenchWindow window = getWindowConfigurer().getWindow();
		for (org.eclipse.ui.IWorkbenchPage page : window.getPages()) {
			hideIdeActionSets(page);
		}
		window.addPerspectiveListener(new org.eclipse.ui.PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(org.eclipse.ui.IWorkbenchPage page,
					org.eclipse.ui.IPerspectiveDescriptor perspective) {
				hideIdeActionSets(page);
			}
		});
	}

	private static void hideIdeActionSets(org.eclipse.ui.IWorkbenchPage page) {
		HIDDEN_ACTION_SETS.forEach(page::hideActionSet);
	}
}
