package org.policyannotator.analysis.corpus;

/**
 * Agreement of two annotators over all included documents and all compared types: one cell of the pairwise matrix.
 *
 * @param first        annotator of the row
 * @param second       annotator of the column
 * @param coefficients unitizing alpha, token alpha and token Cohen's kappa of the two
 */
public record PairAgreement(String first, String second, Coefficients coefficients) {
}
