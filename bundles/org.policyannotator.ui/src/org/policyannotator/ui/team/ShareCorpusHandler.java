package org.policyannotator.ui.team;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.team.git.TeamException;
import org.policyannotator.team.git.TeamRepository;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Share Corpus...: makes the corpus a Git repository with a remote (a folder that does not exist yet becomes a bare
 * repository) and pushes it, as a job with progress and Cancel.
 */
public final class ShareCorpusHandler extends AbstractHandler {
	private static final String TITLE = "Share Corpus";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Optional<Path> corpus = TeamTarget.corpus(event);
		if (corpus.isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "Select the corpus to share in the Corpus Navigator.");
			return null;
		}
		Path folder = corpus.get();
		if (!new CorpusEditors(folder).saveFirst(shell, "Share")) {
			return null;
		}
		RemoteDialog dialog = new RemoteDialog(shell, TITLE + " " + folder.getFileName(),
				"Where colleagues find the corpus: a folder on a shared drive (made a bare Git repository when new or "
						+ "empty) or an HTTPS or git:// URL of an empty repository.",
				currentRemote(folder), false);
		if (dialog.open() != Window.OK) {
			return null;
		}
		String remote = dialog.remote();
		Job job = Job.create(TITLE + " " + folder.getFileName(), monitor -> {
			String text;
			boolean ok;
			try (TeamRepository team = TeamRepository.share(folder, Optional.of(remote),
					TeamCredentials.fromEnvironment(), new JobProgress(monitor))) {
				text = folder.getFileName() + " is shared with " + remote
						+ ". Colleagues get it with Clone Corpus... and exchange their annotations with Synchronize "
						+ "(Ctrl+Alt+S).";
				ok = true;
			} catch (TeamException e) {
				text = e.getMessage();
				ok = false;
			}
			String message = text;
			boolean shared = ok;
			Display.getDefault().asyncExec(() -> {
				CorpusRegistry.getDefault().refresh();
				if (!shell.isDisposed()) {
					if (shared) {
						MessageDialog.openInformation(shell, TITLE, message);
					} else {
						MessageDialog.openError(shell, TITLE, "Not shared: " + message);
					}
				}
			});
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		job.setRule(new CorpusRule(folder));
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static String currentRemote(Path folder) {
		if (!java.nio.file.Files.isDirectory(folder.resolve(".git"))) {
			return "";
		}
		try (TeamRepository team = TeamRepository.open(folder)) {
			return team.remoteUrl().orElse("");
		} catch (TeamException e) {
			return "";
		}
	}
}
