package org.policyannotator.model;

/**
 * Conversions between the UTF-16 offsets used inside the program and Unicode code point offsets used by some
 * export formats. Combining marks are separate code points (they are not merged into grapheme clusters); CR and LF
 * are one unit each. For many conversions on one text use {@link OffsetMap}.
 */
public final class Offsets {

	private Offsets() {
	}

	/** Code point offset of the UTF-16 offset {@code utf16} in {@code text}. */
	public static int toCodePoints(String text, int utf16) {
		checkBounds(text, utf16);
		return text.codePointCount(0, utf16);
	}

	/** UTF-16 offset of the code point offset {@code codePoints} in {@code text}. */
	public static int toUtf16(String text, int codePoints) {
		if (codePoints < 0) {
			throw new IndexOutOfBoundsException("negative code point offset " + codePoints);
		}
		return text.offsetByCodePoints(0, codePoints);
	}

	/** Whether {@code offset} falls between the high and the low half of a surrogate pair. */
	public static boolean splitsSurrogatePair(String text, int offset) {
		return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
				&& Character.isLowSurrogate(text.charAt(offset));
	}

	/**
	 * {@code offset} if it is a code point boundary, otherwise the boundary just after ({@code towardsEnd}) or just
	 * before it.
	 */
	static int safeBoundary(String text, int offset, boolean towardsEnd) {
		if (splitsSurrogatePair(text, offset)) {
			return towardsEnd ? offset + 1 : offset - 1;
		}
		return offset;
	}

	private static void checkBounds(String text, int utf16) {
		if (utf16 < 0 || utf16 > text.length()) {
			throw new IndexOutOfBoundsException("offset " + utf16 + " outside a text of length " + text.length());
		}
	}
}
