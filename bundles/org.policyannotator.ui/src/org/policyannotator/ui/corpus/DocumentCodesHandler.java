package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.DocumentCodes;
import org.policyannotator.ui.AnnotatorIdentity;

/**
 * Gives the documents selected in the navigator (of one corpus) document-level codes as the current annotator
 * (Alt+Shift+C), undoable with Ctrl+Z in the navigator.
 */
public final class DocumentCodesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<DocumentNode> documents = DocumentNode.selected(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (documents.isEmpty()) {
			return null;
		}
		Path folder = documents.get(0).corpusFolder();
		if (documents.stream().anyMatch(d -> !d.corpusFolder().equals(folder))) {
			MessageDialog.openInformation(shell, "Document Codes", "Select documents of one corpus: each corpus has"
					+ " its own codebook.");
			return null;
		}
		try {
			Corpus corpus = CorpusRegistry.getDefault().corpus(folder);
			String annotator = AnnotatorIdentity.current();
			Map<String, List<String>> codes = DocumentCodes.of(corpus, annotator);
			List<List<String>> current = documents.stream()
					.map(d -> codes.getOrDefault(d.documentId(), List.of())).toList();
			String subject = (documents.size() == 1 ? documents.get(0).title() : documents.size() + " documents")
					+ " (as " + annotator + ")";
			DocumentCodesDialog dialog = new DocumentCodesDialog(shell, subject, corpus.schema(), current);
			if (dialog.open() != Window.OK) {
				return null;
			}
			Map<String, List<String>> after = new LinkedHashMap<>();
			List<List<String>> result = dialog.result();
			for (int i = 0; i < documents.size(); i++) {
				if (!result.get(i).equals(current.get(i))) {
					after.put(documents.get(i).documentId(), result.get(i));
				}
			}
			if (!after.isEmpty()) {
				PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
						.execute(new DocumentCodesOperation(folder, annotator, after), null, null);
			}
		} catch (Exception e) {
			MessageDialog.openError(shell, "Document Codes", e.getMessage());
		}
		return null;
	}
}
