package org.policyannotator.export.importing;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a file's offsets count. doccano counts UTF-16 code units, as the browser does (its grapheme mode counts
 * user-perceived characters); Python tools and W3C count code points.
 */
public enum OffsetUnit {
	/** UTF-16 code units (Java, JavaScript, doccano's default). */
	UTF16("utf16", "UTF-16 units"),
	/** Unicode code points (Python's {@code str}, W3C, brat). */
	CODE_POINTS("codepoints", "code points"),
	/** Extended grapheme clusters (doccano's grapheme mode). */
	GRAPHEMES("graphemes", "graphemes");

	private final String key;
	private final String words;

	OffsetUnit(String key, String words) {
		this.key = key;
		this.words = words;
	}

	/** The word on the command line ({@code --offsets}). */
	public String key() {
		return key;
	}

	/** The unit in a message, e.g. {@code code points}. */
	public String words() {
		return words;
	}

	/** The unit for a command-line word. */
	public static Optional<OffsetUnit> fromKey(String key) {
		String wanted = key.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(u -> u.key.equals(wanted)).findFirst();
	}

	/** All keys, {@code utf16|codepoints|graphemes}. */
	public static String keys() {
		return Arrays.stream(values()).map(OffsetUnit::key).collect(Collectors.joining("|"));
	}

	/**
	 * The UTF-16 offset of {@code offset} counted in this unit.
	 *
	 * @throws IllegalArgumentException if it lies outside the text or cuts a character of the text in two
	 */
	public int toUtf16(String text, int offset) {
		if (offset < 0) {
			throw new IllegalArgumentException("offset " + offset + " is negative");
		}
		return switch (this) {
		case UTF16 -> {
			if (offset > text.length()) {
				throw outside(offset, text.length());
			}
			if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
					&& Character.isLowSurrogate(text.charAt(offset))) {
				throw new IllegalArgumentException("offset " + offset + " cuts a character in two");
			}
			yield offset;
		}
		case CODE_POINTS -> {
			int length = text.codePointCount(0, text.length());
			if (offset > length) {
				throw outside(offset, length);
			}
			yield text.offsetByCodePoints(0, offset);
		}
		case GRAPHEMES -> {
			BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
			graphemes.setText(text);
			int at = 0;
			for (int i = 0; i < offset; i++) {
				at = graphemes.next();
				if (at == BreakIterator.DONE) {
					throw outside(offset, i);
				}
			}
			yield at;
		}
		};
	}

	/** The offset in this unit of a UTF-16 offset (which must lie on a boundary of this unit). */
	public int fromUtf16(String text, int utf16) {
		return switch (this) {
		case UTF16 -> utf16;
		case CODE_POINTS -> text.codePointCount(0, utf16);
		case GRAPHEMES -> {
			BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
			graphemes.setText(text);
			int count = 0;
			int at = 0;
			while (at < utf16 && at != BreakIterator.DONE) {
				at = graphemes.next();
				count++;
			}
			yield count;
		}
		};
	}

	private IllegalArgumentException outside(int offset, int length) {
		return new IllegalArgumentException("offset " + offset + " lies outside the text (" + length + " " + words
				+ ")");
	}
}
