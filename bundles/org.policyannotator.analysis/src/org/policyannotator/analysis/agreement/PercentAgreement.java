package org.policyannotator.analysis.agreement;

import java.util.Optional;
import java.util.OptionalDouble;

import org.policyannotator.analysis.agreement.internal.CodedValues;
import org.policyannotator.analysis.agreement.internal.Results;

/**
 * Percentage agreement: the share of pairable values that agree with the other values of their unit. Each unit with
 * m values contributes its agreeing ordered pairs weighted by 1/(m-1), as in Krippendorff's coincidence matrix, so the
 * result equals 1 - Do of nominal alpha. For two coders without missing values this is the plain proportion of units
 * both coders coded alike. Units with fewer than two values are dropped.
 */
public final class PercentAgreement {
	private PercentAgreement() {
	}

	/** Computes percentage agreement; undefined for fewer than two coders or without a unit with two values. */
	public static AgreementResult compute(ReliabilityData data) {
		CodedValues coded = CodedValues.of(data, Level.NOMINAL);
		double agreeing = 0;
		long pairable = 0;
		int units = 0;
		int[] counts = new int[coded.categoryCount()];
		for (int u = 0; u < coded.unitCount(); u++) {
			int[] unit = coded.unit(u);
			int m = CodedValues.count(unit);
			if (m < 2) {
				continue;
			}
			units++;
			pairable += m;
			for (int value : unit) {
				if (value != CodedValues.MISSING) {
					counts[value]++;
				}
			}
			long agreeingPairs = 0;
			for (int value : unit) {
				if (value != CodedValues.MISSING && counts[value] > 0) {
					agreeingPairs += (long) counts[value] * (counts[value] - 1);
					counts[value] = 0;
				}
			}
			agreeing += agreeingPairs / (double) (m - 1);
		}
		int dropped = coded.unitCount() - units;
		if (data.coderCount() < 2) {
			return Results.undefined(Measure.PERCENT, Level.NOMINAL, Quantity.AGREEMENT,
					"percentage agreement needs at least two coders; the data has one", 0, dropped, data.coderCount());
		}
		if (units == 0) {
			return Results.undefined(Measure.PERCENT, Level.NOMINAL, Quantity.AGREEMENT,
					"no unit has values from two coders", 0, dropped, data.coderCount());
		}
		double value = agreeing / pairable;
		return new AgreementResult(Measure.PERCENT, Level.NOMINAL, OptionalDouble.of(value), Optional.empty(),
				Quantity.AGREEMENT, OptionalDouble.of(value), OptionalDouble.empty(), units, dropped, data.coderCount());
	}
}
