package org.policyannotator.ui.team;

import java.nio.file.Path;

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
 * Clone Corpus...: a colleague's shared corpus from a folder or URL into a new folder, as a job with progress and
 * Cancel; the clone then appears in the Corpus Navigator. A failed clone leaves nothing behind.
 */
public final class CloneCorpusHandler extends AbstractHandler {
	private static final String TITLE = "Clone Corpus";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = TeamTarget.shell(event);
		RemoteDialog dialog = new RemoteDialog(shell, TITLE,
				"A corpus a colleague shared: the folder (e.g. on a shared drive) or the SSH, HTTPS or git:// URL, and a new "
						+ "or empty folder for your copy.",
				"", true);
		if (dialog.open() != Window.OK) {
			return null;
		}
		String remote = dialog.remote();
		schedule(shell, remote, dialog.target().orElseThrow(), TeamCredentials.forRemote(remote));
		return null;
	}

	/** Clones as a job; when the remote refuses the credentials, asks for them and clones again. */
	private static void schedule(Shell shell, String remote, Path into, TeamCredentials credentials) {
		Job job = Job.create(TITLE + " " + remote, monitor -> {
			TeamException failure = null;
			try (TeamRepository team = TeamRepository.clone(remote, into, credentials.credentials(),
					new JobProgress(monitor))) {
				// cloned
			} catch (TeamException e) {
				failure = e;
			}
			TeamException problem = failure;
			Display.getDefault().asyncExec(() -> {
				if (problem != null && problem.credentialsRefused() && credentials.askAgain(shell)) {
					schedule(shell, remote, into, credentials);
				} else if (problem == null) {
					CorpusRegistry.getDefault().add(into);
					credentials.succeeded(shell);
					if (!shell.isDisposed()) {
						MessageDialog.openInformation(shell, TITLE, "Cloned into " + into
								+ ". Annotate, then Synchronize (Ctrl+Alt+S) to exchange your sets with the team.");
					}
				} else if (!shell.isDisposed()) {
					MessageDialog.openError(shell, TITLE, "Not cloned: " + problem.getMessage());
				}
			});
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		job.setRule(new CorpusRule(into));
		job.setUser(true);
		job.schedule();
	}
}
