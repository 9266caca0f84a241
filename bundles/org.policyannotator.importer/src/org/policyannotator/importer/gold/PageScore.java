package org.policyannotator.importer.gold;

import java.util.List;
import java.util.Optional;

/**
 * How one page's extraction compares with its gold.
 *
 * @param page       the gold page
 * @param found      gold paragraphs found whole in the extracted text
 * @param leaked     boilerplate snippets found in the extracted text
 * @param tokenF1    F1 of the extracted text's tokens against the gold paragraphs' tokens (as multisets)
 * @param titleRight whether the title is the gold headline; empty when the gold has no title
 * @param dateRight  whether the publication date is the gold date; empty when the page gives no date
 * @param error      the importer's message when the page could not be extracted
 */
public record PageScore(GoldPage page, List<String> found, List<String> leaked, double tokenF1,
		Optional<Boolean> titleRight, Optional<Boolean> dateRight, Optional<String> error) {

	/** Copies the lists. */
	public PageScore {
		found = List.copyOf(found);
		leaked = List.copyOf(leaked);
	}

	/** The gold paragraphs missing from the extracted text. */
	public List<String> missing() {
		return page.paragraphs().stream().filter(p -> !found.contains(p)).toList();
	}
}
