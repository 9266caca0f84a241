package org.policyannotator.ui.compare;

import java.util.Optional;

import org.policyannotator.model.Annotation;

/**
 * One place where two annotators' annotations were compared: a pair (match, attributes, boundary, type) or an
 * annotation of one side only.
 *
 * @param kind   how they relate
 * @param left   the left (A) annotator's annotation, if any
 * @param right  the right (B) annotator's annotation, if any
 * @param detail what differs, for people ("" for a plain match)
 */
public record Difference(DifferenceKind kind, Optional<Annotation> left, Optional<Annotation> right, String detail) {

	/** Checks that a pair has both sides and a one-sided difference only its own. */
	public Difference {
		boolean pair = kind != DifferenceKind.ONLY_LEFT && kind != DifferenceKind.ONLY_RIGHT;
		if (pair ? left.isEmpty() || right.isEmpty()
				: left.isPresent() == right.isPresent() || (kind == DifferenceKind.ONLY_LEFT) != left.isPresent()) {
			throw new IllegalArgumentException(kind + " with left " + left + " and right " + right);
		}
	}

	/** Where it starts in the text: the earlier of the two sides. */
	public int start() {
		int l = left.map(Annotation::start).orElse(Integer.MAX_VALUE);
		int r = right.map(Annotation::start).orElse(Integer.MAX_VALUE);
		return Math.min(l, r);
	}
}
