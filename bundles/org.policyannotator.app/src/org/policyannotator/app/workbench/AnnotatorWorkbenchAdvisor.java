package org.policyannotator.app.workbench;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Starts the workbench in the Annotation perspective and remembers the layout between sessions. */
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
		AnnotatorNamePrompt.askOnFirstStart(getWorkbenchConfigurer().getWorkbench());
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
