package org.policyannotator.importer.gold;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of an extraction gold set: the saved page and what a careful reader takes from it.
 *
 * @param page        the saved page ({@code <name>.html})
 * @param title       the headline as the page shows it
 * @param date        the publication date ({@code yyyy-mm-dd}), empty when the page gives none
 * @param paragraphs  the article's paragraphs, in order (the headline is not one of them)
 * @param boilerplate snippets of the page that are not article text (menus, captions, related stories, footer...)
 */
public record GoldPage(Path page, Optional<String> title, Optional<String> date, List<String> paragraphs,
		List<String> boilerplate) {

	/** Checks that nothing is null and copies the lists. */
	public GoldPage {
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(date, "date");
		paragraphs = List.copyOf(paragraphs);
		boilerplate = List.copyOf(boilerplate);
	}

	/** The page's file name without {@code .html}. */
	public String name() {
		String n = page.getFileName().toString();
		return n.substring(0, n.lastIndexOf('.'));
	}
}
