package org.policyannotator.analysis.corpus;

/**
 * One word of a document text, the unit of the token-based agreement coefficients.
 *
 * @param start first UTF-16 index (inclusive)
 * @param end   last UTF-16 index (exclusive), {@code end > start}
 */
public record Token(int start, int end) {

	/** Rejects empty or negative ranges. */
	public Token {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("bad token [" + start + ", " + end + ")");
		}
	}
}
