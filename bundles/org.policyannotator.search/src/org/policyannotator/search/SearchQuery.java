package org.policyannotator.search;

import java.util.Optional;

/**
 * A corpus search: text, annotations, or both. With both, a hit is a text match that lies inside an annotation
 * meeting the criteria ("'tariff' inside a Claim").
 */
public record SearchQuery(Optional<TextQuery> text, AnnotationCriteria annotations) {

	public SearchQuery {
		if (text.isEmpty() && annotations.isEmpty()) {
			throw new IllegalArgumentException("a search needs text to find or an annotation criterion");
		}
	}

	public static SearchQuery text(TextQuery text) {
		return new SearchQuery(Optional.of(text), AnnotationCriteria.NONE);
	}

	public static SearchQuery annotations(AnnotationCriteria criteria) {
		return new SearchQuery(Optional.empty(), criteria);
	}
}
