package org.policyannotator.export;

import java.util.List;
import java.util.Map;

import org.policyannotator.model.Document;

/**
 * One document of an export with the annotations of every selected annotator.
 *
 * @param document   the document (its text is written only if the options say so)
 * @param annotators one entry per annotator that has a set for the document, sorted by annotator name
 * @param documentCodes the codes each selected annotator gave the whole document (document-level codes), by
 *                   annotator name (sorted); annotators without any are left out
 */
public record DocumentEntry(Document document, List<AnnotatorEntry> annotators,
		Map<String, List<String>> documentCodes) {

	/** Copies the list and the map. */
	public DocumentEntry {
		if (document == null) {
			throw new IllegalArgumentException("document must not be null");
		}
		annotators = List.copyOf(annotators);
		documentCodes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(documentCodes));
	}

	/** A document without document-level codes. */
	public DocumentEntry(Document document, List<AnnotatorEntry> annotators) {
		this(document, annotators, Map.of());
	}
}
