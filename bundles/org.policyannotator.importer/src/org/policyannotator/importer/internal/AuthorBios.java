package org.policyannotator.importer.internal;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes the notes about the authors that some papers set at the end of the body: a paragraph that opens with a
 * link to a writer's page and goes on to say who they are ("<a href="/by/jane-doe">Jane Doe</a> is the Brussels bureau
 * chief ..."), whatever the class names say.
 */
final class AuthorBios {
	private static final Pattern AUTHOR_PAGE = Pattern.compile(
			"(?i)/(by|author|authors|autor|autoren|auteur|auteurs|autore|people|staff|journalist|journalists|reporter|reporters|profile|profiles|experts?)/");
	private static final Pattern WHO_THEY_ARE = Pattern.compile(
			"^\\s*,?\\s*(is|was|covers|reports|writes|has (been|covered|reported|written)|serves|leads|edits|joined|ist|war|est|es|è)\\b.*",
			Pattern.DOTALL);

	private AuthorBios() {
	}

	/** Removes the author notes inside {@code container}. */
	static void remove(Element container) {
		for (Element p : container.getElementsByTag("p")) {
			if (isBio(p)) {
				p.remove();
			}
		}
	}

	private static boolean isBio(Element p) {
		Node first = p.childNodeSize() == 0 ? null : p.childNode(0);
		if (first instanceof TextNode t && t.isBlank() && p.childNodeSize() > 1) {
			first = p.childNode(1);
		}
		if (!(first instanceof Element a) || !"a".equals(a.normalName()) || !AUTHOR_PAGE.matcher(a.attr("href")).find()) {
			return false;
		}
		String text = p.text();
		return text.length() <= 400 && text.startsWith(a.text()) && !a.text().isBlank()
				&& WHO_THEY_ARE.matcher(text.substring(a.text().length())).matches();
	}
}
