package org.policyannotator.analysis.agreement.internal;

import java.util.Optional;
import java.util.OptionalDouble;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.agreement.Level;
import org.policyannotator.analysis.agreement.Measure;
import org.policyannotator.analysis.agreement.Quantity;

/** Builds {@link AgreementResult}s for the chance-corrected agreement coefficients. */
public final class Results {
	private Results() {
	}

	/** (Ao - Ae) / (1 - Ae), undefined when Ae is 1 (every value in one category). */
	public static AgreementResult chanceCorrected(Measure measure, double observed, double expected, int units,
			int dropped, int coders) {
		if (expected >= 1.0) {
			return new AgreementResult(measure, Level.NOMINAL, OptionalDouble.empty(),
					Optional.of("expected agreement is 1: all values fall in a single category, so "
							+ measure.displayName() + " is undefined"),
					Quantity.AGREEMENT, OptionalDouble.of(observed), OptionalDouble.of(expected), units, dropped, coders);
		}
		double value = (observed - expected) / (1.0 - expected);
		return new AgreementResult(measure, Level.NOMINAL, OptionalDouble.of(value), Optional.empty(),
				Quantity.AGREEMENT, OptionalDouble.of(observed), OptionalDouble.of(expected), units, dropped, coders);
	}

	/** A result without value or figures, e.g. for data without a single complete unit. */
	public static AgreementResult undefined(Measure measure, Level level, Quantity quantity, String reason,
			int units, int dropped, int coders) {
		return new AgreementResult(measure, level, OptionalDouble.empty(), Optional.of(reason), quantity,
				OptionalDouble.empty(), OptionalDouble.empty(), units, dropped, coders);
	}
}
