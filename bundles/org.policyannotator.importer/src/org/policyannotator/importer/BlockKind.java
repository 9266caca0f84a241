package org.policyannotator.importer;

/** What a paragraph of the imported text was in the source. */
public enum BlockKind {
	/** A heading ({@code <h1>}..{@code <h6>}, a Markdown heading). */
	HEADING,
	/** Running text. */
	PARAGRAPH,
	/** An item of a list ({@code <li>}, {@code <dt>}, {@code <dd>}). */
	LIST_ITEM,
	/** A block quote. */
	QUOTE,
	/** A figure or table caption. */
	CAPTION,
	/** A table row; its cells are separated by tabs. */
	TABLE_ROW,
	/** Preformatted text whose lines were kept. */
	PREFORMATTED,
	/** A footnote of a PDF page, moved after the body text; it starts with its mark (e.g. {@code "[3]"}). */
	FOOTNOTE
}
