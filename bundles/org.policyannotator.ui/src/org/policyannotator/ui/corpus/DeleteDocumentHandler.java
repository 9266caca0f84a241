package org.policyannotator.ui.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * Deletes the documents selected in the navigator, with every annotator's annotations of them, after a
 * confirmation that says how much is lost. Their open editors are closed first.
 */
public final class DeleteDocumentHandler extends AbstractHandler {
	public static final String TITLE = "Delete Documents";

	@Override
	public Object execute(ExecutionEvent event) {
		List<DocumentNode> documents = NavigatorSelection.of(event, DocumentNode.class);
		if (documents.isEmpty()) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		String titles = documents.stream().map(d -> "\u2022 " + d.title()).collect(Collectors.joining("\n"));
		if (!MessageDialog.openConfirm(shell, TITLE, "Delete these documents and every annotator's annotations of them "
				+ "from the corpus folder? This cannot be undone.\n\n" + titles)) {
			return null;
		}
		try {
			delete(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), documents);
		} catch (Exception e) {
			MessageDialog.openError(shell, TITLE, e.getMessage());
		}
		return null;
	}

	/** Closes the documents' editors without saving, then removes them from their corpora. */
	public static void delete(IWorkbenchPage page, List<DocumentNode> documents) throws Exception {
		List<IEditorReference> open = new ArrayList<>();
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof DocumentEditorInput input && documents.stream()
						.anyMatch(d -> d.documentId().equals(input.documentId()) && d.corpusFolder().equals(input.corpusFolder()))) {
					open.add(reference);
				}
			} catch (PartInitException e) {
				// an editor that cannot give its input is not one of ours
			}
		}
		page.closeEditors(open.toArray(IEditorReference[]::new), false);
		for (DocumentNode document : documents) {
			CorpusRegistry.getDefault().corpus(document.corpusFolder()).removeDocument(document.documentId());
		}
		CorpusRegistry.getDefault().refresh();
	}
}
