package org.policyannotator.importer.internal;

import java.util.List;

import org.policyannotator.importer.ArticleMetadata;
import org.policyannotator.importer.TextBlock;

/**
 * What an extractor found in one decoded file.
 *
 * @param text           the clean text
 * @param blocks         the paragraphs of the text, with their ranges and kinds
 * @param metadata       the metadata found
 * @param extractionRule the rule that produced the text
 */
public record Extraction(String text, List<TextBlock> blocks, ArticleMetadata metadata, String extractionRule) {

	public Extraction {
		blocks = List.copyOf(blocks);
	}

	/** An extraction of joined text. */
	public static Extraction of(TextJoiner.Joined joined, ArticleMetadata metadata, String extractionRule) {
		return new Extraction(joined.text(), joined.blocks(), metadata, extractionRule);
	}
}
