package org.policyannotator.ui.exports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Navigator > Export Dataset...: opens the export wizard on the selected corpus or documents. */
public final class ExportDatasetHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ExportDatasetWizard wizard = new ExportDatasetWizard();
		wizard.init(PlatformUI.getWorkbench(), HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				? s : StructuredSelection.EMPTY);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
