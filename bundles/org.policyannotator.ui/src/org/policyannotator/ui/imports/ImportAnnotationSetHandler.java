package org.policyannotator.ui.imports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Navigator > Import Annotation Set...: opens the wizard with the selected corpus as the target. */
public final class ImportAnnotationSetHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ImportAnnotationsWizard wizard = new ImportAnnotationsWizard();
		wizard.init(PlatformUI.getWorkbench(), HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				? s : StructuredSelection.EMPTY);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
