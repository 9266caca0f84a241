package org.policyannotator.ui.feedback;

import java.util.Optional;

import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.model.Annotation;

/**
 * One thing a student did differently from the reference, as the feedback view lists it.
 *
 * @param kind        "missed", "extra", "wrong type" or "boundary"
 * @param annotation  the student's annotation, or the reference annotation for a missed one
 * @param detail      what is wrong, for people
 * @param studentsOwn whether {@code annotation} is in the student's set (it can then be selected in the editor)
 */
public record FeedbackItem(String kind, Annotation annotation, String detail, boolean studentsOwn) {

	/** The item of a scoring feedback, empty for a match. */
	public static Optional<FeedbackItem> of(Feedback feedback) {
		return switch (feedback) {
		case Feedback.Matched m -> Optional.empty();
		case Feedback.Missed m -> Optional.of(new FeedbackItem("missed", m.reference(),
				"the reference tags this as " + m.reference().type(), false));
		case Feedback.Extra e -> Optional.of(new FeedbackItem("extra", e.submitted(),
				"the reference has no " + e.submitted().type() + " here", true));
		case Feedback.WrongType w -> Optional.of(new FeedbackItem("wrong type", w.submitted(),
				"tagged " + w.submitted().type() + ", the reference says " + w.reference().type(), true));
		case Feedback.BoundaryDifference b -> Optional.of(new FeedbackItem("boundary", b.submitted(),
				"reference span: " + b.reference().start() + "-" + b.reference().end() + " (start "
						+ signed(b.startShift()) + ", end " + signed(b.endShift()) + ")",
				true));
		};
	}

	private static String signed(int shift) {
		return shift > 0 ? "+" + shift : Integer.toString(shift);
	}
}
