package org.policyannotator.importer.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The standfirst (lede, summary, deck) that a page sets right under its headline, outside the container that holds
 * the rest of the article: Le Monde's {@code article__desc}, a think tank's hero subtitle, a list of summary points,
 * an {@code <h2 class="synopsis">}. It is the first block with text after the {@code <h1>} (or after the wrapper that
 * holds only the {@code <h1>}), when it is named so, is a sentence or a subheading ({@code <h2>}..{@code <h4>}: a deck such
 * as ANSA's {@code news-stit}), has few links and no boilerplate name; a byline,
 * a date line or a row of share buttons there means the page has none. A heading that only names the box ("Summary",
 * "Key points") is left out of it.
 */
final class Standfirst {
	private static final Set<String> NAMES = Set.of("lead", "lede", "standfirst", "subhead", "subheadline", "summary",
			"desc", "description", "synopsis", "intro", "dek", "deck", "subtitle", "abstract", "excerpt", "strapline",
			"leadtext", "teaser", "sapo", "chapo", "chapeau", "perex", "ingress", "entradilla", "bajada", "sommario",
			"sumario", "vorspann", "destacados", "highlights", "bullets", "subtxt", "subtext");
	/** Headings that only name the box ("Summary" over the points of a live blog): not part of the standfirst. */
	private static final Set<String> BOX_LABELS = Set.of("summary", "key points", "key facts", "in brief", "in short",
			"at a glance", "highlights", "the essentials", "zusammenfassung", "das wichtigste in kürze", "auf einen blick",
			"en bref", "l'essentiel", "resumen", "en resumen", "in sintesi", "要点", "摘要", "要約", "ポイント", "요약",
			"핵심 요약");
	/** Where a description is a photo's or a box's, not the article's: "<span class=art-photo__desc>". */
	private static final Evaluator NOT_STANDFIRST = QueryParser.parse("figure, figcaption, aside, nav, footer");
	private static final int MIN_WEIGHT = 40;
	/** A deck named so may be short: "Investors are happy to lend. For now". */
	private static final int MIN_NAMED_WEIGHT = 20;
	private static final Evaluator H1 = QueryParser.parse("h1");
	private static final Evaluator TITLE_HOLDERS = QueryParser.parse("td, div, p, span, strong, b, h2, h3");
	private static final Evaluator DESCRIPTION = QueryParser.parse("meta[name=description][content], meta[property=og:description][content]");
	private static final int MAX_WEIGHT = 800;

	private Standfirst() {
	}

	/**
	 * A block among the few after the headline whose text is the page's own description (its description meta tag), or
	 * begins with it where the description is cut short at a word ("El Ayuntamiento destinará 9,4 millones ..." of a
	 * deck that goes on ", tras un curso ..."): the deck, even when a byline and a date stand between it and the
	 * headline ("<h2 class=sortDec>").
	 */
	private static Optional<Element> describedBelow(Element start, List<Element> chosen) {
		Element description = start.ownerDocument() == null ? null
				: start.ownerDocument().selectFirst(DESCRIPTION);
		String wanted = description == null ? "" : TextNormalizer.collapse(description.attr("content")).strip();
		if (wanted.length() < 40) {
			return Optional.empty();
		}
		int seen = 0;
		for (Element e = start.nextElementSibling(); e != null && seen < 6; e = e.nextElementSibling(), seen++) {
			Element candidate = e;
			if (chosen.stream().anyMatch(c -> c == candidate || isInside(c, candidate) || isInside(candidate, c))) {
				return Optional.empty();
			}
			if (isDescription(TextNormalizer.collapse(e.text()).strip(), wanted) && e.closest(NOT_STANDFIRST) == null) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether {@code text} is the {@code description}, or begins with it and goes on after a word for at most as much
	 * again (a description cut short; not a body that opens with it).
	 */
	private static boolean isDescription(String text, String description) {
		if (text.equals(description)) {
			return true;
		}
		String cut = description.replaceFirst("\\s*(…|\\.\\.\\.)$", ""); // "... a pacificar calles …"
		return text.length() > cut.length() && text.length() <= cut.length() * 2 && text.startsWith(cut)
				&& !Character.isLetterOrDigit(text.charAt(cut.length()));
	}

	/**
	 * The standfirst of the page under {@code body}, if the {@code chosen} containers do not hold the headline and the
	 * {@code <h1>} is the article's {@code title} (not a blog's or site's name over a post with a heading of its own).
	 */
	static Optional<Element> find(Element body, List<Element> chosen, DomStats stats, Optional<String> title) {
		Element h1 = headline(body).orElseGet(() -> titleElement(body, title));
		if (h1 == null || chosen.stream().anyMatch(c -> c == h1 || isInside(h1, c)) || !isTitle(h1, title)) {
			return Optional.empty();
		}
		Element start = h1;
		while (start.nextElementSibling() == null && start.parent() != null && start.parent() != body) {
			start = start.parent();
		}
		Optional<Element> described = describedBelow(start, chosen);
		if (described.isPresent()) {
			return described;
		}
		for (Element e = start.nextElementSibling(); e != null; e = e.nextElementSibling()) {
			if (stats.weight(e) < 5) {
				continue;
			}
			Element candidate = e;
			if (chosen.stream().anyMatch(c -> c == candidate)) {
				return Optional.empty();
			}
			if (chosen.stream().anyMatch(c -> isInside(c, candidate))) { // a wrapper of a photo, the lead and the body
				return Optional.ofNullable(namedIn(candidate, chosen, stats)).orElse(Optional.empty());
			}
			return isStandfirst(e, stats) && notRepeated(e, chosen) ? Optional.of(withoutBoxLabel(e))
					: namedAfter(start, chosen, stats);
		}
		return namedAfter(start, chosen, stats);
	}

	/**
	 * A standfirst named so ({@code class="art-lead"}) among the first siblings after the headline and their contents,
	 * before the article's container, where a row of tools or a photo comes first; empty if there is none.
	 */
	private static Optional<Element> namedAfter(Element start, List<Element> chosen, DomStats stats) {
		int siblings = 0;
		Element level = start;
		for (int up = 0; up <= 2 && level != null && level.parent() != null; up++, level = level.parent()) {
			for (Element e = level.nextElementSibling(); e != null && siblings < 6; e = e.nextElementSibling(), siblings++) {
				Optional<Element> named = namedIn(e, chosen, stats);
				if (named == null) {
					return Optional.empty(); // the article's container comes first
				}
				if (named.isPresent()) {
					return named;
				}
			}
		}
		return Optional.empty();
	}

	/** The standfirst named so in {@code e}, empty if none, null if the article's container comes first. */
	private static Optional<Element> namedIn(Element e, List<Element> chosen, DomStats stats) {
		for (Element x : e.getAllElements()) {
			if (chosen.stream().anyMatch(c -> c == x || isInside(x, c))) {
				return null;
			}
			if (chosen.stream().noneMatch(c -> isInside(c, x)) && named(x) && x.closest(NOT_STANDFIRST) == null
					&& isStandfirst(x, stats) && notRepeated(x, chosen)) { // not a photo's "desc"
				return Optional.of(withoutBoxLabel(x));
			}
		}
		return Optional.empty();
	}

	/** The page's headline element (an {@code <h1>}, or the heading the page marks as its headline), not a logo. */
	private static Optional<Element> headline(Element body) {
		Optional<Element> h = body.ownerDocument() == null ? Optional.empty()
				: Headlines.element(body.ownerDocument()).filter(e -> !Headlines.isLogo(e));
		return h.or(() -> Optional.ofNullable(body.selectFirst(H1)).filter(e -> !Headlines.isLogo(e)));
	}

	/**
	 * Where a page without an {@code <h1>} shows its title: the first table cell, block or paragraph whose text is the
	 * title ("<td class=titulo_boletin>" of a page laid out in tables); null if none.
	 */
	private static Element titleElement(Element body, Optional<String> title) {
		if (title.isEmpty() || title.get().length() < 10) {
			return null;
		}
		for (Element e : body.select(TITLE_HOLDERS)) {
			if (TitleCleaner.sameText(e.text(), title.get())) {
				return e;
			}
		}
		return null;
	}

	/** Whether the heading and the title overlap: one holds the other (a kicker or a site suffix aside). */
	private static boolean isTitle(Element h1, Optional<String> title) {
		if (title.isEmpty()) {
			return true;
		}
		String h = TextNormalizer.collapse(h1.text());
		String t = TextNormalizer.collapse(title.get());
		return !h.isEmpty() && (h.contains(t) || t.contains(h));
	}

	/** The standfirst, or a copy of it without a first heading that only names the box. */
	private static Element withoutBoxLabel(Element e) {
		Element first = e.firstElementChild();
		if (first == null || !first.normalName().matches("h[2-6]") || first == e.lastElementChild()) {
			return e;
		}
		String label = first.text().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s:：]+$", "");
		if (!BOX_LABELS.contains(label)) {
			return e;
		}
		Element copy = e.clone();
		copy.firstElementChild().remove();
		return copy;
	}

	private static boolean isStandfirst(Element e, DomStats stats) {
		int weight = stats.weight(e);
		boolean named = named(e) || e.children().size() == 1 && named(e.child(0));
		if (weight < (named ? MIN_NAMED_WEIGHT : MIN_WEIGHT) || weight > MAX_WEIGHT || stats.linkDensity(e) >= 0.3
				|| ClassHints.of(e) < 0) {
			return false;
		}
		if (named || e.normalName().matches("h[2-4]") || onlySubheadings(e)) {
			return true;
		}
		return e.text().strip().matches("(?s).*[" + TextNormalizer.SENTENCE_END + "\"”]$");
	}

	/** A box of one to three decks set as headings and nothing else ("<div><h3>...</h3><h3>...</h3></div>"). */
	private static boolean onlySubheadings(Element e) {
		return e.childrenSize() >= 1 && e.childrenSize() <= 3 && e.ownText().isBlank()
				&& e.children().stream().allMatch(c -> c.normalName().matches("h[2-4]"));
	}

	/** Whether its class, id or a short {@code data-*} value ({@code data-gu-name="standfirst"}) names a standfirst. */
	private static boolean named(Element e) {
		StringBuilder names = new StringBuilder(e.className()).append(' ').append(e.id());
		for (var attribute : e.attributes()) {
			if (attribute.getKey().startsWith("data-") && attribute.getValue().length() <= 40) {
				names.append(' ').append(attribute.getValue());
			}
		}
		return !names.toString().isBlank() && ClassHints.tokens(names.toString()).stream().anyMatch(NAMES::contains);
	}

	/** Whether the page does not repeat the standfirst as the first paragraph of the article. */
	private static boolean notRepeated(Element standfirst, List<Element> chosen) {
		String text = TextNormalizer.collapse(standfirst.text());
		return chosen.stream().noneMatch(c -> TextNormalizer.collapse(c.text()).contains(text));
	}

	private static boolean isInside(Element e, Element ancestor) {
		for (Element p = e.parent(); p != null; p = p.parent()) {
			if (p == ancestor) {
				return true;
			}
		}
		return false;
	}
}
