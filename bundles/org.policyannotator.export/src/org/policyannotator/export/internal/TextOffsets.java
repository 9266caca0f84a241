package org.policyannotator.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.policyannotator.model.OffsetMap;
import org.policyannotator.model.Offsets;
import org.policyannotator.model.Span;

/**
 * The one place where spans are converted between the program's UTF-16 offsets and the units of export formats
 * (Unicode code points), for one document text. Immutable.
 */
public final class TextOffsets {
	private final String text;
	private final OffsetMap map;

	private TextOffsets(String text) {
		this.text = text;
		this.map = OffsetMap.of(text);
	}

	/** Conversions for {@code text}. */
	public static TextOffsets of(String text) {
		return new TextOffsets(text);
	}

	/** The text. */
	public String text() {
		return text;
	}

	/** Code point offset of a UTF-16 offset. */
	public int codePoint(int utf16) {
		return map.toCodePoints(utf16);
	}

	/** Number of code points of the text. */
	public int codePointLength() {
		return map.toCodePoints(text.length());
	}

	/**
	 * UTF-16 offset of a code point offset.
	 *
	 * @throws IndexOutOfBoundsException if it lies outside the text
	 */
	public int utf16(int codePoint) {
		return map.toUtf16(codePoint);
	}

	/**
	 * The span of {@code [start, end)} given in code points, with quote and context from the text.
	 *
	 * @throws IllegalArgumentException if the offsets lie outside the text or are reversed
	 */
	public Span spanFromCodePoints(int start, int end) {
		int length = codePointLength();
		if (start < 0 || end < start || end > length) {
			throw new IllegalArgumentException("code point offsets [" + start + ", " + end
					+ ") do not lie inside the text (" + length + " code points)");
		}
		return Span.of(text, map.toUtf16(start), map.toUtf16(end));
	}

	/**
	 * The span of {@code [start, end)} given in UTF-16 units.
	 *
	 * @throws IllegalArgumentException if the offsets lie outside the text, are reversed or cut a surrogate pair
	 */
	public Span spanFromUtf16(int start, int end) {
		return Span.of(text, start, end);
	}

	/**
	 * The pieces of {@code span} between line breaks (for line-based formats such as brat), as UTF-16
	 * {@code [start, end)} pairs; pieces that would be empty are dropped.
	 */
	public List<int[]> pieces(Span span) {
		List<int[]> pieces = new ArrayList<>(1);
		int from = span.start();
		for (int i = span.start(); i < span.end(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				if (i > from) {
					pieces.add(new int[] { from, i });
				}
				from = i + 1;
			}
		}
		if (span.end() > from || pieces.isEmpty()) {
			pieces.add(new int[] { from, Math.max(from, span.end()) });
		}
		return pieces;
	}

	/** Whether {@code offset} cuts a surrogate pair of {@code text} in two. */
	public static boolean splitsPair(String text, int offset) {
		return Offsets.splitsSurrogatePair(text, offset);
	}
}
