package org.policyannotator.search.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index brought up to date with the corpus files: documents and sets read from it or re-read. A document that
 * could not be read, or whose set could not, is not in it (a search reads it the slow way, which reports why).
 *
 * @param unindexed keys ({@link IndexedSet#key}) of set files that exist but could not be read
 */
public record IndexView(Map<String, IndexedDocument> documents, Map<String, IndexedSet> sets, Set<String> unindexed) {

	/** No index: every document is read the slow way. */
	public static final IndexView NONE = new IndexView(Map.of(), Map.of(), Set.of());

	/** The document with every one of the annotators' sets, if the index holds all of them. */
	public Optional<IndexedDocument> complete(String documentId, List<String> annotators) {
		IndexedDocument document = documents.get(documentId);
		if (document == null) {
			return Optional.empty();
		}
		for (String annotator : annotators) {
			if (unindexed.contains(IndexedSet.key(annotator, documentId))) {
				return Optional.empty();
			}
		}
		return Optional.of(document);
	}

	/** An annotator's annotations of a document; none when there is no set. */
	public List<IndexedAnnotation> annotations(String annotator, String documentId) {
		IndexedSet set = sets.get(IndexedSet.key(annotator, documentId));
		return set == null ? List.of() : set.annotations();
	}
}
