package org.policyannotator.analysis.scoring;

import java.util.OptionalDouble;

/**
 * Match counts of a submission against a reference, and the figures derived from them.
 *
 * @param truePositives  submitted annotations matched to a reference annotation (one-to-one)
 * @param falsePositives submitted annotations not matched
 * @param falseNegatives reference annotations not matched
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {
	/** No annotations at all. */
	public static final Counts ZERO = new Counts(0, 0, 0);

	/** Rejects negative counts. */
	public Counts {
		if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
	}

	/** tp / (tp + fp); empty when nothing was submitted. */
	public OptionalDouble precision() {
		int submitted = truePositives + falsePositives;
		return submitted == 0 ? OptionalDouble.empty() : OptionalDouble.of(truePositives / (double) submitted);
	}

	/** tp / (tp + fn); empty when the reference has nothing. */
	public OptionalDouble recall() {
		int reference = truePositives + falseNegatives;
		return reference == 0 ? OptionalDouble.empty() : OptionalDouble.of(truePositives / (double) reference);
	}

	/**
	 * 2 tp / (2 tp + fp + fn), the harmonic mean of precision and recall where both exist and 0 when one side is
	 * empty but the other is not; empty only when neither reference nor submission has anything.
	 */
	public OptionalDouble f1() {
		int denominator = 2 * truePositives + falsePositives + falseNegatives;
		return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(2.0 * truePositives / denominator);
	}

	/** Number of submitted annotations (tp + fp). */
	public int submitted() {
		return truePositives + falsePositives;
	}

	/** Number of reference annotations (tp + fn). */
	public int reference() {
		return truePositives + falseNegatives;
	}

	/** The sum of both counts (micro-averaging). */
	public Counts plus(Counts other) {
		return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
				falseNegatives + other.falseNegatives);
	}
}
