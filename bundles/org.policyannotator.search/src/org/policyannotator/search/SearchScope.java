package org.policyannotator.search;

import java.util.List;
import java.util.Optional;

/** Which documents a search reads: the whole corpus, or the documents named (in the order given). */
public record SearchScope(Optional<List<String>> documentIds) {

	public static final SearchScope WHOLE_CORPUS = new SearchScope(Optional.empty());

	public SearchScope {
		documentIds = documentIds.map(List::copyOf);
	}

	public static SearchScope documents(List<String> ids) {
		return new SearchScope(Optional.of(ids));
	}
}
