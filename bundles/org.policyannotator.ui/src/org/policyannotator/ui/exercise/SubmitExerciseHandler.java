package org.policyannotator.ui.exercise;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentNode;

/**
 * File > Create Exercise Submission...: packs the student's saved annotations of the exercise corpus selected in the
 * navigator (or the only exercise open) into a zip to hand in. Unsaved editors are saved first, with a prompt.
 */
public final class SubmitExerciseHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (!page.saveAllEditors(true)) {
			return null;
		}
		Path corpus = corpusOf(HandlerUtil.getCurrentSelection(event));
		if (corpus == null) {
			MessageDialog.openInformation(shell, "Create Exercise Submission",
					"Select the exercise in the corpus navigator first.");
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save Submission");
		dialog.setFileName(AnnotatorIdentity.current() + "-submission.zip");
		dialog.setOverwrite(true);
		String out = dialog.open();
		if (out == null) {
			return null;
		}
		try {
			ExerciseActions.submit(corpus, AnnotatorIdentity.current(), Path.of(out));
			MessageDialog.openInformation(shell, "Create Exercise Submission", "Saved " + out + ". Hand it in to your instructor.");
		} catch (Exception e) {
			MessageDialog.openError(shell, "Create Exercise Submission", corpus + ": " + e.getMessage());
		}
		return null;
	}

	private static Path corpusOf(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			Object first = structured.getFirstElement();
			if (first instanceof CorpusNode node) {
				return node.folder();
			}
			if (first instanceof DocumentNode document) {
				return document.corpusFolder();
			}
		}
		List<Path> exercises = CorpusRegistry.getDefault().folders().stream()
				.filter(f -> java.nio.file.Files.exists(f.resolve("exercise.json"))).toList();
		return exercises.size() == 1 ? exercises.get(0) : null;
	}
}
