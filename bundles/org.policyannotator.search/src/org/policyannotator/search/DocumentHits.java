package org.policyannotator.search;

import java.util.List;

/** The hits in one document, in text order, as a search delivers them. */
public record DocumentHits(String documentId, String title, List<Hit> hits) {

	public DocumentHits {
		hits = List.copyOf(hits);
	}
}
