package org.policyannotator.analysis.agreement;

import java.util.List;

import org.policyannotator.analysis.agreement.internal.CodedValues;
import org.policyannotator.analysis.agreement.internal.Results;

/**
 * Fleiss' (1971) kappa for two or more coders: P = mean over units of the proportion of agreeing coder pairs,
 * Pe = sum of squared category proportions, kappa = (P - Pe) / (1 - Pe). Fleiss' formula needs the same number of
 * values in every unit, so units where any coder gave no value are dropped; {@link AgreementResult#unitsDropped()} says
 * how many. With missing values prefer {@link KrippendorffAlpha}.
 */
public final class FleissKappa {
	private FleissKappa() {
	}

	/** Computes Fleiss' kappa; undefined for one coder, no complete unit, or every value in one category. */
	public static AgreementResult compute(ReliabilityData data) {
		CodedValues coded = CodedValues.of(data, Level.NOMINAL);
		List<int[]> complete = coded.completeUnits();
		int dropped = coded.unitCount() - complete.size();
		int raters = data.coderCount();
		if (raters < 2) {
			return Results.undefined(Measure.FLEISS_KAPPA, Level.NOMINAL, Quantity.AGREEMENT,
					"Fleiss' kappa needs at least two coders; the data has one", 0, coded.unitCount(), raters);
		}
		if (complete.isEmpty()) {
			return Results.undefined(Measure.FLEISS_KAPPA, Level.NOMINAL, Quantity.AGREEMENT,
					"no unit has values from all " + raters + " coders", 0, dropped, raters);
		}
		long[] totals = new long[coded.categoryCount()];
		int[] counts = new int[coded.categoryCount()];
		double sumP = 0;
		for (int[] unit : complete) {
			long agreeingPairs = 0;
			for (int value : unit) {
				counts[value]++;
				totals[value]++;
			}
			for (int value : unit) {
				agreeingPairs += (long) counts[value] * (counts[value] - 1);
				counts[value] = 0;
			}
			sumP += agreeingPairs / (double) ((long) raters * (raters - 1));
		}
		double observed = sumP / complete.size();
		double values = (double) complete.size() * raters;
		double expected = 0;
		for (long total : totals) {
			expected += (total / values) * (total / values);
		}
		return Results.chanceCorrected(Measure.FLEISS_KAPPA, observed, expected, complete.size(), dropped, raters);
	}
}
