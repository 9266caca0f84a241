package org.policyannotator.suggest.internal;

import java.util.Arrays;
import java.util.Set;

/**
 * Sentence and paragraph boundaries of a text, by punctuation: a sentence ends at {@code . ! ? 。 ！ ？} (with closing
 * quotes and brackets after it) followed by white space and a capital, digit or opening quote, and at every line
 * break. Abbreviations (Mr., Dr., U.S., Jan., single initials) do not end a sentence.
 */
public final class Sentences {
	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no",
			"co", "ltd", "inc", "corp", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "rev", "vs", "etc", "e.g",
			"i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
			"u.n", "e.u", "s", "fig", "approx", "est", "vol", "pp", "art");
	private final int[] starts;
	private final int[] ends;
	private final int[] paragraphOf;

	private Sentences(int[] starts, int[] ends, int[] paragraphOf) {
		this.starts = starts;
		this.ends = ends;
		this.paragraphOf = paragraphOf;
	}

	/** Splits {@code text}. */
	public static Sentences of(String text) {
		int[] s = new int[64];
		int[] e = new int[64];
		int[] p = new int[64];
		int n = 0;
		int paragraph = 0;
		int i = 0;
		int length = text.length();
		while (i < length) {
			while (i < length && Character.isWhitespace(text.charAt(i))) {
				if (text.charAt(i) == '\n') {
					paragraph++;
				}
				i++;
			}
			if (i >= length) {
				break;
			}
			int start = i;
			int end = findEnd(text, i);
			int trimmed = end;
			while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
				trimmed--;
			}
			if (n == s.length) {
				s = Arrays.copyOf(s, n * 2);
				e = Arrays.copyOf(e, n * 2);
				p = Arrays.copyOf(p, n * 2);
			}
			s[n] = start;
			e[n] = trimmed;
			p[n] = paragraph;
			n++;
			i = end;
		}
		return new Sentences(Arrays.copyOf(s, n), Arrays.copyOf(e, n), Arrays.copyOf(p, n));
	}

	private static int findEnd(String text, int from) {
		int length = text.length();
		for (int i = from; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				return i;
			}
			if (c == '。' || c == '！' || c == '？') {
				return closeAfter(text, i + 1);
			}
			if (c == '.' || c == '!' || c == '?') {
				int j = closeAfter(text, i + 1);
				if (j >= length) {
					return length;
				}
				if (!Character.isWhitespace(text.charAt(j)) || (c == '.' && (isAbbreviation(text, i) || isListNumber(text, i)))) {
					continue;
				}
				int k = j;
				while (k < length && text.charAt(k) == ' ' || k < length && text.charAt(k) == '\u00a0') {
					k++;
				}
				if (k >= length || text.charAt(k) == '\n' || startsSentence(text.charAt(k))) {
					return j;
				}
			}
		}
		return length;
	}

	private static int closeAfter(String text, int i) {
		while (i < text.length() && "\"'”’»」』)]“".indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	private static boolean startsSentence(char c) {
		return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘«„「『(".indexOf(c) >= 0
				|| Character.isIdeographic(c);
	}

	/** "1." or "12." opening a line: list numbering, not a sentence end. */
	private static boolean isListNumber(String text, int dot) {
		int w = dot;
		while (w > 0 && Character.isDigit(text.charAt(w - 1))) {
			w--;
		}
		if (w == dot || dot - w > 2) {
			return false;
		}
		int b = w - 1;
		while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
			b--;
		}
		return b < 0 || text.charAt(b) == '\n';
	}

	private static boolean isAbbreviation(String text, int dot) {
		int w = dot;
		while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
			w--;
		}
		String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
		if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
			return true; // an initial: "J. Smith"
		}
		return ABBREVIATIONS.contains(word);
	}

	/** Number of sentences. */
	public int count() {
		return starts.length;
	}

	/** Start of sentence {@code i}. */
	public int start(int i) {
		return starts[i];
	}

	/** End of sentence {@code i} (after its final punctuation, before white space). */
	public int end(int i) {
		return ends[i];
	}

	/** Paragraph number of sentence {@code i} (paragraphs are separated by line breaks). */
	public int paragraph(int i) {
		return paragraphOf[i];
	}

	/** The sentence containing {@code offset} (the previous one if it falls between two). */
	public int indexAt(int offset) {
		int i = Arrays.binarySearch(starts, offset);
		if (i >= 0) {
			return i;
		}
		return Math.max(0, -i - 2);
	}
}
