package org.policyannotator.analysis.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement between annotators on a selection of documents: overall, per document, per type and pairwise.
 *
 * @param annotators annotators compared, sorted
 * @param types      tag types compared, in schema order
 * @param documents  documents included (every annotator has a set for each), sorted
 * @param skipped    documents left out because some annotator has no set for them
 * @param overall    all included documents together
 * @param byDocument per included document, in the order of {@code documents}
 * @param pairs      every pair of annotators (first before second in {@code annotators}), all types, all documents
 */
public record CorpusAgreementReport(List<String> annotators, List<String> types, List<String> documents,
		List<SkippedDocument> skipped, ScopeAgreement overall, Map<String, ScopeAgreement> byDocument,
		List<PairAgreement> pairs) {

	/** Copies the collections. */
	public CorpusAgreementReport {
		annotators = List.copyOf(annotators);
		types = List.copyOf(types);
		documents = List.copyOf(documents);
		skipped = List.copyOf(skipped);
		byDocument = Collections.unmodifiableMap(new LinkedHashMap<>(byDocument));
		pairs = List.copyOf(pairs);
	}

	/** The pair cell of annotators {@code a} and {@code b} (in either order), if both were compared. */
	public java.util.Optional<PairAgreement> pair(String a, String b) {
		return pairs.stream().filter(p -> (p.first().equals(a) && p.second().equals(b))
				|| (p.first().equals(b) && p.second().equals(a))).findFirst();
	}
}
