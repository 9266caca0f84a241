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
		Shell shell = TeamTarget.shell(event);
		Optional<Path> corpus = TeamTarget.corpusOrTell(event, TITLE, "share");
		if (corpus.isEmpty()) {
			return null;
		}
		Path folder = corpus.get();
		if (!new CorpusEditors(folder).saveFirst(shell, "Share")) {
			return null;
		}
		RemoteDialog dialog = new RemoteDialog(shell, TITLE + " " + folder.getFileName(),
				"Where colleagues find the corpus: a folder on a shared drive (made a bare Git repository when new or "
						+ "empty) or an SSH, HTTPS or git:// URL of an empty repository.",
				currentRemote(folder), false);
		if (dialog.open() != Window.OK) {
			return null;
		}
		String remote = dialog.remote();
		schedule(shell, folder, remote, TeamCredentials.forRemote(remote));
		return null;
	}

	/** Shares as a job; when the remote refuses the credentials, asks for them and shares again. */
	private static void schedule(Shell shell, Path folder, String remote, TeamCredentials credentials) {
		Job job = Job.create(TITLE + " " + folder.getFileName(), monitor -> {
			TeamException failure = null;
			try (TeamRepository team = TeamRepository.share(folder, Optional.of(remote), credentials.credentials(),
					new JobProgress(monitor))) {
				// shared
			} catch (TeamException e) {
				failure = e;
			}
			TeamException problem = failure;
			Display.getDefault().asyncExec(() -> {
				CorpusRegistry.getDefault().refresh();
				if (problem != null && problem.credentialsRefused() && credentials.askAgain(shell)) {
					schedule(shell, folder, remote, credentials);
				} else if (problem == null) {
					credentials.succeeded(shell);
					if (!shell.isDisposed()) {
						MessageDialog.openInformation(shell, TITLE, folder.getFileName() + " is shared with " + remote
								+ ". Colleagues get it with Clone Corpus... and exchange their annotations with "
								+ "Synchronize (Ctrl+Alt+S).");
					}
				} else if (!shell.isDisposed()) {
					MessageDialog.openError(shell, TITLE, "Not shared: " + problem.getMessage());
				}
			});
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		job.setRule(new CorpusRule(folder));
		job.setUser(true);
		job.schedule();
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
