package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Asks for a corpus folder and adds it to the navigator if it opens as a corpus. */
public final class AddCorpusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Add Existing Corpus");
		dialog.setMessage("The folder of a corpus (it contains corpus.json)");
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Optional<String> problem = CorpusFolders.addExisting(Path.of(chosen));
		problem.ifPresent(p -> MessageDialog.openError(shell, "Add Existing Corpus", "Not added: " + p));
		return null;
	}
}
