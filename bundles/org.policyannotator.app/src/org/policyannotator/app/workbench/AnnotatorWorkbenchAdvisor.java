package org.policyannotator.app.workbench;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.policyannotator.app.startup.ClassPreloader;
import org.policyannotator.ui.AnnotatorNamePrompt;

/**
 * Starts the workbench in the Annotation perspective, remembers the layout between sessions and, on the first
 * start, asks who is annotating.
 */
public final class AnnotatorWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void preStartup() {
		SampleCorpusInstaller.installOnFirstStart();
	}

	@Override
	public void postStartup() {
		ClassPreloader.windowShown();
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		AnnotatorNamePrompt.askIfNotChosen(window == null ? null : window.getShell());
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AnnotationPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new AnnotatorWindowAdvisor(configurer);
	}
}
