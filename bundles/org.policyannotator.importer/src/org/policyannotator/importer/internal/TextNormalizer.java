package org.policyannotator.importer.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** White-space rules shared by all extractors. */
public final class TextNormalizer {
	/**
	 * The marks that end a sentence, in Latin, CJK, Indic (danda: Hindi, Bengali), Arabic and Urdu script; each stands
	 * for itself inside a pattern's character class.
	 */
	public static final String SENTENCE_END = ".!?。！？।॥؟۔";
	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");

	private TextNormalizer() {
	}

	/** Collapses every run of white space (including no-break and ideographic spaces) to one space and trims. */
	public static String collapse(String s) {
		if (isCollapsed(s)) {
			return s; // most lines of most pages: one look at each character, no copy
		}
		int n = s.length();
		StringBuilder sb = new StringBuilder(n);
		boolean pendingSpace = false;
		int run = -1; // start of the run of kept characters being read, copied in one piece when it ends
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			boolean dropped = c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
			if (dropped || isSpace(c)) {
				if (run >= 0) {
					sb.append(s, run, i);
					run = -1;
				}
				pendingSpace |= !dropped;
				continue;
			}
			if (run < 0) {
				if (pendingSpace && !sb.isEmpty()) {
					sb.append(' ');
				}
				pendingSpace = false;
				run = i;
			}
		}
		if (run >= 0) {
			sb.append(s, run, n);
		}
		return sb.toString();
	}

	/** Whether {@link #collapse(String)} would return {@code s} as it is. */
	private static boolean isCollapsed(String s) {
		int n = s.length();
		if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
			return false;
		}
		char prev = 'x';
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			if (c == ' ' ? prev == ' ' : c < 0x80 ? c < ' ' : c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || isSpace(c)) {
				return false;
			}
			prev = c;
		}
		return true;
	}

	/** The letters and digits of {@code s}, lower-cased: what two texts that differ only in spaces and punctuation share. */
	public static String lettersAndDigits(String s) {
		return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/** White space including no-break and ideographic spaces. */
	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
	}

	/** {@code \r\n} and lone {@code \r} become {@code \n}; control characters other than tab and line end go. */
	public static String normalizeLineEnds(String s) {
		String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
		t = t.replace('\u2028', '\n').replace('\u2029', '\n');
		return CONTROL.matcher(t).replaceAll("");
	}

	/**
	 * Text weight: letters and digits count 1, CJK ideographs, kana and Hangul 2 (one carries about as much as a
	 * short word), white space 0. Makes length thresholds work for every script.
	 */
	public static int weight(CharSequence s) {
		if (s instanceof String string) {
			return weight(string);
		}
		int w = 0;
		for (int i = 0; i < s.length(); i++) {
			w += weight(s.charAt(i));
		}
		return w;
	}

	/**
	 * {@link #weight(CharSequence)} of a string: the loop every page's text goes through several times, kept apart
	 * so that its {@code charAt} is a string's and ASCII, most of most pages, takes one comparison per character.
	 */
	public static int weight(String s) {
		int w = 0;
		for (int i = 0, n = s.length(); i < n; i++) {
			char c = s.charAt(i);
			w += c < 0x80 ? (c > ' ' ? 1 : 0) : weight(c);
		}
		return w;
	}

	/** Weight of one character, see {@link #weight(CharSequence)}. */
	public static int weight(char c) {
		if (c <= ' ' || Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
			return 0;
		}
		if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3)) {
			return 2;
		}
		return 1;
	}

	/** Number of clause separators (commas in Latin and CJK scripts), a hint that a block is running prose. */
	public static int commas(CharSequence s) {
		int k = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
				k++;
			}
		}
		return k;
	}
}
