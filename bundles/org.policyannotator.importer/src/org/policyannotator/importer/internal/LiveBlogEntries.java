package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The entries of a live blog or a stream of updates: the chosen {@code <article>} and the others of its kind (same tag
 * and class) in the same feed, each a post of its own with a paragraph of prose, a heading that is no link and few
 * links, when the entries or their feed are named as such ({@code live}, {@code stream}, {@code feed}, {@code update},
 * {@code post}, {@code entry}, {@code block}, {@code timeline}, {@code ticker}). Teaser cards of other stories (a linked
 * headline over a one-line summary, or wholly a link) are not entries, nor the next whole story that a page loaded
 * under the first (it has a headline, {@code <h1>}, of its own).
 */
final class LiveBlogEntries {
	private static final int MIN_SENTENCE_WEIGHT = 40;
	private static final java.util.Set<String> FEED_NAMES = java.util.Set.of("live", "liveblog", "stream", "feed", "update",
			"updates", "post", "posts", "entry", "entries", "block", "blocks", "timeline", "ticker", "liveticker");

	private LiveBlogEntries() {
	}

	/** {@code chosen} with the other entries of its feed in document order, or {@code chosen} alone. */
	static List<Element> of(Element chosen, DomStats stats) {
		Element feed = chosen.parent();
		if (feed == null || chosen.selectFirst("h1") != null || !namedAsFeed(chosen, feed)) {
			return List.of(chosen);
		}
		boolean wrapped = feed.normalName().equals("li") && feed.parent() != null;
		List<Element> entries = new ArrayList<>();
		for (Element sibling : wrapped ? feed.parent().children() : feed.children()) {
			Element entry = wrapped ? sameKindChild(sibling, chosen) : sibling;
			if (entry == chosen || entry != null && sameKind(entry, chosen) && isEntry(entry, stats)) {
				entries.add(entry);
			}
		}
		return entries.size() >= 2 && entries.contains(chosen) ? entries : List.of(chosen);
	}

	private static boolean namedAsFeed(Element chosen, Element feed) {
		String names = chosen.className() + " " + feed.className() + " " + feed.id()
				+ (feed.parent() == null ? "" : " " + feed.parent().className() + " " + feed.parent().id());
		return ClassHints.tokens(names).stream().anyMatch(FEED_NAMES::contains);
	}

	private static Element sameKindChild(Element wrapper, Element chosen) {
		for (Element child : wrapper.children()) {
			if (sameKind(child, chosen)) {
				return child;
			}
		}
		return null;
	}

	private static boolean sameKind(Element e, Element chosen) {
		return e.normalName().equals(chosen.normalName()) && e.className().equals(chosen.className());
	}

	private static boolean isEntry(Element e, DomStats stats) {
		if (stats.linkDensity(e) >= 0.3 || ClassHints.of(e) < 0 || e.selectFirst("h1") != null) {
			return false;
		}
		for (Element heading : e.select("h1, h2, h3, h4, h5, h6")) {
			if (heading.selectFirst("a[href]") != null || heading.closest("a[href]") != null) {
				return false;
			}
		}
		for (Element p : e.select("p")) {
			if (stats.weight(p) >= MIN_SENTENCE_WEIGHT && p.text().strip().matches("(?s).*[" + TextNormalizer.SENTENCE_END + "\"”]$")) {
				return true;
			}
		}
		return false;
	}
}
