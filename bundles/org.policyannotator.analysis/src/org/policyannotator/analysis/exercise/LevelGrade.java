package org.policyannotator.analysis.exercise;

import java.util.List;
import java.util.Optional;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.corpus.Coefficients;
import org.policyannotator.analysis.corpus.ScopeAgreement;
import org.policyannotator.analysis.scoring.Score;

/**
 * A submission's grade at one level of a hierarchical codebook: every annotation, the student's and the
 * reference's, counts as the code it stands for at that level, so a student who chose the right topic but another
 * subtopic than the reference is right at the topic's level.
 *
 * @param level     1 for the top level
 * @param codes     the codes of that level the graded codes roll up to
 * @param score     the score over all exercise documents with the codes rolled up
 * @param agreement token agreement with the reference at that level, pooled and per code
 */
public record LevelGrade(int level, List<String> codes, Score score, ScopeAgreement agreement) {

	/** Copies the list. */
	public LevelGrade {
		codes = List.copyOf(codes);
	}

	/** Cohen's kappa on the tokens at this level, pooled over its codes. */
	public AgreementResult kappa() {
		return agreement.allTypes().tokenKappa().orElseThrow();
	}

	/** Cohen's kappa on the tokens for one code of this level; empty if the code is not one of them. */
	public Optional<AgreementResult> kappa(String code) {
		return Optional.ofNullable(agreement.byType().get(code)).flatMap(Coefficients::tokenKappa);
	}
}
