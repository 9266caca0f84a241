package org.policyannotator.importer.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's own headline element and what sits beside it: the {@code <h1>} of the article (else the heading in the
 * article's header), its visible text without a kicker set in an element of its own ("Haushaltsstreit" over
 * "Koalition einigt sich ..."), whether it is the site's logo, the title of a board-style page (a government site
 * whose every {@code <title>} and {@code <h1>} is the ministry's name, the headline in a {@code td.title}), and a date
 * standing alone beside the headline ("12 May 2025" in the header's meta line).
 */
final class Headlines {
	private static final List<Evaluator> SELECTORS = List.of("article h1", "main h1", "[itemprop=headline]", "h1",
			"article header h2", "h2[class~=(?i)(entry|post|article|story|news)[-_]?title]").stream()
			.map(QueryParser::parse).toList();
	private static final Set<String> KICKER = Set.of("kicker", "overline", "topline", "eyebrow", "dachzeile", "label",
			"flag", "rubric", "section", "category");
	private static final Set<String> LOGO = Set.of("logo", "brand", "sitetitle", "sitename", "sitelogo");
	private static final Set<String> TITLE = Set.of("title", "subject", "tit", "headline", "viewtitle", "subj", "titulo",
			"titular", "titre", "titel", "titolo");

	private Headlines() {
	}

	/**
	 * The headline element: the first {@code <h1>} with text of the article, of the main content, of the page (a logo's
	 * {@code <h1>} holding only a picture is passed over).
	 */
	static Optional<Element> element(Document doc) {
		for (Evaluator selector : SELECTORS) {
			for (Element h : doc.select(selector)) {
				if (!TextNormalizer.collapse(h.text()).isEmpty()) {
					return Optional.of(h);
				}
			}
		}
		return Optional.empty();
	}

	/** Whether the heading is the site's logo: it, or its only child, is named logo or brand. */
	static boolean isLogo(Element h) {
		return named(h, LOGO) || h.childrenSize() == 1 && named(h.child(0), LOGO);
	}

	/**
	 * The heading's text without a kicker that the page sets in an element of its own before the headline: the first
	 * of two or more child elements, named so or shorter than the rest, with no text between them but punctuation.
	 */
	static String visibleText(Element h) {
		String all = TextNormalizer.collapse(h.text());
		List<Element> children = h.children();
		if (children.size() < 2 || !h.ownText().replaceAll("[\\p{Punct}\\s]", "").isEmpty()) {
			return all;
		}
		Element first = children.get(0);
		String kicker = TextNormalizer.collapse(first.text());
		String rest = TextNormalizer.collapse(all.substring(Math.min(all.length(), all.indexOf(kicker) + kicker.length())))
				.replaceFirst("^[\\p{Punct}\\s]+", "");
		boolean shortLabel = !kicker.isEmpty() && kicker.length() <= 40 && kicker.split("\\s+").length <= 4;
		if (shortLabel && !rest.isEmpty() && (named(first, KICKER) || first.className().isEmpty() && rest.length() > 2 * kicker.length())) {
			return rest;
		}
		return all;
	}

	/**
	 * The title of a board-style page: the first element named title or subject ({@code td.title}, {@code div.view_tit})
	 * that holds only inline text of headline length, outside the page's header, menus and lists.
	 */
	static Optional<String> boardTitle(Document doc) {
		Element body = doc.body();
		if (body == null) {
			return Optional.empty();
		}
		for (Element e : body.select("[class]")) {
			if (!named(e, TITLE) || named(e, LOGO) || e.children().stream().anyMatch(Element::isBlock)
					|| e.closest("header, nav, footer, aside, li, a, #header, h1") != null) {
				continue;
			}
			String text = TextNormalizer.collapse(e.text());
			if (text.length() >= 10 && text.length() <= 200) {
				return Optional.of(text);
			}
		}
		return Optional.empty();
	}

	/**
	 * A date that stands alone in a short element near the headline (in its parent or grandparent), such as the meta
	 * line of a press release: "Press release · 12 May 2025 · Brussels".
	 */
	static Optional<String> dateBeside(Element h) {
		Element around = h.parent() == null ? null : h.parent().parent() == null ? h.parent() : h.parent().parent();
		if (around == null) {
			return Optional.empty();
		}
		for (Element e : around.select("span, time, div, p, small, em, strong, li")) {
			Element list = e.closest("ul, ol");
			boolean linked = e.children().stream().anyMatch(c -> !c.text().isBlank());
			if (e == h || linked && !e.children().stream().allMatch(c -> "a".equals(c.normalName()))
					|| e.closest("aside, nav, footer") != null
					|| list != null && (list.parent() == null || !named(list.parent(), META_LIST))) {
				continue; // a list of other stories; but "<div class=entry-meta><ul><li><i class=icon></i> 14 April 2026"
			}
			// "KYODO NEWS - Mar 18, 2026 - 19:32 | <a>Japan</a>, <a>Politics</a>": the date in the line's own text
			String text = TextNormalizer.collapse(linked ? e.ownText() : e.text());
			if (text.length() < 6 || text.length() > 80) {
				continue;
			}
			long words = java.util.Arrays.stream(text.split("[^\\p{IsLatin}]+")).filter(w -> !w.isEmpty()).count();
			// "14 April 2026", or a kicker line with the date: "Wirtschaft und Energie/Anhörung - 02.12.2026 (hib 812/2026)"
			Optional<String> date = words <= (text.length() <= 40 ? 4 : 6) ? DateNormalizer.normalize(text)
					.or(() -> DateNormalizer.normalizeSlashed(text, Optional.empty())) : Optional.empty(); // "14/04/2026 04:32 PM"
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	/** The class of a list's container that says it holds the story's date and author ("entry-meta", "post-info"). */
	private static final Set<String> META_LIST = Set.of("meta", "info");

	private static boolean named(Element e, Set<String> names) {
		String n = e.className() + " " + e.id();
		return !n.isBlank() && ClassHints.tokens(n).stream().anyMatch(names::contains);
	}

	/**
	 * The blocks without the short lines set above the headline inside the article's container: a category row
	 * ("Press Releases PLENARY SESSION ENVI"), a date ("24-04-2024 - 13:17"), a kicker. Only when the headline (the
	 * heading that is the {@code title}) is among the first few blocks and everything above it is such a line.
	 */
	static List<Block> withoutLinesAbove(List<Block> blocks, String title) {
		String t = TextNormalizer.collapse(title);
		int limit = Math.min(blocks.size(), 4);
		for (int i = 1; i < limit; i++) {
			Block b = blocks.get(i);
			if (b.heading() && TextNormalizer.collapse(b.text()).equals(t)) {
				for (int j = 0; j < i; j++) {
					if (!isLineAbove(blocks.get(j))) {
						return blocks;
					}
				}
				return blocks.subList(i, blocks.size());
			}
		}
		return blocks;
	}

	private static boolean isLineAbove(Block b) {
		String text = b.text().strip();
		return TextNormalizer.weight(text) <= 80 && !text.matches("(?s).*\\p{L}{2,}[" + TextNormalizer.SENTENCE_END + "\"”]$");
	}
}
