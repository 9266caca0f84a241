package org.policyannotator.ui.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.policyannotator.team.copies.ConflictedCopies;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Merge Conflicted Copies (navigator, Team menu): finds the copies Dropbox, OneDrive or Syncthing left in the corpus
 * (a job), shows them, and after a confirmation merges each into its original annotation by annotation (a job with
 * progress and Cancel); conflicts go to the comparison editor (Resolve Conflicts). Open editors are saved first and
 * show the merged sets.
 */
public final class ResolveCopiesHandler extends AbstractHandler {
	private static final String TITLE = "Merge Conflicted Copies";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = TeamTarget.shell(event);
		Optional<Path> corpus = TeamTarget.corpusOrTell(event, TITLE, "merge the conflicted copies of");
		if (corpus.isEmpty()) {
			return null;
		}
		Path folder = corpus.get();
		Job scan = Job.create("Find conflicted copies in " + folder.getFileName(), monitor -> {
			try {
				List<ConflictedCopies.Copy> copies = ConflictedCopies.find(folder);
				Display.getDefault().asyncExec(() -> confirm(shell, folder, copies));
			} catch (IOException e) {
				Display.getDefault().asyncExec(() -> error(shell, e));
			}
			return Status.OK_STATUS;
		});
		scan.setRule(new CorpusRule(folder));
		scan.setUser(true);
		scan.schedule();
		return null;
	}

	private static void confirm(Shell shell, Path folder, List<ConflictedCopies.Copy> copies) {
		if (shell.isDisposed()) {
			return;
		}
		if (copies.isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "No conflicted copies in " + folder + ".");
			return;
		}
		StringBuilder list = new StringBuilder();
		copies.forEach(c -> list.append("\n\u2022 ").append(c.copy()).append(" (").append(c.service()).append(')'));
		if (!MessageDialog.openConfirm(shell, TITLE, copies.size() + " conflicted copies were left by file-sync "
				+ "services:" + list + "\n\nMerge each into its original, annotation by annotation, and delete it?"
				+ " What both changed differently waits in the comparison editor (Resolve Conflicts).")) {
			return;
		}
		CorpusEditors editors = new CorpusEditors(folder);
		if (!editors.saveFirst(shell, "Merge")) {
			return;
		}
		Job merge = Job.create(TITLE + " in " + folder.getFileName(), (IProgressMonitor monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, TITLE, copies.size());
			List<String> merged = new ArrayList<>();
			List<String> conflicts = new ArrayList<>();
			IOException failure = null;
			for (ConflictedCopies.Copy copy : copies) {
				if (progress.isCanceled()) {
					break;
				}
				progress.subTask(copy.copy());
				try {
					conflicts.addAll(ConflictedCopies.resolve(folder, copy).conflicts());
					merged.add(copy.original());
				} catch (IOException e) {
					failure = e;
					break;
				}
				progress.worked(1);
			}
			IOException problem = failure;
			int left = copies.size() - merged.size();
			Display.getDefault().asyncExec(() -> done(shell, editors, merged, conflicts, left, problem));
			return progress.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		merge.setRule(new CorpusRule(folder));
		merge.setUser(true);
		merge.schedule();
	}

	/** On the display thread: the open editors take the merged sets, and the user reads what was done. */
	private static void done(Shell shell, CorpusEditors editors, List<String> merged, List<String> conflicts,
			int left, IOException problem) {
		List<String> problems = editors.refresh(merged);
		CorpusRegistry.getDefault().refresh();
		if (shell.isDisposed()) {
			return;
		}
		String text = "Merged " + merged.size() + " copies."
				+ (left == 0 ? "" : " " + left + " not merged (run it again to merge them).")
				+ (conflicts.isEmpty() ? "" : "\n" + conflicts.size() + " conflicts wait (Resolve Conflicts on the "
						+ "document):\n" + String.join("\n", conflicts))
				+ (problems.isEmpty() ? "" : "\n" + String.join("\n", problems));
		if (problem != null) {
			MessageDialog.openError(shell, TITLE, text + "\n" + problem.getMessage());
		} else {
			MessageDialog.openInformation(shell, TITLE, text);
		}
	}

	private static void error(Shell shell, IOException e) {
		if (!shell.isDisposed()) {
			MessageDialog.openError(shell, TITLE, e.getMessage());
		}
	}
}
