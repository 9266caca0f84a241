package org.policyannotator.ui.exercise;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.analysis.exercise.ExercisePackage;
import org.policyannotator.ui.AnnotatorIdentity;

/** File > Open Exercise...: a student opens the package the instructor handed out, as a corpus to annotate. */
public final class OpenExerciseHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog zipDialog = new FileDialog(shell, SWT.OPEN);
		zipDialog.setText("Open Exercise Package");
		zipDialog.setFilterExtensions(new String[] { "*.zip", "*" });
		String zip = zipDialog.open();
		if (zip == null) {
			return null;
		}
		DirectoryDialog folderDialog = new DirectoryDialog(shell);
		folderDialog.setText("Folder for the Exercise");
		folderDialog.setMessage("Choose a new or empty folder; the exercise is unpacked there as a corpus.");
		String folder = folderDialog.open();
		if (folder == null) {
			return null;
		}
		try {
			ExercisePackage.Opened opened = ExerciseActions.open(Path.of(zip), Path.of(folder), AnnotatorIdentity.current());
			MessageDialog.openInformation(shell, "Exercise Opened", "\u201c" + opened.corpus().name() + "\u201d is in the "
					+ "corpus navigator. Annotate its documents as " + AnnotatorIdentity.current()
					+ ", save, then hand in with File > Create Exercise Submission.");
		} catch (Exception e) {
			MessageDialog.openError(shell, "Open Exercise Package", zip + ": " + e.getMessage());
		}
		return null;
	}
}
