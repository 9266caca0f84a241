package org.policyannotator.analysis.agreement;

import java.util.List;

import org.policyannotator.analysis.agreement.internal.CodedValues;

/**
 * The contingency counts of two coders over the units both coded; shared by Cohen's kappa and Scott's pi.
 * Package-private helper.
 */
record TwoCoderTable(long[] first, long[] second, long agreeing, int units, int dropped) {

	static TwoCoderTable of(ReliabilityData data, Measure measure) {
		if (data.coderCount() != 2) {
			throw new IllegalArgumentException(measure.displayName() + " needs exactly 2 coders, the data has "
					+ data.coderCount() + " (" + String.join(", ", data.coders())
					+ "); use fleiss-kappa or krippendorff-alpha for more coders");
		}
		CodedValues coded = CodedValues.of(data, Level.NOMINAL);
		List<int[]> complete = coded.completeUnits();
		long[] first = new long[coded.categoryCount()];
		long[] second = new long[coded.categoryCount()];
		long agreeing = 0;
		for (int[] unit : complete) {
			first[unit[0]]++;
			second[unit[1]]++;
			if (unit[0] == unit[1]) {
				agreeing++;
			}
		}
		return new TwoCoderTable(first, second, agreeing, complete.size(), coded.unitCount() - complete.size());
	}

	AgreementResult noUnits(Measure measure) {
		return org.policyannotator.analysis.agreement.internal.Results.undefined(measure, Level.NOMINAL,
				Quantity.AGREEMENT, "no unit has values from both coders", 0, dropped, 2);
	}

	double observed() {
		return agreeing / (double) units;
	}
}
