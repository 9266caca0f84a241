package org.policyannotator.ui.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks the student for a dispute note (why their answer on an item, or a score, is right) and, the first time, for
 * their submission zip, which the note goes into.
 */
final class DisputeDialog {
	private DisputeDialog() {
	}

	/** Puts the note into the zip. */
	@FunctionalInterface
	interface Attach {
		void attach(String note, Path zip) throws IOException;
	}

	/**
	 * The whole dispute: asks for the note and (when not known) the submission zip, attaches the note and tells the
	 * student where it went, or what went wrong.
	 */
	static void run(Shell shell, String question, String what, Optional<String> earlier, Optional<Path> known,
			String name, Optional<Path> folder, Attach attach) {
		Optional<String> note = askNote(shell, question, what, earlier);
		Optional<Path> zip = note.flatMap(n -> submission(shell, known, name, folder));
		if (zip.isEmpty()) {
			return;
		}
		try {
			attach.attach(note.get(), zip.get());
			MessageDialog.openInformation(shell, "Dispute", "Your note is in " + zip.get()
					+ ". Hand this file in again; it stays the same attempt.");
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Dispute", e.getMessage());
		}
	}

	/**
	 * The note, or empty when the student cancels.
	 *
	 * @param what     the item or score in words
	 * @param question "Why is your answer right?" or "Why is this score wrong?"
	 * @param earlier  the note written before, if any
	 */
	private static Optional<String> askNote(Shell shell, String question, String what, Optional<String> earlier) {
		InputDialog input = new InputDialog(shell, "Dispute", question + " (" + what
				+ ")\nYour instructor sees this note beside your grade.", earlier.orElse(""),
				text -> text.isBlank() ? "Write why" : null);
		return input.open() == Window.OK ? Optional.of(input.getValue()) : Optional.empty();
	}

	/**
	 * The student's submission zip: {@code known} when it still exists, else chosen in a file dialog that starts in
	 * {@code folder} (where the feedback file came from) with the submission's name; empty when cancelled.
	 */
	private static Optional<Path> submission(Shell shell, Optional<Path> known, String name, Optional<Path> folder) {
		if (known.isPresent() && Files.isRegularFile(known.get())) {
			return known;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Your Submission " + name);
		dialog.setFileName(name);
		folder.ifPresent(f -> dialog.setFilterPath(f.toString()));
		dialog.setFilterExtensions(new String[] { "*.zip", "*" });
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}
}
