package org.policyannotator.analysis.agreement;

import org.policyannotator.analysis.agreement.internal.Results;

/**
 * Scott's (1955) pi for exactly two coders: (Ao - Ae) / (1 - Ae) with Ae = sum over categories of the squared pooled
 * proportion of both coders. Units where either coder gave no value are dropped; {@link AgreementResult#unitsDropped()}
 * says how many. For more coders use {@link FleissKappa}, its generalisation.
 */
public final class ScottPi {
	private ScottPi() {
	}

	/**
	 * Computes Scott's pi; undefined when no unit has both values or every value is in one category.
	 *
	 * @throws IllegalArgumentException when the data does not have exactly two coders
	 */
	public static AgreementResult compute(ReliabilityData data) {
		TwoCoderTable table = TwoCoderTable.of(data, Measure.SCOTT_PI);
		if (table.units() == 0) {
			return table.noUnits(Measure.SCOTT_PI);
		}
		double values = 2.0 * table.units();
		double expected = 0;
		for (int k = 0; k < table.first().length; k++) {
			double pooled = (table.first()[k] + table.second()[k]) / values;
			expected += pooled * pooled;
		}
		return Results.chanceCorrected(Measure.SCOTT_PI, table.observed(), expected, table.units(), table.dropped(),
				2);
	}
}
