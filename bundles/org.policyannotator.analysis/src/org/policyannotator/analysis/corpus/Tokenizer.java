package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a text into words for token-based agreement: a token is a maximal run of letters, digits and combining
 * marks (Unicode); everything else (white space, punctuation, symbols) separates tokens and is not a token itself.
 * So {@code "Lee Jae-myung's 24.5%"} gives {@code Lee}, {@code Jae}, {@code myung}, {@code s}, {@code 24},
 * {@code 5}. Offsets are UTF-16 indices; a surrogate pair is never split.
 */
public final class Tokenizer {
	private Tokenizer() {
	}

	/** The tokens of {@code text} in text order. */
	public static List<Token> tokenize(String text) {
		int[] bounds = bounds(text);
		List<Token> tokens = new ArrayList<>(bounds.length / 2);
		for (int t = 0; t < bounds.length; t += 2) {
			tokens.add(new Token(bounds[t], bounds[t + 1]));
		}
		return tokens;
	}

	/**
	 * The tokens of {@code text} as start and end offsets, {@code [start0, end0, start1, end1, ...]}: what
	 * {@link #tokenize} gives, without an object per token (for corpora of millions of tokens).
	 */
	public static int[] bounds(String text) {
		int[] bounds = new int[16];
		int n = 0;
		int start = -1;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (isWordPart(cp)) {
				if (start < 0) {
					start = i;
				}
			} else if (start >= 0) {
				if (n + 2 > bounds.length) {
					bounds = Arrays.copyOf(bounds, bounds.length * 2);
				}
				bounds[n++] = start;
				bounds[n++] = i;
				start = -1;
			}
			i += Character.charCount(cp);
		}
		if (start >= 0) {
			if (n + 2 > bounds.length) {
				bounds = Arrays.copyOf(bounds, bounds.length + 2);
			}
			bounds[n++] = start;
			bounds[n++] = text.length();
		}
		return Arrays.copyOf(bounds, n);
	}

	private static boolean isWordPart(int cp) {
		if (cp < 0x80) { // ASCII: letters and digits only (no marks there); most of a text
			return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
		}
		if (Character.isLetterOrDigit(cp)) {
			return true;
		}
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}
}
