package org.policyannotator.model;

/**
 * One contiguous piece of an annotation: UTF-16 offsets into the document text plus the quoted text and a short
 * context before and after it, so that the span can be re-anchored when the text changes.
 *
 * @param start  first UTF-16 index (inclusive)
 * @param end    last UTF-16 index (exclusive), {@code end >= start}
 * @param quote  the text at {@code [start, end)} when the span was made
 * @param prefix up to {@link #CONTEXT_LENGTH} characters before the span (may be empty)
 * @param suffix up to {@link #CONTEXT_LENGTH} characters after the span (may be empty)
 */
public record Span(int start, int end, String quote, String prefix, String suffix) {

	/** How many characters of context a span keeps on either side. */
	public static final int CONTEXT_LENGTH = 32;

	/** Checks the invariants that do not depend on a text. */
	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span offsets [" + start + ", " + end + ")");
		}
		if (quote == null || prefix == null || suffix == null) {
			throw new IllegalArgumentException("span quote, prefix and suffix must not be null (use \"\")");
		}
	}

	/**
	 * Makes a span of {@code text[start, end)}, taking the quote, prefix and suffix from the text.
	 *
	 * @throws IllegalArgumentException if the offsets are out of bounds or cut a surrogate pair in two
	 */
	public static Span of(String text, int start, int end) {
		if (start < 0 || end < start || end > text.length()) {
			throw new IllegalArgumentException(
					"span [" + start + ", " + end + ") is outside a text of length " + text.length());
		}
		if (Offsets.splitsSurrogatePair(text, start) || Offsets.splitsSurrogatePair(text, end)) {
			throw new IllegalArgumentException("span [" + start + ", " + end + ") cuts a surrogate pair in two");
		}
		int prefixStart = Offsets.safeBoundary(text, Math.max(0, start - CONTEXT_LENGTH), true);
		int suffixEnd = Offsets.safeBoundary(text, Math.min(text.length(), end + CONTEXT_LENGTH), false);
		return new Span(start, end, text.substring(start, end), text.substring(prefixStart, start),
				text.substring(end, suffixEnd));
	}

	/** Number of UTF-16 units covered. */
	public int length() {
		return end - start;
	}

	/** Whether this span and {@code other} share at least one character. */
	public boolean overlaps(Span other) {
		return start < other.end && other.start < end;
	}

	/** Whether the offsets lie inside {@code text} and the text there equals the stored quote. */
	public boolean matches(String text) {
		return end <= text.length() && quote.length() == length() && text.regionMatches(start, quote, 0, quote.length());
	}
}
