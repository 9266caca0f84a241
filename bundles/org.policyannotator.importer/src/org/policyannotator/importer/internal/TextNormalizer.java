package org.policyannotator.importer.internal;

import java.util.regex.Pattern;

/** White-space rules shared by all extractors. */
public final class TextNormalizer {
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");

	private TextNormalizer() {
	}

	/** Collapses every run of white space (including no-break and ideographic spaces) to one space and trims. */
	public static String collapse(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		boolean pendingSpace = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
				continue;
			}
			if (isSpace(c)) {
				pendingSpace = true;
				continue;
			}
			if (pendingSpace && !sb.isEmpty()) {
				sb.append(' ');
			}
			pendingSpace = false;
			sb.append(c);
		}
		return sb.toString();
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
		int w = 0;
		for (int i = 0; i < s.length(); i++) {
			w += weight(s.charAt(i));
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
