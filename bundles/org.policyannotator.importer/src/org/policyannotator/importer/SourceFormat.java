package org.policyannotator.importer;

/** The kind of file an article was imported from. */
public enum SourceFormat {
	/** An HTML page, saved from a browser or a crawler. */
	HTML,
	/** Plain text; paragraphs are kept as they are. */
	PLAIN_TEXT,
	/** Markdown; headings, emphasis, links and similar markup are stripped to plain text. */
	MARKDOWN,
	/** A PDF with a text layer; pages are kept as {@link ImportResult#pageStarts()}. */
	PDF
}
