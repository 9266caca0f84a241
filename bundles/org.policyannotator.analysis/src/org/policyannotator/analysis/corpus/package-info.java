/**
 * Agreement between the annotators of a corpus on spans: Krippendorff's unitizing alpha on the text and token-based
 * Krippendorff's alpha and Cohen's kappa, overall, per document, per tag type and per annotator pair. Read a
 * selection with {@link org.policyannotator.analysis.corpus.AgreementSelection#read}, then
 * {@link org.policyannotator.analysis.corpus.AgreementSelection#compute()}.
 */
package org.policyannotator.analysis.corpus;
