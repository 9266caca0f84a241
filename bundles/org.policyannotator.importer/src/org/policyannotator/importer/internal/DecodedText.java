package org.policyannotator.importer.internal;

import java.util.List;

/**
 * Text decoded from bytes, with the character set used and why it was chosen.
 *
 * @param text          the decoded text, without a byte order mark
 * @param charset       the canonical name of the character set, e.g. {@code UTF-8}
 * @param charsetSource {@code bom}, {@code user}, {@code declared}, {@code valid-utf-8} or {@code detected}
 * @param warnings      what the user may want to know, e.g. that the page declared another charset
 */
public record DecodedText(String text, String charset, String charsetSource, List<String> warnings) {

	public DecodedText {
		warnings = List.copyOf(warnings);
	}
}
