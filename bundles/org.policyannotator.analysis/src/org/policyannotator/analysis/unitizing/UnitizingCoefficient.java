package org.policyannotator.analysis.unitizing;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Unitizing alpha for one category or for all categories together.
 *
 * @param value                 1 - Do / De; empty when undefined
 * @param observedDisagreement  Do
 * @param expectedDisagreement  De
 * @param undefinedReason       present exactly when {@code value} is empty
 */
public record UnitizingCoefficient(OptionalDouble value, double observedDisagreement, double expectedDisagreement,
		Optional<String> undefinedReason) {

	/** Checks that a value and a reason never come together. */
	public UnitizingCoefficient {
		if (value.isPresent() == undefinedReason.isPresent()) {
			throw new IllegalArgumentException("exactly one of value and undefinedReason must be present");
		}
	}

	/** alpha = 1 - Do / De, or undefined with {@code reasonIfNoExpected} when De is 0. */
	static UnitizingCoefficient of(double observed, double expected, String reasonIfNoExpected) {
		if (!(expected > 0)) {
			return new UnitizingCoefficient(OptionalDouble.empty(), observed, expected, Optional.of(reasonIfNoExpected));
		}
		return new UnitizingCoefficient(OptionalDouble.of(1.0 - observed / expected), observed, expected,
				Optional.empty());
	}

	static UnitizingCoefficient undefined(String reason) {
		return new UnitizingCoefficient(OptionalDouble.empty(), 0, 0, Optional.of(reason));
	}
}
