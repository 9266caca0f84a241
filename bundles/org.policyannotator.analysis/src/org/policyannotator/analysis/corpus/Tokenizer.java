package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
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
		List<Token> tokens = new ArrayList<>();
		int start = -1;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (isWordPart(cp)) {
				if (start < 0) {
					start = i;
				}
			} else if (start >= 0) {
				tokens.add(new Token(start, i));
				start = -1;
			}
			i += Character.charCount(cp);
		}
		if (start >= 0) {
			tokens.add(new Token(start, text.length()));
		}
		return tokens;
	}

	private static boolean isWordPart(int cp) {
		if (Character.isLetterOrDigit(cp)) {
			return true;
		}
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}
}
