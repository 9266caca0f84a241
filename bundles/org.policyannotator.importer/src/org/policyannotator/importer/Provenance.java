package org.policyannotator.importer;

import java.util.List;
import java.util.Objects;

/**
 * How a text was obtained, so that an analyst can judge and reproduce an import.
 *
 * @param source         the file the text came from, as given to the importer
 * @param format         the format the file was read as
 * @param charset        the character set the bytes were decoded with, e.g. {@code "UTF-8"}, {@code "GB18030"}
 * @param charsetSource  why that character set: {@code "bom"}, {@code "user"}, {@code "declared"},
 *                       {@code "valid-utf-8"}, {@code "detected"} (the declaration, if any, was wrong or absent)
 * @param extractionRule which rule produced the text: for HTML {@code "itemprop-articleBody"},
 *                       {@code "article-element"}, {@code "json-ld"}, {@code "density:div#story-body"} or
 *                       {@code "whole-body-fallback"}; {@code "plain-text"} or {@code "markdown-stripped"} otherwise
 * @param warnings       things the user may want to check, e.g. a wrong charset declaration; never null
 */
public record Provenance(String source, SourceFormat format, String charset, String charsetSource,
		String extractionRule, List<String> warnings) {

	public Provenance {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(charsetSource, "charsetSource");
		Objects.requireNonNull(extractionRule, "extractionRule");
		warnings = List.copyOf(warnings);
	}
}
