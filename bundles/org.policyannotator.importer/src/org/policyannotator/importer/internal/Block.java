package org.policyannotator.importer.internal;

import org.policyannotator.importer.BlockKind;

/**
 * One paragraph of extracted text.
 *
 * @param text     the text, white space collapsed, may contain {@code \n} from {@code <br>}
 * @param kind     what it was in the page
 * @param linkOnly   whether all of it is link text
 * @param linkWeight the weight ({@link TextNormalizer#weight}) of its link text
 */
public record Block(String text, BlockKind kind, boolean linkOnly, int linkWeight) {

	/** A block whose link text is all of it ({@code linkOnly}) or none of it. */
	public Block(String text, BlockKind kind, boolean linkOnly) {
		this(text, kind, linkOnly, linkOnly ? TextNormalizer.weight(text) : 0);
	}

	/** Whether it came from {@code <h1>}..{@code <h6>}. */
	public boolean heading() {
		return kind == BlockKind.HEADING;
	}
}
