package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements a page marks as its byline, found in one walk over the page instead of one selector query each, in the
 * order they are trusted: a name inside {@code [itemprop=author]}, {@code [itemprop=author]}, {@code a[rel=author]},
 * {@code [rel=author]}, a class naming the author's name ({@code byline__name}, {@code author-name}...), a class naming
 * the byline ({@code byline}, {@code author}...); and the paragraphs, spans, divs, addresses and list items in which a
 * byline may be written as text.
 */
final class BylineElements {
	private static final Set<String> NAME_CLASSES = Set.of("byline__name", "byline-name", "author-name", "author__name");
	private static final Set<String> BYLINE_CLASSES = Set.of("byline", "by-line", "author");
	private static final Set<String> TEXT_TAGS = Set.of("p", "span", "div", "address", "li");

	private final Element[] marked = new Element[6];
	private final List<Element> textElements = new ArrayList<>();

	private final Element body;
	private boolean inBody; // elements come in document order: after <body> come its descendants
	private Element authorSeen;

	private BylineElements(Document doc) {
		body = doc.body();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof Element e) {
				look(e);
			}
		}, doc);
	}

	private void look(Element e) {
		if (e == body) {
			inBody = true;
		} else if (inBody && TEXT_TAGS.contains(e.normalName())) {
			textElements.add(e);
		}
		if (e.attributesSize() == 0) {
			return;
		}
		String itemprop = e.attr("itemprop");
		if (itemprop.equalsIgnoreCase("author")) {
			first(1, e);
			authorSeen = e;
		} else if (authorSeen != null && marked[0] == null && itemprop.equalsIgnoreCase("name") && hasAuthorAncestor(e)) {
			first(0, e);
		}
		if (e.attr("rel").equalsIgnoreCase("author")) {
			if ("a".equals(e.normalName())) {
				first(2, e);
			}
			first(3, e);
		}
		String cls = e.className();
		if ((marked[4] == null || marked[5] == null) && mayName(cls)) {
			for (String c : cls.split("\\s+")) {
				String lower = c.toLowerCase(Locale.ROOT);
				if (NAME_CLASSES.contains(lower)) {
					first(4, e);
				} else if (BYLINE_CLASSES.contains(lower)) {
					first(5, e);
				}
			}
		}
	}

	/** Walks the page once. */
	static BylineElements of(Document doc) {
		return new BylineElements(doc);
	}

	/** The {@code n}th kind of marked element (0 = the most trusted), if the page has one. */
	Optional<Element> marked(int n) {
		return Optional.ofNullable(marked[n]);
	}

	/** How many kinds of marked elements there are. */
	static int kinds() {
		return 6;
	}

	/** The body's paragraphs, spans, divs, addresses and list items, in document order. */
	List<Element> textElements() {
		return textElements;
	}

	/** Whether a class list may hold one of the names (a look for "author" or "by" before splitting it). */
	private static boolean mayName(String cls) {
		if (cls.isEmpty()) {
			return false;
		}
		String lower = cls.toLowerCase(Locale.ROOT);
		return lower.contains("author") || lower.contains("by");
	}

	private void first(int n, Element e) {
		if (marked[n] == null) {
			marked[n] = e;
		}
	}

	private static boolean hasAuthorAncestor(Element e) {
		for (Element p = e.parent(); p != null; p = p.parent()) {
			if (p.attr("itemprop").equalsIgnoreCase("author")) {
				return true;
			}
		}
		return false;
	}
}
