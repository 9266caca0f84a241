package org.policyannotator.ui.editor;

import java.util.Optional;

/**
 * Turns what the user selected into the span to tag: leading and trailing white space trimmed and, when word
 * snapping is on, widened to whole words (a selection that starts or ends inside a word takes the whole word).
 */
public final class SpanBounds {

	/** A span {@code [start, end)} in UTF-16 offsets. */
	public record Bounds(int start, int end) {
	}

	private SpanBounds() {
	}

	/** The span to tag for a selection, or empty when the selection holds only white space. */
	public static Optional<Bounds> of(String text, int start, int end, boolean snapToWords) {
		int s = Math.max(0, Math.min(start, end));
		int e = Math.min(text.length(), Math.max(start, end));
		if (snapToWords) {
			while (s > 0 && isWordPart(text, s - 1) && s < text.length() && isWordPart(text, s)) {
				s--;
			}
			while (e < text.length() && e > 0 && isWordPart(text, e - 1) && isWordPart(text, e)) {
				e++;
			}
		}
		while (s < e && Character.isWhitespace(text.codePointAt(s))) {
			s += Character.charCount(text.codePointAt(s));
		}
		while (e > s && Character.isWhitespace(text.codePointBefore(e))) {
			e -= Character.charCount(text.codePointBefore(e));
		}
		if (s < e && Character.isLowSurrogate(text.charAt(s))) {
			s--;
		}
		if (e < text.length() && e > s && Character.isHighSurrogate(text.charAt(e - 1))) {
			e++;
		}
		return s < e ? Optional.of(new Bounds(s, e)) : Optional.empty();
	}

	private static boolean isWordPart(String text, int index) {
		char c = text.charAt(index);
		return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || c == '\'' || c == '’' || c == '-' && index > 0
				&& index + 1 < text.length() && Character.isLetterOrDigit(text.charAt(index - 1))
				&& Character.isLetterOrDigit(text.charAt(index + 1));
	}
}
