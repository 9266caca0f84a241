package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on extracted article text. */
final class ArticleAssertions {
	/** Three paragraphs of an invented article, for pages built around them. */
	static final String PARAGRAPH_1 = "<p>The government wants to cut the tax on pensions from October, the finance minister said on"
			+ " Tuesday.</p>";
	static final String PARAGRAPH_2 = "<p>The cut will cost about seven billion a year and will be paid for by higher taxes on"
			+ " tobacco.</p>";
	static final String PARAGRAPH_3 = "<p>The opposition called the proposal a gift to voters six months before the general"
			+ " election.</p>";

	private ArticleAssertions() {
	}

	/** Each snippet occurs in {@code text}, each after the previous one. */
	static void assertInOrder(String text, String... snippets) {
		int from = 0;
		for (String snippet : snippets) {
			int at = text.indexOf(snippet, from);
			if (at < 0) {
				if (text.contains(snippet)) {
					fail("\"" + snippet + "\" is out of order in:\n" + text);
				}
				fail("\"" + snippet + "\" is missing from:\n" + text);
			}
			from = at + snippet.length();
		}
	}

	/** None of the snippets occurs in {@code text}. */
	static void assertAbsent(String text, String... snippets) {
		for (String snippet : snippets) {
			assertFalse(text.contains(snippet), () -> "boilerplate \"" + snippet + "\" is in:\n" + text);
		}
	}

	/** The given snippets are each a paragraph of their own (surrounded by blank lines or text ends). */
	static void assertParagraphs(String text, String... paragraphs) {
		for (String p : paragraphs) {
			assertTrue(("\n\n" + text + "\n\n").contains("\n\n" + p + "\n\n"),
					() -> "\"" + p + "\" is not a paragraph of its own in:\n" + text);
		}
	}

	/** The text of a fixture page ({@code html/<name>}), checked to be clean (see {@link #assertClean(String)}). */
	static String cleanText(ArticleImporter importer, String fixture) throws ImportException {
		String text = importer.importFile(Fixtures.path("html/" + fixture)).text();
		assertClean(text);
		return text;
	}

	/**
	 * Imports an invented page written to {@code dir}: the doctype, {@code htmlTag} (the opening {@code <html>} tag), a
	 * head with a UTF-8 meta, then {@code rest}; its text is checked to be clean.
	 */
	static ImportResult importPage(java.nio.file.Path dir, String htmlTag, String rest) throws Exception {
		java.nio.file.Path page = dir.resolve("page.html");
		java.nio.file.Files.writeString(page, "<!DOCTYPE html>" + htmlTag + "<head><meta charset=\"utf-8\">" + rest + "</html>",
				java.nio.charset.StandardCharsets.UTF_8);
		ImportResult r = new ArticleImporter().importFile(page);
		assertClean(r.text());
		return r;
	}

	/** Clean-text invariants: no tags, no entities, no runs of spaces, no triple line breaks, trimmed. */
	static void assertClean(String text) {
		assertFalse(text.isBlank(), "text is empty");
		assertTrue(text.strip().equals(text), "text is not trimmed");
		assertFalse(text.contains("\n\n\n"), "more than one blank line between paragraphs");
		assertFalse(text.contains("  "), "runs of spaces left");
		assertFalse(text.contains("\r"), "carriage return left");
		assertFalse(text.matches("(?s).*&(amp|lt|gt|quot|nbsp|ldquo|rdquo|#\\d+);.*"), "undecoded entity left");
		assertFalse(text.matches("(?s).*</?(p|div|span|a|script|br)\\b.*"), "HTML tag left");
		assertFalse(text.contains("\uFFFD"), "replacement character: decoded with the wrong charset");
	}
}
