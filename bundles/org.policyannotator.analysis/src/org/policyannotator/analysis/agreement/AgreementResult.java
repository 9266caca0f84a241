package org.policyannotator.analysis.agreement;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of one coefficient on one data set. When the coefficient is undefined for the data (one coder, no
 * pairable values, no variation) {@link #value()} is empty and {@link #undefinedReason()} says why; the value is never
 * NaN.
 *
 * @param measure         the coefficient
 * @param level           the level of measurement ({@link Level#NOMINAL} for all but Krippendorff's alpha)
 * @param value           the coefficient, empty when undefined
 * @param undefinedReason present exactly when {@code value} is empty
 * @param quantity        whether {@code observed}/{@code expected} are agreements or disagreements
 * @param observed        observed agreement or disagreement, empty when there was nothing to observe
 * @param expected        expected (chance) agreement or disagreement; empty for percentage agreement or no data
 * @param units           units that entered the computation
 * @param unitsDropped    units left out (missing values for Cohen, Scott, Fleiss; fewer than two values otherwise)
 * @param coders          number of coders in the data
 */
public record AgreementResult(Measure measure, Level level, OptionalDouble value, Optional<String> undefinedReason,
		Quantity quantity, OptionalDouble observed, OptionalDouble expected, int units, int unitsDropped, int coders) {

	/** Checks that a value and a reason never come together and that no figure is NaN. */
	public AgreementResult {
		Objects.requireNonNull(measure);
		Objects.requireNonNull(level);
		Objects.requireNonNull(quantity);
		if (value.isPresent() == undefinedReason.isPresent()) {
			throw new IllegalArgumentException("exactly one of value and undefinedReason must be present");
		}
		if (isNaN(value) || isNaN(observed) || isNaN(expected)) {
			throw new IllegalArgumentException("agreement figures must not be NaN");
		}
	}

	private static boolean isNaN(OptionalDouble d) {
		return d.isPresent() && Double.isNaN(d.getAsDouble());
	}

	/** Whether the coefficient has a value for the data. */
	public boolean isDefined() {
		return value.isPresent();
	}
}
