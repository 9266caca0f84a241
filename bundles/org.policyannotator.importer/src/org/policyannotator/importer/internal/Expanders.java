package org.policyannotator.importer.internal;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Recognises the rest of an article that a page hides behind a "read more" button or a paywall: the container is
 * hidden (inline style, {@code hidden}, {@code aria-hidden}) or named {@code read-more}, {@code paywall},
 * {@code truncated}, {@code collapsed}..., yet holds prose: several paragraphs of sentences, few links. Such a
 * container is article text, not boilerplate. A hidden menu (mostly links), a cookie or newsletter dialog (named so,
 * or short) is not.
 */
final class Expanders {
	/** At least this much text (two sentences or more). */
	private static final int MIN_WEIGHT = 160;
	private static final Pattern NOT_ARTICLE = Pattern.compile(
			"(?i)cookie|consent|gdpr|newsletter|subscri|signup|sign-up|login|modal|popup|comment|related|recommend|"
					+ "sidebar|footer|nav|menu|share|social|promo|advert|sponsor|teaser|trending|most-?read|author|bio|byline|caption|"
					+ "disclaimer|contact");

	private Expanders() {
	}

	/** Whether {@code e} is a hidden or "read more" container that holds several paragraphs of the article. */
	static boolean holdsArticleText(Element e) {
		String names = e.className() + " " + e.id();
		if (NOT_ARTICLE.matcher(names).find()) {
			return false;
		}
		var paragraphs = e.select("p");
		if (paragraphs.size() < 2) {
			return false;
		}
		int weight = 0;
		int sentences = 0;
		for (Element p : paragraphs) {
			String text = p.text();
			weight += TextNormalizer.weight(text);
			if (text.matches("(?s).*[.!?。！？\"”»]\\s*$")) {
				sentences++;
			}
		}
		if (weight < MIN_WEIGHT || sentences * 2 < paragraphs.size()) {
			return false;
		}
		int linked = 0;
		for (Element a : e.select("a")) {
			linked += TextNormalizer.weight(a.text());
		}
		return linked * 4 < weight;
	}
}
