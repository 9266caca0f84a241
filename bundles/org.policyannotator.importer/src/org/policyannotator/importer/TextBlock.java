package org.policyannotator.importer;

import java.util.Objects;

/**
 * One paragraph of an imported text: where it is and what it was in the source. Offsets are UTF-16 indexes into
 * {@link ImportResult#text()}, end exclusive, so {@code text.substring(start, end)} is the paragraph.
 *
 * @param start first character
 * @param end   one past the last character
 * @param kind  heading, paragraph, list item, quote, caption, table row or preformatted
 */
public record TextBlock(int start, int end, BlockKind kind) {

	public TextBlock {
		Objects.requireNonNull(kind, "kind");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad block range " + start + ".." + end);
		}
	}
}
