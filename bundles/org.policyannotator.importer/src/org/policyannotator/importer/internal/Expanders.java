package org.policyannotator.importer.internal;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
	/** Parts of a class or id that name something else than the article, in any case. */
	private static final List<String> NOT_ARTICLE = List.of("cookie", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup",
			"sign-up", "login", "modal", "popup", "comment", "related", "recommend", "sidebar", "footer", "nav", "menu",
			"share", "social", "promo", "advert", "sponsor", "teaser", "trending", "mostread", "most-read", "author", "bio",
			"byline", "caption", "disclaimer", "contact");

	private static final Evaluator P = QueryParser.parse("p");
	private static final Evaluator A = QueryParser.parse("a");

	private Expanders() {
	}

	/** Whether {@code e} is a hidden or "read more" container that holds several paragraphs of the article. */
	static boolean holdsArticleText(Element e) {
		String names = asciiLowerCase(e.className() + " " + e.id());
		for (String word : NOT_ARTICLE) {
			if (names.contains(word)) {
				return false;
			}
		}
		var paragraphs = e.select(P);
		if (paragraphs.size() < 2) {
			return false;
		}
		int weight = 0;
		int sentences = 0;
		for (Element p : paragraphs) {
			String text = p.text();
			weight += TextNormalizer.weight(text);
			if (endsSentence(text)) {
				sentences++;
			}
		}
		if (weight < MIN_WEIGHT || sentences * 2 < paragraphs.size()) {
			return false;
		}
		int linked = 0;
		for (Element a : e.select(A)) {
			linked += TextNormalizer.weight(a.text());
		}
		return linked * 4 < weight;
	}

	/** Lower case for ASCII letters only, as a pattern's {@code (?i)} matches them. */
	private static String asciiLowerCase(String s) {
		char[] chars = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				if (chars == null) {
					chars = s.toCharArray();
				}
				chars[i] = (char) (c + ('a' - 'A'));
			}
		}
		return chars == null ? s : new String(chars);
	}

	/** Whether the text ends with a sentence's end mark, white space after it aside. */
	private static boolean endsSentence(String text) {
		int end = text.length();
		while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
			end--;
		}
		return end > 0 && (TextNormalizer.SENTENCE_END + "\"”»").indexOf(text.charAt(end - 1)) >= 0;
	}

	/** The characters of {@code \\s} in a pattern without Unicode character classes. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}
}
