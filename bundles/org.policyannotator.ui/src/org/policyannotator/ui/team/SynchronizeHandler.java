package org.policyannotator.ui.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.team.git.TeamException;
import org.policyannotator.team.git.TeamRepository;
import org.policyannotator.ui.AnnotatorIdentity;

/**
 * Synchronize (Ctrl+Alt+S, main toolbar, navigator): saves the corpus's unsaved annotations (after asking), asks
 * for a message, and runs {@link SyncJob}; the outcome is shown in a {@link SyncResultDialog}.
 */
public final class SynchronizeHandler extends AbstractHandler {
	static final String TITLE = "Synchronize";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = TeamTarget.shell(event);
		Optional<Path> corpus = TeamTarget.corpusOrTell(event, TITLE, "synchronise");
		if (corpus.isEmpty()) {
			return null;
		}
		Path folder = corpus.get();
		if (!Files.isDirectory(folder.resolve(".git"))) {
			MessageDialog.openInformation(shell, TITLE, folder + " is not shared yet. Share it first (Share Corpus... "
					+ "in the Corpus Navigator's context menu), or clone a shared corpus (Clone Corpus...).");
			return null;
		}
		if (!new CorpusEditors(folder).saveFirst(shell, TITLE)) {
			return null;
		}
		InputDialog message = new InputDialog(shell, TITLE + " " + folder.getFileName(),
				"A message for your changes (what colleagues see in the history):",
				"Annotations of " + AnnotatorIdentity.current(),
				text -> text.isBlank() ? "Write a message for your changes" : null);
		if (message.open() != Window.OK) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		TeamCredentials credentials = TeamCredentials.forRemote(remoteUrl(folder));
		schedule(shell, page, folder, message.getValue().strip(), credentials);
		return null;
	}

	/** Runs the synchronisation; when the remote refuses the credentials, asks for them and runs it again. */
	private static void schedule(Shell shell, IWorkbenchPage page, Path folder, String message,
			TeamCredentials credentials) {
		new SyncJob(folder, message, Optional.of(AnnotatorIdentity.current()), credentials.credentials(), outcome -> {
			if (outcome.credentialsRefused() && credentials.askAgain(shell)) {
				schedule(shell, page, folder, message, credentials);
				return;
			}
			if (outcome.result().isPresent()) {
				credentials.succeeded(shell);
			}
			if (!shell.isDisposed()) {
				new SyncResultDialog(shell, outcome,
						conflict -> ConflictEditors.forConflict(folder, conflict).isPresent(),
						conflict -> resolve(shell, page, folder, conflict)).open();
			}
		}).schedule();
	}

	private static String remoteUrl(Path folder) {
		try (TeamRepository team = TeamRepository.open(folder)) {
			return team.remoteUrl().orElse("");
		} catch (TeamException e) {
			return "";
		}
	}

	private static void resolve(Shell shell, IWorkbenchPage page, Path folder, String conflict) {
		try {
			ConflictEditors.open(page, ConflictEditors.forConflict(folder, conflict).orElseThrow());
		} catch (PartInitException e) {
			MessageDialog.openError(shell, "Resolve Conflicts", e.getMessage());
		}
	}
}
