package org.policyannotator.ui.feedback;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.policyannotator.analysis.exercise.ExerciseManifest;
import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.exercise.FeedbackMode;
import org.policyannotator.model.corpus.Corpus;

/**
 * What the feedback view shows in an exercise corpus: the instructor's grading as the student was handed it, cut to
 * the exercise's feedback mode (the file holds nothing more, see {@link FeedbackFile}). No UI code.
 */
final class GradedFeedback {
	private GradedFeedback() {
	}

	/** Whether {@code corpus} is an exercise a student opened (it has {@code exercise.json}). */
	static boolean isExercise(Corpus corpus) {
		return Files.isRegularFile(corpus.directory().resolve(ExerciseManifest.FILE));
	}

	/** The sentence above the lists for {@code feedback}, or why there is none yet. */
	static String message(Optional<FeedbackFile> feedback) {
		if (feedback.isEmpty()) {
			return "Not graded yet. When your instructor sends your feedback file (feedback/<your submission>.json),"
					+ " open it with Open Feedback File...";
		}
		FeedbackFile f = feedback.get();
		String head = f.exercise() + ", " + f.submission() + ": ";
		if (f.mode() == FeedbackMode.NONE) {
			return head + "graded. " + FeedbackFile.BLIND;
		}
		FeedbackFile.Line all = f.overall().orElseThrow();
		String scores = head + "F1 " + percent(all.f1()) + " (precision " + percent(all.precision()) + ", recall "
				+ percent(all.recall()) + "), kappa " + number(all.kappa()) + "; " + all.found() + " of " + all.total()
				+ " reference spans found, " + all.tagged() + " tagged.";
		return switch (f.mode()) {
			case SCORE -> scores + " This exercise shows the overall score only; select it and Dispute... if you think"
					+ " it is wrong.";
			case PER_TYPE -> scores + " This exercise shows the score per type; select a score and Dispute... if you"
					+ " think it is wrong.";
			default -> scores + " Your tags and the reference (squiggly lines) are both in the editor; select an"
					+ " item and Dispute... if you think your answer is right.";
		};
	}

	/** A graded score in words, e.g. "your score on claim, F1 67%". */
	static String score(FeedbackFile.Line line) {
		return (line.type().isEmpty() ? "your overall score" : "your score on " + line.type()) + ", F1 "
				+ percent(line.f1());
	}

	/** The score rows: all types first, then each type (as far as the mode shows them). */
	static List<FeedbackFile.Line> rows(FeedbackFile feedback) {
		List<FeedbackFile.Line> rows = new ArrayList<>();
		feedback.overall().ifPresent(rows::add);
		rows.addAll(feedback.types());
		return rows;
	}

	/** The graded items of one document, placed in its text. */
	static List<FeedbackItem> items(FeedbackFile feedback, String documentId, String text) {
		return feedback.items(documentId).stream().map(i -> FeedbackItem.of(i, text, feedback.student())).toList();
	}

	static String percent(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * value.getAsDouble()) : "n/a";
	}

	static String number(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "n/a";
	}
}
