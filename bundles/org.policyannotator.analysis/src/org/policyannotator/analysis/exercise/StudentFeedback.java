package org.policyannotator.analysis.exercise;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;

/**
 * The feedback one student is handed after grading, as plain text (UTF-8, LF line ends), cut to the exercise's
 * {@link FeedbackMode}: nothing but "graded" for {@code none}; the overall scores for {@code score}; plus a line per
 * tag type for {@code per-type}; plus every missed, added, mistyped and misplaced span with the reference's text for
 * {@code full}. The same grade always gives the same bytes.
 */
public final class StudentFeedback {
	private StudentFeedback() {
	}

	/** The feedback text of {@code grade} in the given mode. */
	public static String text(Gradebook book, StudentGrade.Graded grade, FeedbackMode mode) {
		StringBuilder text = new StringBuilder();
		text.append("Exercise: ").append(book.exercise().name()).append('\n');
		text.append("Student: ").append(grade.student()).append(" (").append(grade.file()).append(")\n");
		text.append("Feedback: ").append(mode.id()).append(" (").append(mode.description()).append(")\n\n");
		if (!mode.shows(FeedbackMode.SCORE)) {
			return text.append("Your submission was graded. This exercise gives no feedback.\n").toString();
		}
		Score score = grade.score();
		text.append("All types: ").append(figures(score.overlap(), score.exact(), grade.kappa())).append('\n');
		for (LevelGrade level : grade.levels()) {
			text.append("Level ").append(level.level()).append(" of the codebook: ").append(figures(
					level.score().overlap(), level.score().exact(), level.kappa())).append('\n');
		}
		if (mode.shows(FeedbackMode.PER_TYPE)) {
			for (String type : book.types()) {
				text.append(type).append(": ").append(figures(score.type(type).overlap(), score.type(type).exact(),
						grade.kappa(type).orElse(null))).append('\n');
			}
		}
		if (mode.shows(FeedbackMode.FULL)) {
			text.append('\n');
			List<Feedback> items = score.feedback().stream().filter(f -> !(f instanceof Feedback.Matched)).toList();
			text.append(items.isEmpty() ? "Every reference span found, nothing added.\n" : "What differs from the reference:\n");
			for (Feedback item : items) {
				text.append("- ").append(item.documentId()).append(' ').append(line(item)).append('\n');
			}
		}
		return text.toString();
	}

	/**
	 * The student's dispute notes, one a line: the document, the item as the feedback words it (or that it no
	 * longer differs from the reference, e.g. after it was accepted), and the note.
	 */
	public static String disputeNotes(StudentGrade.Graded grade) {
		java.util.Map<Dispute, Feedback> items = grade.disputedItems();
		StringBuilder notes = new StringBuilder();
		for (Dispute d : grade.disputes()) {
			if (!notes.isEmpty()) {
				notes.append('\n');
			}
			Feedback item = items.get(d);
			notes.append(d.document()).append(' ').append(item == null ? "[" + d.start() + "-" + d.end()
					+ "] no longer differs from the reference" : line(item)).append(" -- note: ")
					.append(d.note().replace('\n', ' '));
		}
		for (ScoreDispute d : grade.scoreDisputes()) {
			if (!notes.isEmpty()) {
				notes.append('\n');
			}
			notes.append(scoreLine(grade, d)).append(" -- note: ").append(d.note().replace('\n', ' '));
		}
		return notes.toString();
	}

	/** A disputed score in words, with its figure: "the score of claim (overlap F1 0.5000)". */
	public static String scoreLine(StudentGrade.Graded grade, ScoreDispute dispute) {
		OptionalDouble f1 = grade.disputedF1(dispute);
		return dispute.subject() + (f1.isPresent() ? " (overlap F1 " + number(f1) + ")" : " (not graded)");
	}

	private static String figures(Counts overlap, Counts exact, AgreementResult kappa) {
		return "F1 " + number(overlap.f1()) + " (precision " + number(overlap.precision()) + ", recall "
				+ number(overlap.recall()) + "; exact boundaries F1 " + number(exact.f1()) + ")"
				+ (kappa == null ? "" : ", kappa " + number(kappa.value())) + "; " + overlap.truePositives()
				+ " of " + overlap.reference() + " reference spans found, " + overlap.submitted() + " tagged";
	}

	/** One item as the feedback words it, e.g. {@code missed [4-9] claim "text"}. */
	static String line(Feedback item) {
		return switch (item) {
			case Feedback.Missed m -> "missed " + where(m.reference()) + " " + m.reference().type() + " "
					+ quote(m.reference());
			case Feedback.Extra e -> "added " + where(e.submitted()) + " " + e.submitted().type() + " "
					+ quote(e.submitted()) + ": the reference has no " + e.submitted().type() + " there";
			case Feedback.WrongType w -> "wrong type " + where(w.submitted()) + " you tagged " + w.submitted().type()
					+ " " + quote(w.submitted()) + ", the reference has " + w.reference().type() + " "
					+ quote(w.reference());
			case Feedback.BoundaryDifference b -> "boundary " + where(b.submitted()) + " " + b.submitted().type()
					+ " " + quote(b.submitted()) + ", the reference spans " + quote(b.reference());
			case Feedback.Matched m -> "found " + where(m.reference()) + " " + quote(m.reference());
		};
	}

	private static String where(Annotation a) {
		return "[" + a.start() + "-" + a.end() + "]";
	}

	private static String quote(Annotation a) {
		return a.spans().stream().map(Span::quote).map(q -> "\"" + q.replace('\n', ' ') + "\"")
				.collect(Collectors.joining(" ... "));
	}

	private static String number(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "n/a";
	}
}
