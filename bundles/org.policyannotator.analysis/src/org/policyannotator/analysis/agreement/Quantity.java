package org.policyannotator.analysis.agreement;

/** Whether the observed and expected figures of an {@link AgreementResult} are agreements or disagreements. */
public enum Quantity {
	/** Observed and expected agreement (percentage agreement, kappa, pi): value = (Ao - Ae) / (1 - Ae). */
	AGREEMENT,
	/** Observed and expected disagreement (Krippendorff's alpha): value = 1 - Do / De. */
	DISAGREEMENT;

	/** Lower-case name for output, e.g. {@code disagreement}. */
	public String id() {
		return this == AGREEMENT ? "agreement" : "disagreement";
	}
}
