package org.policyannotator.model.text;

import java.util.Arrays;
import java.util.Set;

/**
 * The one sentence splitter of the program (suggestions, sentence coding in the editor, agreement on sentence
 * units): sentence and paragraph boundaries of a text, by punctuation, for news and policy prose.
 * <ul>
 * <li>A sentence ends at {@code . ! ?} (with closing quotes and brackets after it) followed by white space and a
 * capital, a digit, an opening quote or bracket, or a letter of a script without case (Chinese, Japanese, Korean);
 * and at every line break.</li>
 * <li>A CJK full stop, exclamation or question mark ({@code 。 ！ ？ ． ｡}) ends a sentence without white space after
 * it.</li>
 * <li>Not an end: abbreviations (Mr., Dr., Prof., U.S., e.g., No., Art., Jan., et al.; "etc." ends a sentence
 * before a capital), single initials ("J. Smith"),
 * decimal points and dotted numbers ("3.5", "1.2.3"), a number opening a line ("1. Reform ..." in a list), and a full
 * stop followed by a lower-case word ("approx. two thirds").</li>
 * </ul>
 * Sentences are trimmed: they start at their first character that is not white space and end after their final
 * punctuation. Offsets are UTF-16 offsets into the text.
 */
public final class Sentences {
	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no",
			"co", "ltd", "inc", "corp", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "rev", "vs", "e.g",
			"i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
			"u.n", "e.u", "fig", "approx", "est", "vol", "pp", "art", "al", "cf", "nos", "para", "paras", "sec",
			"ch", "dept", "govt", "eds", "ave", "mt");
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
		java.util.Objects.requireNonNull(text, "text");
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
			if (c == '。' || c == '！' || c == '？' || c == '．' || c == '｡') {
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
		return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)
				|| "\"“‘«„「『(".indexOf(c) >= 0 || Character.isLetter(c) && !Character.isLowerCase(c);
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
