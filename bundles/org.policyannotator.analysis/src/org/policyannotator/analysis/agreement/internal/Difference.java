package org.policyannotator.analysis.agreement.internal;

import org.policyannotator.analysis.agreement.Level;

/**
 * Krippendorff's squared difference functions (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
 * section C) over category indices of a {@link CodedValues}.
 */
public final class Difference {
	private final Level level;
	private final CodedValues values;
	private final double[] cumulative; // cumulative[g] = sum of marginals of categories below g (ordinal)
	private final long[] marginals;

	/**
	 * @param marginals n_c: how many pairable values fall in each category (used by the ordinal level)
	 */
	public Difference(Level level, CodedValues values, long[] marginals) {
		this.level = level;
		this.values = values;
		this.marginals = marginals;
		this.cumulative = new double[marginals.length + 1];
		for (int g = 0; g < marginals.length; g++) {
			cumulative[g + 1] = cumulative[g] + marginals[g];
		}
	}

	/** The squared difference between categories {@code c} and {@code k}. */
	public double squared(int c, int k) {
		if (c == k) {
			return 0.0;
		}
		return switch (level) {
			case NOMINAL -> 1.0;
			case ORDINAL -> {
				int low = Math.min(c, k);
				int high = Math.max(c, k);
				double between = cumulative[high + 1] - cumulative[low] - (marginals[low] + marginals[high]) / 2.0;
				yield between * between;
			}
			case INTERVAL -> {
				double d = values.number(c) - values.number(k);
				yield d * d;
			}
			case RATIO -> {
				double sum = values.number(c) + values.number(k);
				double d = sum == 0 ? 0.0 : (values.number(c) - values.number(k)) / sum;
				yield d * d;
			}
		};
	}
}
