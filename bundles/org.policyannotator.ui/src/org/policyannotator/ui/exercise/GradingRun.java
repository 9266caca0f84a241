package org.policyannotator.ui.exercise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.policyannotator.analysis.exercise.Dispute;
import org.policyannotator.analysis.exercise.Disputes;
import org.policyannotator.analysis.exercise.ExerciseReference;
import org.policyannotator.analysis.exercise.Gradebook;
import org.policyannotator.analysis.exercise.Grader;
import org.policyannotator.analysis.exercise.ReferenceHistory;
import org.policyannotator.analysis.exercise.ZipLimits;
import org.policyannotator.model.corpus.Corpus;

/**
 * What the instructor grades in the workbench: the reference (their corpus folder and annotator, with the exercise
 * package when the folder has no {@code exercise.json}), the folder of submission zips and which attempt counts.
 * No UI code; every call reads the files again, so an accepted dispute regrades the class.
 *
 * @param corpus      the instructor's corpus folder with the reference
 * @param annotator   the reference annotator
 * @param submissions the folder of submission zips
 * @param exercise    the exercise package, when the corpus folder has no exercise.json
 * @param counting    which attempt of a student counts; empty: what the exercise was created with
 */
public record GradingRun(Path corpus, String annotator, Path submissions, Optional<Path> exercise,
		Optional<Gradebook.Counting> counting) {

	/** Grades every submission. */
	public Gradebook grade() throws IOException {
		return grade((done, total) -> true);
	}

	/** Grades every submission, telling {@code progress} after each (it may stop the grading). */
	public Gradebook grade(Grader.Progress progress) throws IOException {
		try (ExerciseReference reference = reference()) {
			Gradebook book = Grader.grade(reference, submissions, ZipLimits.DEFAULT, List.of(), progress);
			return book.counting(counting.orElse(book.counting()));
		}
	}

	/**
	 * Undoes the newest accepted dispute in this reference (see {@link ReferenceHistory#undoLast}).
	 *
	 * @return what was undone
	 */
	public String undo() throws IOException {
		return ReferenceHistory.undoLast(Corpus.open(corpus), annotator);
	}

	/** The accepted disputes in this reference that can be undone, oldest first. */
	public List<ReferenceHistory.Change> acceptances() throws IOException {
		return ReferenceHistory.changes(corpus, annotator);
	}

	/**
	 * Accepts the disputed item of the submission {@code file} into the reference (see {@link Disputes#accept}).
	 *
	 * @return what changed in the reference
	 */
	public String accept(String file, Dispute dispute) throws IOException {
		try (ExerciseReference reference = reference()) {
			return Disputes.accept(reference, submissions.resolve(file), dispute.document(), dispute.start(),
					dispute.end(), ZipLimits.DEFAULT);
		}
	}

	private ExerciseReference reference() throws IOException {
		return ExerciseReference.open(corpus, annotator, exercise, ZipLimits.DEFAULT);
	}
}
