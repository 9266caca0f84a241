package org.policyannotator.ui.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.policyannotator.analysis.exercise.FeedbackFile;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;

/**
 * One thing a student did differently from the reference, as the feedback view lists it.
 *
 * @param kind        "missed", "extra", "wrong type" or "boundary" ("added" for a graded extra)
 * @param annotation  the student's annotation, or the reference annotation for a missed one
 * @param detail      what is wrong, for people
 * @param studentsOwn whether {@code annotation} is in the student's set (it can then be selected in the editor)
 * @param graded      the item of the instructor's grading it shows, which the student can dispute; empty for an item
 *                    computed live against a reference set
 */
public record FeedbackItem(String kind, Annotation annotation, String detail, boolean studentsOwn,
		Optional<FeedbackFile.Item> graded) {

	/** The item of a scoring feedback, empty for a match. */
	public static Optional<FeedbackItem> of(Feedback feedback) {
		return switch (feedback) {
		case Feedback.Matched m -> Optional.empty();
		case Feedback.Missed m -> live("missed", m.reference(), "the reference tags this as " + m.reference().type(),
				false);
		case Feedback.Extra e -> live("extra", e.submitted(), "the reference has no " + e.submitted().type() + " here",
				true);
		case Feedback.WrongType w -> live("wrong type", w.submitted(),
				"tagged " + w.submitted().type() + ", the reference says " + w.reference().type(), true);
		case Feedback.BoundaryDifference b -> live("boundary", b.submitted(),
				"reference span: " + b.reference().start() + "-" + b.reference().end() + " (start "
						+ signed(b.startShift()) + ", end " + signed(b.endShift()) + ")",
				true);
		};
	}

	/** An item of the instructor's grading, placed in {@code text} (the document's text) for the editor. */
	public static FeedbackItem of(FeedbackFile.Item item, String text, String student) {
		int end = Math.min(item.end(), text.length());
		int start = Math.min(item.start(), end);
		Annotation at = Annotation.of("graded-" + item.start() + "-" + item.end(), item.type(),
				List.of(start < end ? Span.of(text, start, end) : new Span(item.start(), item.end(), item.text(), "", "")),
				student, Instant.EPOCH);
		return new FeedbackItem(item.kind(), at, item.detail(), false, Optional.of(item));
	}

	private static Optional<FeedbackItem> live(String kind, Annotation annotation, String detail, boolean own) {
		return Optional.of(new FeedbackItem(kind, annotation, detail, own, Optional.empty()));
	}

	private static String signed(int shift) {
		return shift > 0 ? "+" + shift : Integer.toString(shift);
	}
}
