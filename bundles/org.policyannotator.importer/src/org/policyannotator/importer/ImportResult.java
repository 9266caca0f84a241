package org.policyannotator.importer;

import java.util.List;
import java.util.Objects;

/**
 * One imported article: its clean text, its metadata and how it was obtained.
 *
 * @param text       the clean text: paragraphs separated by one blank line ({@code "\n\n"}), line ends
 *                   {@code "\n"}, no leading or trailing white space
 * @param blocks     the paragraphs of {@code text} in order: UTF-16 ranges and what each was in the source
 *                   (heading, paragraph, list item, quote, caption, table row, preformatted); in plain text
 *                   paragraphs are separated by blank lines, or are lines when the text has no blank line
 * @param metadata   title, byline, date and so on, as far as known
 * @param provenance the source file, charset and the extraction rule that produced the text
 * @param sha256     the SHA-256 of the UTF-8 bytes of {@code text}, 64 lower-case hex digits; equal texts have
 *                   equal hashes, which is how duplicates are recognised
 * @param pageStarts for a PDF, the UTF-16 offset in {@code text} where each page starts (page 1 first; a page with
 *                   no text starts where the next does); empty for other formats
 */
public record ImportResult(String text, List<TextBlock> blocks, ArticleMetadata metadata, Provenance provenance,
		String sha256, List<Integer> pageStarts) {

	public ImportResult {
		Objects.requireNonNull(text, "text");
		blocks = List.copyOf(blocks);
		for (TextBlock b : blocks) {
			if (b.end() > text.length()) {
				throw new IllegalArgumentException("block " + b + " is outside the text of length " + text.length());
			}
		}
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(provenance, "provenance");
		Objects.requireNonNull(sha256, "sha256");
		pageStarts = List.copyOf(pageStarts);
	}
}
