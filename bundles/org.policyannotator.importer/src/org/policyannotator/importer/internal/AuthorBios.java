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

	private static final Pattern TAGLINE = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s+(?:covers"
			+ "|reports on|writes about|is an? (?:staff |senior |freelance )?(?:reporter|writer|correspondent|columnist|journalist)"
			+ "|is the \\S+ (?:reporter|correspondent|editor))\\b.*$");
	private static final Pattern REACH_OR_PUBLICATION = Pattern.compile("(?i)\\b(?:reach|contact|e-?mail|follow) (?:him|her|them)\\b"
			+ "|[\\w.+-]+@[\\w-]+\\.\\w|(?-i:\\bfor (?:the )?\\p{Lu}\\S*(?: \\p{Lu}\\S*)*\\.?$)");

	private AuthorBios() {
	}

	/** Removes the author notes inside {@code container}. */
	static void remove(Element container) {
		var paragraphs = container.getElementsByTag("p");
		for (int i = 0; i < paragraphs.size(); i++) {
			Element p = paragraphs.get(i);
			if (isBio(p) || i >= paragraphs.size() - 2 && isTagline(p.text())) {
				p.remove();
			}
		}
	}

	/**
	 * The writer's tagline that closes a story: "Kelsey Marten covers the environment for the Des Moines Register.
	 * Reach her at ...", "Daniel Okafor covers transportation for the Post-Dispatch.": a name, what the writer covers
	 * or is, and the publication or a way to reach them.
	 */
	static boolean isTagline(String text) {
		String t = TextNormalizer.collapse(text);
		return t.length() <= 400 && TAGLINE.matcher(t).matches() && REACH_OR_PUBLICATION.matcher(t).find();
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
