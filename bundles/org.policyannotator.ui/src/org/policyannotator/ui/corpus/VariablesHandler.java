package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusVariables;

/** Shows and edits the variables of the documents selected in the navigator (Alt+Enter), written in one batch. */
public final class VariablesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<DocumentNode> documents = DocumentNode.selected(event);
		if (documents.isEmpty()) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		try {
			edit(shell, documents);
		} catch (Exception e) {
			MessageDialog.openError(shell, "Document Variables", e.getMessage());
		}
		return null;
	}

	private static void edit(Shell shell, List<DocumentNode> documents) throws Exception {
		Map<Path, List<String>> byCorpus = new LinkedHashMap<>();
		List<SortedMap<String, String>> current = new ArrayList<>();
		for (DocumentNode document : documents) {
			byCorpus.computeIfAbsent(document.corpusFolder(), f -> new ArrayList<>()).add(document.documentId());
			current.add(CorpusRegistry.getDefault().corpus(document.corpusFolder())
					.documentVariables(document.documentId()));
		}
		String subject = documents.size() == 1 ? documents.get(0).title()
				: documents.size() + " documents (the variables they share are shown)";
		VariablesDialog dialog = new VariablesDialog(shell, subject, VariablesDialog.common(current));
		if (dialog.open() != Window.OK || dialog.changes().isEmpty()) {
			return;
		}
		for (Map.Entry<Path, List<String>> entry : byCorpus.entrySet()) {
			Corpus corpus = CorpusRegistry.getDefault().corpus(entry.getKey());
			Map<String, Map<String, String>> changes = new LinkedHashMap<>();
			entry.getValue().forEach(id -> changes.put(id, dialog.changes()));
			CorpusVariables.set(corpus, changes);
		}
		CorpusRegistry.getDefault().refresh();
	}
}
