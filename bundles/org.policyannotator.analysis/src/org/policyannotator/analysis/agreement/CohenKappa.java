package org.policyannotator.analysis.agreement;

import org.policyannotator.analysis.agreement.internal.Results;

/**
 * Cohen's (1960) kappa for exactly two coders: (Ao - Ae) / (1 - Ae) with Ae = sum over categories of the product of
 * the two coders' own proportions. Units where either coder gave no value are dropped;
 * {@link AgreementResult#unitsDropped()} says how many.
 */
public final class CohenKappa {
	private CohenKappa() {
	}

	/**
	 * Computes Cohen's kappa; undefined when no unit has both values or both coders put every unit in one and the same
	 * category.
	 *
	 * @throws IllegalArgumentException when the data does not have exactly two coders
	 */
	public static AgreementResult compute(ReliabilityData data) {
		TwoCoderTable table = TwoCoderTable.of(data, Measure.COHEN_KAPPA);
		if (table.units() == 0) {
			return table.noUnits(Measure.COHEN_KAPPA);
		}
		double n = table.units();
		double expected = 0;
		for (int k = 0; k < table.first().length; k++) {
			expected += (table.first()[k] / n) * (table.second()[k] / n);
		}
		return Results.chanceCorrected(Measure.COHEN_KAPPA, table.observed(), expected, table.units(),
				table.dropped(), 2);
	}
}
