package org.policyannotator.ui.team;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.editor.DocumentEditorInput;

/**
 * The corpus a team command acts on: the one selected in the Corpus Navigator (or whose document is selected), else
 * the one of the active editor, else the only corpus there is.
 */
final class TeamTarget {

	private TeamTarget() {
	}

	/**
	 * The corpus a team command acts on; when there is none, the user is told to select the corpus to {@code what}
	 * (e.g. "share") in the Corpus Navigator, in a message titled {@code title}.
	 */
	static Optional<Path> corpusOrTell(ExecutionEvent event, String title, String what) {
		Optional<Path> corpus = corpus(event);
		if (corpus.isEmpty()) {
			MessageDialog.openInformation(shell(event), title,
					"Select the corpus to " + what + " in the Corpus Navigator.");
		}
		return corpus;
	}

	/**
	 * The shell for a team command's dialogs, also those shown when its job ends: the active shell while it is open,
	 * else the workbench window's (the active shell can be a dialog that has closed meanwhile, e.g. the annotator name
	 * asked on the first start when no window manager gave the focus back).
	 */
	static Shell shell(ExecutionEvent event) {
		Shell active = HandlerUtil.getActiveShell(event);
		if (active != null && !active.isDisposed()) {
			return active;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		return window != null ? window.getShell() : PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
	}

	static Optional<Path> corpus(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& !selection.isEmpty()) {
			Object first = selection.getFirstElement();
			if (first instanceof CorpusNode c) {
				return Optional.of(c.folder());
			}
			if (first instanceof DocumentNode d) {
				return Optional.of(d.corpusFolder());
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor != null && editor.getEditorInput() instanceof DocumentEditorInput input) {
			return Optional.of(input.corpusFolder());
		}
		List<Path> folders = CorpusRegistry.getDefault().folders();
		return folders.size() == 1 ? Optional.of(folders.get(0)) : Optional.empty();
	}
}
