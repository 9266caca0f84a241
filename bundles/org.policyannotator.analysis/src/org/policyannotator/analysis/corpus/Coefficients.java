package org.policyannotator.analysis.corpus;

import java.util.Optional;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.unitizing.UnitizingCoefficient;

/**
 * The agreement figures of one scope (corpus, document or annotator pair) and one tag type or all types together.
 * Every coefficient carries its own reason when it is undefined; no figure is NaN.
 *
 * @param unitizingAlpha Krippendorff's unitizing alpha on the text (continuum = UTF-16 units)
 * @param tokenAlpha     Krippendorff's alpha (nominal) over tokens labelled with the covering type or "none"
 * @param tokenKappa     Cohen's kappa over the same tokens; present only when exactly two annotators are compared
 * @param annotations    annotations that entered the figures (all annotators together)
 * @param tokens         tokens (units of the token coefficients)
 */
public record Coefficients(UnitizingCoefficient unitizingAlpha, AgreementResult tokenAlpha,
		Optional<AgreementResult> tokenKappa, int annotations, int tokens) {

	/** Rejects nulls. */
	public Coefficients {
		if (unitizingAlpha == null || tokenAlpha == null || tokenKappa == null) {
			throw new IllegalArgumentException("coefficients must not be null");
		}
	}
}
