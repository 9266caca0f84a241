package org.policyannotator.analysis.corpus;

import java.util.Optional;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.agreement.CohenKappa;
import org.policyannotator.analysis.agreement.FleissKappa;
import org.policyannotator.analysis.agreement.KrippendorffAlpha;
import org.policyannotator.analysis.agreement.Level;
import org.policyannotator.analysis.agreement.PercentAgreement;
import org.policyannotator.analysis.agreement.ReliabilityData;

/**
 * The coding agreement on sentence units for one variable (all codes together, or one code against the rest):
 * percentage agreement, Cohen's kappa (two annotators only), Fleiss' kappa and Krippendorff's nominal alpha.
 *
 * @param units      units compared
 * @param percent    percentage agreement
 * @param cohenKappa Cohen's kappa, for exactly two annotators
 * @param fleissKappa Fleiss' kappa
 * @param alpha      Krippendorff's alpha, nominal
 */
public record UnitFigures(int units, AgreementResult percent, Optional<AgreementResult> cohenKappa,
		AgreementResult fleissKappa, AgreementResult alpha) {

	/** The figures of reliability data (units x annotators, no missing values). */
	public static UnitFigures of(ReliabilityData data) {
		return new UnitFigures(data.unitCount(), PercentAgreement.compute(data),
				data.coderCount() == 2 ? Optional.of(CohenKappa.compute(data)) : Optional.empty(),
				FleissKappa.compute(data), KrippendorffAlpha.compute(data, Level.NOMINAL));
	}
}
