package org.policyannotator.importer;

import java.util.Objects;
import java.util.Optional;

/**
 * What is known about an article besides its text. Every field is optional: a page may declare none of them.
 *
 * @param title        the headline, without a trailing " | Site name"
 * @param byline       the author or authors, e.g. {@code "Jane Doe, John Roe"}, without a leading "By"
 * @param published    the publication date or date-time in ISO-8601: {@code 2024-03-05},
 *                     {@code 2024-03-05T14:30} or {@code 2024-03-05T14:30:00+01:00}
 * @param canonicalUrl the canonical absolute URL of the page
 * @param siteName     the name of the publication, e.g. {@code "The Daily Planet"}: {@code og:site_name}, else the
 *                     JSON-LD publisher, else the name the {@code <title>} ends with
 * @param language     a BCP 47 language tag, e.g. {@code "en"}, {@code "zh-CN"}, {@code "ko"}
 */
public record ArticleMetadata(Optional<String> title, Optional<String> byline, Optional<String> published,
		Optional<String> canonicalUrl, Optional<String> siteName, Optional<String> language) {

	/** Metadata with no field known. */
	public static final ArticleMetadata EMPTY = new ArticleMetadata(Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

	public ArticleMetadata {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(byline, "byline");
		Objects.requireNonNull(published, "published");
		Objects.requireNonNull(canonicalUrl, "canonicalUrl");
		Objects.requireNonNull(siteName, "siteName");
		Objects.requireNonNull(language, "language");
	}

	/** A copy with the given title. */
	public ArticleMetadata withTitle(Optional<String> newTitle) {
		return new ArticleMetadata(newTitle, byline, published, canonicalUrl, siteName, language);
	}
}
