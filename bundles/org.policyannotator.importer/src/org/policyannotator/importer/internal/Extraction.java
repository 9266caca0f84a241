package org.policyannotator.importer.internal;

import org.policyannotator.importer.ArticleMetadata;

/**
 * What an extractor found in one decoded file.
 *
 * @param text           the clean text
 * @param metadata       the metadata found
 * @param extractionRule the rule that produced the text
 */
public record Extraction(String text, ArticleMetadata metadata, String extractionRule) {
}
