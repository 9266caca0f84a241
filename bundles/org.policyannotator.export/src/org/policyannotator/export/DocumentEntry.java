package org.policyannotator.export;

import java.util.List;

import org.policyannotator.model.Document;

/**
 * One document of an export with the annotations of every selected annotator.
 *
 * @param document   the document (its text is written only if the options say so)
 * @param annotators one entry per annotator that has a set for the document, sorted by annotator name
 */
public record DocumentEntry(Document document, List<AnnotatorEntry> annotators) {

	/** Copies the list. */
	public DocumentEntry {
		if (document == null) {
			throw new IllegalArgumentException("document must not be null");
		}
		annotators = List.copyOf(annotators);
	}
}
