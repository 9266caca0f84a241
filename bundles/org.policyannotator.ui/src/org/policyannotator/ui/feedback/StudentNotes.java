package org.policyannotator.ui.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.policyannotator.analysis.exercise.Disputes;
import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.exercise.ZipLimits;

/**
 * The student's dispute notes as the feedback view shows them: read from their submission zip, written into it
 * (checked: the exercise and the student of the feedback). No UI code.
 */
final class StudentNotes {
	private final Map<String, String> items = new TreeMap<>();
	private final Map<String, String> scores = new TreeMap<>();
	private Optional<Path> submission = Optional.empty();

	/** The submission zip the notes come from and go to, once known. */
	Optional<Path> submission() {
		return submission;
	}

	/** Reads the notes of {@code zip}; a zip that cannot be read is forgotten (the student is asked again). */
	void load(Path zip) {
		submission = Optional.of(zip);
		reload();
	}

	/** The note on a graded item, if any. */
	Optional<String> note(FeedbackFile.Item item) {
		return Optional.ofNullable(items.get(key(item.document(), item.start(), item.end())));
	}

	/** The note on a score (the overall one has the empty type), if any. */
	Optional<String> note(FeedbackFile.Line score) {
		return Optional.ofNullable(scores.get(score.type()));
	}

	/** Attaches a note on an item to {@code zip}, replacing an earlier note on it. */
	Disputes.Notes attach(FeedbackFile feedback, FeedbackFile.Item item, String note, Path zip) throws IOException {
		Disputes.attach(zip, feedback.exerciseId(), feedback.student(), item.dispute(note), ZipLimits.DEFAULT);
		return loaded(zip);
	}

	/**
	 * Attaches a note on a score to {@code zip}, replacing an earlier note on it.
	 *
	 * @throws IllegalStateException in a blind test, whose feedback takes no dispute
	 */
	Disputes.Notes attach(FeedbackFile feedback, FeedbackFile.Line score, String note, Path zip) throws IOException {
		Disputes.attach(zip, feedback.exerciseId(), feedback.student(), feedback.dispute(score, note),
				ZipLimits.DEFAULT);
		return loaded(zip);
	}

	private Disputes.Notes loaded(Path zip) throws IOException {
		submission = Optional.of(zip);
		Disputes.Notes all = Disputes.readAll(zip, ZipLimits.DEFAULT);
		fill(all);
		return all;
	}

	private void reload() {
		items.clear();
		scores.clear();
		try {
			if (submission.isPresent()) {
				fill(Disputes.readAll(submission.get(), ZipLimits.DEFAULT));
			}
		} catch (IOException e) {
			submission = Optional.empty();
		}
	}

	private void fill(Disputes.Notes all) {
		items.clear();
		scores.clear();
		all.items().forEach(d -> items.put(key(d.document(), d.start(), d.end()), d.note()));
		all.scores().forEach(d -> scores.put(d.type(), d.note()));
	}

	private static String key(String document, int start, int end) {
		return document + ":" + start + "-" + end;
	}
}
