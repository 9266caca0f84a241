package org.policyannotator.model;

import java.util.List;

/**
 * What an importer knew about a document besides its title, source, date and language.
 *
 * @param byline     the author or authors as the source names them, e.g. {@code "Jane Doe, John Roe"} ("" if unknown)
 * @param siteName   the publication or site, e.g. {@code "The Daily Planet"} ("" if unknown)
 * @param pageStarts for a paged source (a PDF): the UTF-16 offset in the text where each page starts, page 1 first,
 *                   never decreasing (a page without text starts where the next one does); empty for texts without
 *                   pages
 */
public record DocumentDetails(String byline, String siteName, List<Integer> pageStarts) {
	/** Nothing known. */
	public static final DocumentDetails NONE = new DocumentDetails("", "", List.of());

	/** Checks that no component is null and that page starts never decrease and are not negative. */
	public DocumentDetails {
		Strings.requireNonNull(byline, "byline");
		Strings.requireNonNull(siteName, "siteName");
		if (pageStarts == null) {
			throw new IllegalArgumentException("pageStarts must not be null (use an empty list for none)");
		}
		pageStarts = List.copyOf(pageStarts);
		int previous = 0;
		for (int start : pageStarts) {
			if (start < previous) {
				throw new IllegalArgumentException("page starts must not be negative or decrease: " + pageStarts);
			}
			previous = start;
		}
	}

	/** A copy without page starts (for a changed text they no longer fit). */
	public DocumentDetails withoutPages() {
		return pageStarts.isEmpty() ? this : new DocumentDetails(byline, siteName, List.of());
	}

	/** Whether nothing is known. */
	public boolean isEmpty() {
		return byline.isEmpty() && siteName.isEmpty() && pageStarts.isEmpty();
	}
}
