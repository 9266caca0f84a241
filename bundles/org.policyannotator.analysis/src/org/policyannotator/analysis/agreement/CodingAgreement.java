package org.policyannotator.analysis.agreement;

/** One entry point for all coefficients of this package, e.g. for a command line that takes the measure as a word. */
public final class CodingAgreement {
	private CodingAgreement() {
	}

	/**
	 * Computes {@code measure} on {@code data}.
	 *
	 * @param level only Krippendorff's alpha uses it; the others are nominal coefficients
	 * @throws IllegalArgumentException when the data does not suit the measure or level (see each coefficient)
	 */
	public static AgreementResult compute(Measure measure, Level level, ReliabilityData data) {
		if (level != Level.NOMINAL && !measure.supportsLevels()) {
			throw new IllegalArgumentException(
					measure.displayName() + " is a nominal coefficient; only krippendorff-alpha takes a level");
		}
		return switch (measure) {
			case PERCENT -> PercentAgreement.compute(data);
			case COHEN_KAPPA -> CohenKappa.compute(data);
			case SCOTT_PI -> ScottPi.compute(data);
			case FLEISS_KAPPA -> FleissKappa.compute(data);
			case KRIPPENDORFF_ALPHA -> KrippendorffAlpha.compute(data, level);
		};
	}
}
