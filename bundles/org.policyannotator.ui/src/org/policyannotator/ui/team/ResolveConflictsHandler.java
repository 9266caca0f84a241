package org.policyannotator.ui.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.compare.ComparisonInput;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * Resolve Conflicts (navigator, on a document; annotation editor): opens the conflicts a synchronisation left in the
 * document's sets in the comparison editor, yours beside theirs.
 */
public final class ResolveConflictsHandler extends AbstractHandler {
	private static final String TITLE = "Resolve Conflicts";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Path corpus;
		String documentId;
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentNode node) {
			corpus = node.corpusFolder();
			documentId = node.documentId();
		} else if (editor != null && editor.getEditorInput() instanceof DocumentEditorInput input) {
			corpus = input.corpusFolder();
			documentId = input.documentId();
		} else {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			List<ComparisonInput> inputs = ConflictEditors.forDocument(corpus, documentId);
			if (inputs.isEmpty()) {
				MessageDialog.openInformation(TeamTarget.shell(event), TITLE,
						"No conflicts wait in the annotation sets of " + documentId + ".");
			}
			for (ComparisonInput input : inputs) {
				ConflictEditors.open(page, input);
			}
		} catch (IOException | PartInitException e) {
			MessageDialog.openError(TeamTarget.shell(event), TITLE, e.getMessage());
		}
		return null;
	}
}
