package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;

/**
 * Accepting a student's answer into the reference after a dispute: the student's annotation at a position becomes
 * part of the reference annotator's set in the instructor's corpus. An added span is added; a span the reference had
 * with another type or other boundaries is replaced by the student's version. Grading again then regrades the class.
 */
public final class Disputes {
	private Disputes() {
	}

	/**
	 * Accepts the student's annotation of {@code documentId} spanning {@code [start, end)} from {@code submission}.
	 *
	 * @param reference the reference, opened from the instructor's corpus folder (not a reference zip)
	 * @return a sentence saying what changed in the reference
	 * @throws ExerciseException when the submission cannot be graded or has no differing annotation there
	 */
	public static String accept(ExerciseReference reference, Path submission, String documentId, int start, int end,
			ZipLimits limits) throws IOException {
		StudentGrade grade = Grader.gradeOne(reference, submission, limits);
		if (grade instanceof StudentGrade.Failed failed) {
			throw new ExerciseException(submission, "cannot be read: " + failed.error());
		}
		Score score = ((StudentGrade.Graded) grade).score();
		Optional<Feedback> item = score.feedback().stream().filter(f -> f.documentId().equals(documentId))
				.filter(f -> submitted(f).map(a -> a.start() == start && a.end() == end).orElse(false)).findFirst();
		if (item.isEmpty()) {
			throw new ExerciseException(submission, "has no answer in document " + documentId + " at " + start + "-"
					+ end + " that differs from the reference (see the student's feedback for the positions)");
		}
		Corpus corpus = reference.corpus();
		AnnotationSet set = corpus.loadSet(reference.annotator(), documentId);
		Annotation student = submitted(item.get()).orElseThrow();
		Optional<Annotation> replaced = switch (item.get()) {
			case Feedback.WrongType w -> Optional.of(w.reference());
			case Feedback.BoundaryDifference b -> Optional.of(b.reference());
			default -> Optional.empty();
		};
		replaced.ifPresent(r -> set.remove(r.id()));
		set.add(Annotation.of(set.newId(), student.type(), student.spans(), reference.annotator(), Instant.now()));
		corpus.saveSet(set);
		return "accepted " + student.type() + " " + student.start() + "-" + student.end() + " of " + grade.file()
				+ " into the reference of " + reference.annotator() + " on " + documentId
				+ replaced.map(r -> " (replacing " + r.type() + " " + r.start() + "-" + r.end() + ")").orElse("");
	}

	private static Optional<Annotation> submitted(Feedback f) {
		return switch (f) {
			case Feedback.Extra e -> Optional.of(e.submitted());
			case Feedback.WrongType w -> Optional.of(w.submitted());
			case Feedback.BoundaryDifference b -> Optional.of(b.submitted());
			default -> Optional.empty();
		};
	}
}
