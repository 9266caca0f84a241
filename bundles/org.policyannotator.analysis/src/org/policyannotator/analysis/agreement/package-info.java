/**
 * Agreement coefficients for coded units: percentage agreement, Cohen's kappa, Scott's pi, Fleiss' kappa and
 * Krippendorff's alpha (nominal, ordinal, interval, ratio). Input is a {@link ReliabilityData} table (units x coders,
 * missing values allowed); output an {@link AgreementResult} whose value is empty, with a reason, when the coefficient
 * is undefined for the data. Data a measure cannot take at all (Cohen's kappa with three coders, text values at the
 * interval level) is rejected with an {@link IllegalArgumentException} whose message says why.
 */
package org.policyannotator.analysis.agreement;
