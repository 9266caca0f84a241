package org.policyannotator.ui.corpus;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.wizards.NewCorpusWizard;

/** Opens the New Corpus wizard. */
public final class NewCorpusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		NewCorpusWizard wizard = new NewCorpusWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
