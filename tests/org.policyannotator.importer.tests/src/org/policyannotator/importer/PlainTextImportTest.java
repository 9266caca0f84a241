package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;

import java.nio.charset.Charset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Plain text and Markdown files. */
class PlainTextImportTest {
	private final ArticleImporter importer = new ArticleImporter();

	@Test
	void utf8TextIsImportedUnchangedApartFromTrailingNewline() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("text/xinhua-commentary-utf8.txt"));
		String original = new String(Fixtures.bytes("text/xinhua-commentary-utf8.txt"), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(original.strip(), r.text());
		assertEquals(SourceFormat.PLAIN_TEXT, r.provenance().format());
		assertEquals("plain-text", r.provenance().extractionRule());
		assertEquals("UTF-8", r.provenance().charset());
	}

	@Test
	void textWithoutBlankLinesHasOneBlockPerLine() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("text/xinhua-commentary-utf8.txt"));
		String[] lines = r.text().split("\n");
		assertEquals(lines.length, r.blocks().size());
		for (int i = 0; i < lines.length; i++) {
			TextBlock b = r.blocks().get(i);
			assertEquals(lines[i], r.text().substring(b.start(), b.end()));
			assertEquals(BlockKind.PARAGRAPH, b.kind());
		}
	}

	@Test
	void shortFirstLineIsTheTitle() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("text/xinhua-commentary-utf8.txt"));
		assertEquals(Optional.of("by Xinhua writer Zhang Can"), r.metadata().title());
	}

	@Test
	void longFirstLineIsNoTitleSoTheFileNameIs() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("text/state-visit-editorial.txt"));
		assertEquals(Optional.of("state-visit-editorial"), r.metadata().title());
		assertTrue(r.text().startsWith("On January 5, Chinese President Xi Jinping held talks"), "leading blank line dropped");
	}

	@Test
	void windowsLineEndsBecomeNewlinesAndParagraphLinesAreKept() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("text/seminar-report-crlf.txt"));
		assertFalse(r.text().contains("\r"));
		assertInOrder(r.text(), "Photo: Courtesy of NIIS CASS\nStrengthening people-to-people ties",
				"(NIIS CASS).\nThe symposium on the current status");
	}

	@Test
	void utf16WithByteOrderMarkGivesTheSameTextAsUtf8() throws Exception {
		ImportResult utf16 = importer.importFile(Fixtures.path("text/seminar-report-utf16le-bom.txt"));
		ImportResult crlf = importer.importFile(Fixtures.path("text/seminar-report-crlf.txt"));
		assertEquals("UTF-16LE", utf16.provenance().charset());
		assertEquals(crlf.text(), utf16.text());
		assertEquals(crlf.sha256(), utf16.sha256());
	}

	@Test
	void encodingGivenByTheUserIsUsed() throws Exception {
		ImportResult r = new ArticleImporter(ImportOptions.defaults().withEncoding(Charset.forName("windows-1252")))
				.importFile(Fixtures.path("text/trade-ministers-windows-1252.txt"));
		assertInOrder(r.text(), "Réunion des ministres du commerce à Séoul",
				"certificats d’origine électroniques d’ici à la fin de 2026.");
		assertEquals("user", r.provenance().charsetSource());
		assertEquals(Optional.of("Réunion des ministres du commerce à Séoul"), r.metadata().title());
	}

	@Test
	void legacyEncodedTextWithoutUserEncodingIsStillDecodedAndReported() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("text/trade-ministers-windows-1252.txt"));
		assertInOrder(r.text(), "Réunion des ministres", "électroniques");
		assertEquals("windows-1252", r.provenance().charset());
		assertEquals("detected", r.provenance().charsetSource());
	}

	@Test
	void markdownIsStrippedOfMarkupAndFrontMatterGivesMetadata() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("text/proposals-with-front-matter.md"));
		assertEquals(SourceFormat.MARKDOWN, r.provenance().format());
		assertEquals("markdown-stripped", r.provenance().extractionRule());
		assertEquals(Optional.of("Five proposals for closer China-South Korea exchanges"), r.metadata().title());
		assertEquals(Optional.of("Park Min-ji"), r.metadata().byline());
		assertEquals(Optional.of("2025-10-20"), r.metadata().published());
		String text = r.text();
		assertInOrder(text, "Five proposals for closer China-South Korea exchanges\n\nStrengthening people-to-people ties, particularly among Gen Z",
				"at a seminar in Beijing.", "The proposals", "1. Double the number", "- Fund joint reporting projects between media organisations.",
				"\"Good neighbors wish each other well,\" one participant said.", "See the full report for details.");
		assertAbsent(text, "**", "](", "# ", "title:", "---", "> ", "`", "https://example.org", "[report]", "*Gen Z*");
		AllPagesInvariantsTest.assertBlocksPartitionTheText(r);
		assertEquals(BlockKind.HEADING, r.blocks().get(0).kind());
		assertEquals("The proposals", r.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).skip(1)
				.map(b -> text.substring(b.start(), b.end())).findFirst().orElseThrow());
	}
}
