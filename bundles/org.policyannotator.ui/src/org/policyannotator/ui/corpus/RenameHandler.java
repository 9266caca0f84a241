package org.policyannotator.ui.corpus;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Renames the corpus selected in the navigator, or retitles the selected document (F2). */
public final class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		Object element = selection.getFirstElement();
		try {
			if (element instanceof CorpusNode corpus && corpus.problem() == null) {
				String name = ask(shell, "Rename Corpus", "New name of the corpus:", corpus.name());
				if (name != null) {
					rename(corpus, name);
				}
			} else if (element instanceof DocumentNode document) {
				String title = ask(shell, "Rename Document", "New title of the document (its text stays as it is):",
						document.title());
				if (title != null) {
					retitle(document, title);
				}
			}
		} catch (Exception e) {
			MessageDialog.openError(shell, "Rename", e.getMessage());
		}
		return null;
	}

	/** Renames a corpus and refreshes the navigator. */
	public static void rename(CorpusNode corpus, String name) throws Exception {
		CorpusRegistry.getDefault().corpus(corpus.folder()).renamed(name);
		CorpusRegistry.getDefault().reopen(corpus.folder());
	}

	/** Retitles a document and refreshes the navigator. */
	public static void retitle(DocumentNode document, String title) throws Exception {
		CorpusRegistry.getDefault().corpus(document.corpusFolder()).retitleDocument(document.documentId(), title);
		CorpusRegistry.getDefault().refresh();
	}

	private static String ask(Shell shell, String title, String message, String current) {
		InputDialog dialog = new InputDialog(shell, title, message, current,
				text -> text.isBlank() ? "The name cannot be empty." : null);
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}
}
