package org.policyannotator.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.scoring.Scoring;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;

/**
 * The differences between two annotators' sets of one document, from {@link Scoring} with the left set as
 * reference: exact pairs are matches unless their attributes differ; boundary and type pairs; one-sided annotations.
 */
public final class Differences {
	private Differences() {
	}

	/** All differences (matches included), in text order. */
	public static List<Difference> between(AnnotationSet left, AnnotationSet right, int textLength) {
		List<Difference> differences = new ArrayList<>();
		for (Feedback item : Scoring.score(left, right, textLength).feedback()) {
			differences.add(switch (item) {
			case Feedback.Matched m -> matched(m.reference(), m.submitted());
			case Feedback.BoundaryDifference b -> pair(DifferenceKind.BOUNDARY, b.reference(), b.submitted(),
					"start " + signed(b.startShift()) + ", end " + signed(b.endShift()));
			case Feedback.WrongType w -> pair(DifferenceKind.TYPE, w.reference(), w.submitted(),
					w.reference().type() + " vs " + w.submitted().type());
			case Feedback.Missed m -> new Difference(DifferenceKind.ONLY_LEFT, Optional.of(m.reference()),
					Optional.empty(), "");
			case Feedback.Extra e -> new Difference(DifferenceKind.ONLY_RIGHT, Optional.empty(),
					Optional.of(e.submitted()), "");
			});
		}
		return List.copyOf(differences);
	}

	private static Difference matched(Annotation left, Annotation right) {
		List<String> differing = differingAttributes(left, right);
		return differing.isEmpty() ? pair(DifferenceKind.MATCH, left, right, "")
				: pair(DifferenceKind.ATTRIBUTES, left, right, String.join(", ", differing));
	}

	/** Names of the attributes that only one side has or that have different values, sorted. */
	static List<String> differingAttributes(Annotation left, Annotation right) {
		TreeSet<String> names = new TreeSet<>(left.attributes().keySet());
		names.addAll(right.attributes().keySet());
		return names.stream().filter(n -> !left.attribute(n).equals(right.attribute(n))).toList();
	}

	private static Difference pair(DifferenceKind kind, Annotation left, Annotation right, String detail) {
		return new Difference(kind, Optional.of(left), Optional.of(right), detail);
	}

	private static String signed(int shift) {
		return shift > 0 ? "+" + shift : Integer.toString(shift);
	}
}
