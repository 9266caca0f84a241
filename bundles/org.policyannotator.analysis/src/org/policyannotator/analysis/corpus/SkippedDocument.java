package org.policyannotator.analysis.corpus;

import java.util.List;

/**
 * A document left out of the agreement because not every chosen annotator has an annotation set for it.
 *
 * @param documentId        the document
 * @param missingAnnotators the chosen annotators without a set for it, sorted
 */
public record SkippedDocument(String documentId, List<String> missingAnnotators) {

	/** Copies the list. */
	public SkippedDocument {
		missingAnnotators = List.copyOf(missingAnnotators);
	}
}
