package org.policyannotator.ui.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.team.copies.ConflictedCopies;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Merge Conflicted Copies (navigator, Team menu): finds the copies Dropbox, OneDrive or Syncthing left in the corpus,
 * shows them, and after a confirmation merges each into its original annotation by annotation; conflicts go to the
 * comparison editor (Resolve Conflicts). Open editors are saved first and show the merged sets.
 */
public final class ResolveCopiesHandler extends AbstractHandler {
	private static final String TITLE = "Merge Conflicted Copies";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Optional<Path> corpus = TeamTarget.corpus(event);
		if (corpus.isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "Select a corpus in the Corpus Navigator.");
			return null;
		}
		try {
			List<ConflictedCopies.Copy> copies = ConflictedCopies.find(corpus.get());
			if (copies.isEmpty()) {
				MessageDialog.openInformation(shell, TITLE, "No conflicted copies in " + corpus.get() + ".");
				return null;
			}
			StringBuilder list = new StringBuilder();
			copies.forEach(c -> list.append("\n\u2022 ").append(c.copy()).append(" (").append(c.service()).append(')'));
			if (!MessageDialog.openConfirm(shell, TITLE, copies.size() + " conflicted copies were left by file-sync "
					+ "services:" + list + "\n\nMerge each into its original, annotation by annotation, and delete it?"
					+ " What both changed differently waits in the comparison editor (Resolve Conflicts).")) {
				return null;
			}
			CorpusEditors editors = new CorpusEditors(corpus.get());
			if (!editors.saveFirst(shell, "Merge")) {
				return null;
			}
			List<String> changed = new ArrayList<>();
			List<String> conflicts = new ArrayList<>();
			for (ConflictedCopies.Copy copy : copies) {
				conflicts.addAll(ConflictedCopies.resolve(corpus.get(), copy).conflicts());
				changed.add(copy.original());
			}
			List<String> problems = editors.refresh(changed);
			CorpusRegistry.getDefault().refresh();
			MessageDialog.openInformation(shell, TITLE, "Merged " + copies.size() + " copies."
					+ (conflicts.isEmpty() ? "" : "\n" + conflicts.size() + " conflicts wait (Resolve Conflicts on the "
							+ "document):\n" + String.join("\n", conflicts))
					+ (problems.isEmpty() ? "" : "\n" + String.join("\n", problems)));
		} catch (IOException e) {
			MessageDialog.openError(shell, TITLE, e.getMessage());
		}
		return null;
	}
}
