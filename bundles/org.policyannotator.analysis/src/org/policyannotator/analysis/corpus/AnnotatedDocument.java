package org.policyannotator.analysis.corpus;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;

/**
 * One document with the annotation set of every annotator compared on it.
 *
 * @param document the document (its text is the continuum and the source of tokens)
 * @param sets     annotation set by annotator name; every set must belong to {@code document}
 */
public record AnnotatedDocument(Document document, Map<String, AnnotationSet> sets) {

	/** Checks that the sets belong to the document and copies the map (sorted by annotator). */
	public AnnotatedDocument {
		if (document == null || sets == null) {
			throw new IllegalArgumentException("document and sets must not be null");
		}
		for (Map.Entry<String, AnnotationSet> e : sets.entrySet()) {
			if (!e.getValue().documentId().equals(document.id())) {
				throw new IllegalArgumentException("the set of " + e.getKey() + " belongs to document "
						+ e.getValue().documentId() + ", not " + document.id());
			}
		}
		sets = Collections.unmodifiableMap(new TreeMap<>(sets));
	}

	/** The document id. */
	public String id() {
		return document.id();
	}
}
