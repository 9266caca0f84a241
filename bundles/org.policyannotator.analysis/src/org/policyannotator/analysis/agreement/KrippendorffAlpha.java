package org.policyannotator.analysis.agreement;

import java.util.Optional;
import java.util.OptionalDouble;

import org.policyannotator.analysis.agreement.internal.CodedValues;
import org.policyannotator.analysis.agreement.internal.Difference;
import org.policyannotator.analysis.agreement.internal.Results;

/**
 * Krippendorff's alpha = 1 - Do / De for any number of coders, missing values allowed, at the nominal, ordinal,
 * interval or ratio level (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). Only units with at least
 * two values are pairable; the others are counted in {@link AgreementResult#unitsDropped()}. Observed and expected
 * figures are disagreements. Ordinal, interval and ratio values must be numbers (ordinal ranks are ordered
 * numerically); ratio values must not be negative.
 */
public final class KrippendorffAlpha {
	private KrippendorffAlpha() {
	}

	/**
	 * Computes alpha; undefined when there are no pairable values or all pairable values are the same (De = 0).
	 *
	 * @throws IllegalArgumentException when a value does not suit {@code level} (see class comment)
	 */
	public static AgreementResult compute(ReliabilityData data, Level level) {
		CodedValues coded = CodedValues.of(data, level);
		int categories = coded.categoryCount();
		long[] marginals = new long[categories];
		long n = 0;
		int units = 0;
		for (int u = 0; u < coded.unitCount(); u++) {
			int[] unit = coded.unit(u);
			int m = CodedValues.count(unit);
			if (m < 2) {
				continue;
			}
			units++;
			n += m;
			for (int value : unit) {
				if (value != CodedValues.MISSING) {
					marginals[value]++;
				}
			}
		}
		int dropped = coded.unitCount() - units;
		if (units == 0) {
			String reason = data.coderCount() < 2 ? "alpha needs at least two coders; the data has one"
					: "no unit has values from two coders, so there is nothing to compare";
			return Results.undefined(Measure.KRIPPENDORFF_ALPHA, level, Quantity.DISAGREEMENT, reason, 0, dropped,
					data.coderCount());
		}
		Difference difference = new Difference(level, coded, marginals);
		double observed = observedDisagreement(coded, difference) / n;
		double expected = expectedDisagreement(level, coded, marginals, n, difference);
		if (expected == 0.0) {
			return new AgreementResult(Measure.KRIPPENDORFF_ALPHA, level, OptionalDouble.empty(),
					Optional.of("all pairable values are the same, so there is no variation to agree on"
							+ " and alpha is undefined"),
					Quantity.DISAGREEMENT, OptionalDouble.of(observed), OptionalDouble.of(expected), units, dropped,
					data.coderCount());
		}
		return new AgreementResult(Measure.KRIPPENDORFF_ALPHA, level, OptionalDouble.of(1.0 - observed / expected),
				Optional.empty(), Quantity.DISAGREEMENT, OptionalDouble.of(observed), OptionalDouble.of(expected),
				units, dropped, data.coderCount());
	}

	/** Sum over units of sum over ordered value pairs from different coders of delta^2 / (m_u - 1). */
	private static double observedDisagreement(CodedValues coded, Difference difference) {
		double total = 0;
		for (int u = 0; u < coded.unitCount(); u++) {
			int[] unit = coded.unit(u);
			int m = CodedValues.count(unit);
			if (m < 2) {
				continue;
			}
			double unitSum = 0;
			for (int a = 0; a < unit.length; a++) {
				if (unit[a] == CodedValues.MISSING) {
					continue;
				}
				for (int b = a + 1; b < unit.length; b++) {
					if (unit[b] != CodedValues.MISSING) {
						unitSum += 2 * difference.squared(unit[a], unit[b]);
					}
				}
			}
			total += unitSum / (m - 1);
		}
		return total;
	}

	/** Sum over category pairs of n_c n_k delta^2 / (n (n - 1)). Closed forms for nominal and interval. */
	private static double expectedDisagreement(Level level, CodedValues coded, long[] marginals, long n,
			Difference difference) {
		double pairs = (double) n * (n - 1);
		if (level == Level.NOMINAL) {
			double sameSquared = 0;
			for (long marginal : marginals) {
				sameSquared += (double) marginal * marginal;
			}
			return ((double) n * n - sameSquared) / pairs;
		}
		if (level == Level.INTERVAL) {
			double mean = 0;
			for (int c = 0; c < marginals.length; c++) {
				mean += marginals[c] * coded.number(c);
			}
			mean /= n;
			double squares = 0;
			for (int c = 0; c < marginals.length; c++) {
				double d = coded.number(c) - mean;
				squares += marginals[c] * d * d;
			}
			return 2.0 * n * squares / pairs;
		}
		double total = 0;
		for (int c = 0; c < marginals.length; c++) {
			if (marginals[c] == 0) {
				continue;
			}
			for (int k = c + 1; k < marginals.length; k++) {
				total += 2.0 * marginals[c] * marginals[k] * difference.squared(c, k);
			}
		}
		return total / pairs;
	}
}
