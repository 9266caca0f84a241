package org.policyannotator.suggest.internal;

import java.util.ArrayList;
import java.util.List;

import org.policyannotator.suggest.Suggestion;

/**
 * Pairs quotation marks: “…”, „…“, „…”, «…», ‹…›, 「…」, 『…』, British single ‘…’, straight '…' opening a line (a
 * headline's quote) and straight "…" (an opening
 * straight or single mark follows a space, a line start or an opening bracket; a closing ’ followed by a letter is an
 * apostrophe). A quote left open at the end of a paragraph continues when the next
 * paragraph opens with a mark (the English convention for quotes over several paragraphs); otherwise it is dropped.
 */
public final class QuotationMarks {
	private static final String OPENERS = "“„«‹「『\"‘";

	private QuotationMarks() {
	}

	/** Whether {@code c} is a mark that can open a quote (straight, curly, low, angle or corner). */
	public static boolean isOpener(char c) {
		return OPENERS.indexOf(c) >= 0 || c == '\'';
	}

	/** Each quote as the ranges inside its marks (one per paragraph it spans), in text order. */
	public static List<List<Suggestion.Range>> find(String text) {
		List<List<Suggestion.Range>> quotes = new ArrayList<>();
		List<Suggestion.Range> open = null;
		char closerA = 0;
		char closerB = 0;
		int contentStart = -1;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				if (open != null) {
					int next = nextParagraphStart(text, i);
					if (next < length && OPENERS.indexOf(text.charAt(next)) >= 0 && i > contentStart) {
						open.add(new Suggestion.Range(contentStart, i));
						contentStart = next + 1;
						i = next;
						continue;
					}
					open = null;
				}
				continue;
			}
			if (open == null) {
				if (OPENERS.indexOf(c) >= 0 && (c != '"' && c != '‘' || opensStraight(text, i))
						|| c == '\'' && opensHeadline(text, i)) {
					open = new ArrayList<>();
					contentStart = i + 1;
					closerA = closerFor(c);
					closerB = c == '“' || c == '„' ? '"' : closerA;
					if (c == '„') {
						closerB = '”';
					}
				}
			} else if ((c == closerA || c == closerB) && i > contentStart
					&& (c != '"' && c != '’' || i + 1 >= length || !Character.isLetterOrDigit(text.charAt(i + 1)))
					&& (c != '’' || !pluralPossessive(text, i))
					&& (c != '\'' || i + 1 >= length || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
				open.add(new Suggestion.Range(contentStart, i));
				quotes.add(open);
				open = null;
			}
		}
		return quotes;
	}

	/**
	 * "the ministers’ plan" inside ‘…’: an apostrophe after a plural's s, followed by a lower-case word, with another
	 * ’ later in the paragraph to close the quote.
	 */
	private static boolean pluralPossessive(String text, int i) {
		if (text.charAt(i - 1) != 's' || i + 2 >= text.length() || text.charAt(i + 1) != ' '
				|| !Character.isLowerCase(text.charAt(i + 2))) {
			return false;
		}
		int paragraphEnd = text.indexOf('\n', i);
		int later = text.indexOf('’', i + 1);
		return later > 0 && (paragraphEnd < 0 || later < paragraphEnd);
	}

	private static int nextParagraphStart(String text, int newline) {
		int i = newline;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean opensStraight(String text, int i) {
		if (i == 0) {
			return true;
		}
		char before = text.charAt(i - 1);
		return Character.isWhitespace(before) || "([{—–-:".indexOf(before) >= 0;
	}

	/**
	 * A straight single mark that opens a line before a capital ("'We cannot tax our way out of this': Norway's
	 * finance minister on ..."): the quote of a headline or heading in the British style, closed by the next straight
	 * single mark that no letter follows.
	 */
	private static boolean opensHeadline(String text, int i) {
		return (i == 0 || text.charAt(i - 1) == '\n') && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
	}

	private static char closerFor(char opener) {
		return switch (opener) {
			case '\'' -> '\'';
			case '“' -> '”';
			case '„' -> '“';
			case '«' -> '»';
			case '‹' -> '›';
			case '「' -> '」';
			case '『' -> '』';
			case '‘' -> '’';
			default -> '"';
		};
	}
}
