package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** How page structure becomes paragraphs, and how the format of a file is chosen. */
class FormatAndStructureTest {
	private static final String SENTENCE = "The committee said the proposal would cut costs for small exporters, "
			+ "according to figures published on Tuesday.";
	private final ArticleImporter importer = new ArticleImporter();

	private ImportResult html(String body) throws ImportException {
		String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A page</title></head><body>"
				+ "<div id=\"story\">" + body + "</div></body></html>";
		return importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "page.html");
	}

	@Test
	void singleBreakIsALineBreakAndDoubleBreakStartsAParagraph() throws Exception {
		ImportResult r = html("<p>" + SENTENCE + "<br>Second line of the same paragraph.<br><br>" + SENTENCE + "</p>");
		assertEquals(SENTENCE + "\nSecond line of the same paragraph.\n\n" + SENTENCE, r.text());
	}

	@Test
	void listItemsHeadingsAndQuotesAreParagraphsAndInlineMarkupIsJoinedWithoutExtraSpaces() throws Exception {
		ImportResult r = html("<h2>Key   points</h2><ul><li>Exports <b>rose</b> 6%,</li><li>imports fell.</li></ul>"
				+ "<blockquote>&quot;We are <em>pleased</em>,&quot; she said.</blockquote><p>" + SENTENCE + "</p>");
		assertEquals("Key points\n\nExports rose 6%,\n\nimports fell.\n\n\"We are pleased,\" she said.\n\n" + SENTENCE,
				r.text());
	}

	@Test
	void tableRowIsOneParagraphWithCellsSeparatedByTabs() throws Exception {
		ImportResult r = html("<p>" + SENTENCE + "</p><table><tr><th>Year</th><th>Exports</th></tr>"
				+ "<tr><td>2024</td><td>48.2 bn</td></tr></table>");
		assertParagraphs(r.text(), "Year\tExports", "2024\t48.2 bn");
	}

	@Test
	void blocksMarkListItemsTableRowsAndPreformattedText() throws Exception {
		ImportResult r = html("<p>" + SENTENCE + "</p><ul><li>Exports rose.</li></ul><table><tr><td>2024</td><td>48.2 bn</td>"
				+ "</tr></table><pre>Asia  12.5</pre>");
		AllPagesInvariantsTest.assertBlocksPartitionTheText(r);
		assertEquals(java.util.List.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.PREFORMATTED),
				r.blocks().stream().map(TextBlock::kind).toList());
	}

	@Test
	void preformattedTextKeepsItsLines() throws Exception {
		ImportResult r = html("<p>" + SENTENCE + "</p><pre>Region   2024\nAsia     12.5\nEurope    8.1</pre>");
		assertParagraphs(r.text(), "Region   2024\nAsia     12.5\nEurope    8.1");
	}

	@Test
	void noBreakSpacesZeroWidthSpacesAndSoftHyphensDoNotSurvive() throws Exception {
		ImportResult r = html("<p>Trade&nbsp;&nbsp;rose\u200B by six\u00ADteen per cent,  officials said on Monday in a statement.</p><p>"
				+ SENTENCE + "</p>");
		assertTrue(r.text().startsWith("Trade rose by sixteen per cent, officials said"), r.text());
	}

	@Test
	void hiddenElementsAreNotText() throws Exception {
		ImportResult r = html("<p>" + SENTENCE + "</p><p style=\"display: none\">Hidden tracking text.</p>"
				+ "<p hidden>Also hidden.</p><span class=\"sr-only\">Screen reader only.</span><p>" + SENTENCE + "</p>");
		assertFalse(r.text().contains("idden"), r.text());
		assertFalse(r.text().contains("Screen reader"), r.text());
	}

	@Test
	void pageSavedAsTxtIsReadAsHtml() throws Exception {
		String page = "<!DOCTYPE html><html><body><article><p>" + SENTENCE + "</p><p>" + SENTENCE + "</p></article></body></html>";
		ImportResult r = importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "saved.txt");
		assertEquals(SourceFormat.HTML, r.provenance().format());
		assertFalse(r.text().contains("<p>"));
	}

	@Test
	void htmlFileWithoutAnyTagIsReadAsPlainTextKeepingItsLines() throws Exception {
		ImportResult r = importer.importBytes(("Headline\n" + SENTENCE + "\n" + SENTENCE).getBytes(StandardCharsets.UTF_8),
				"mislabelled.html");
		assertEquals(SourceFormat.PLAIN_TEXT, r.provenance().format());
		assertEquals("Headline\n" + SENTENCE + "\n" + SENTENCE, r.text());
	}

	@Test
	void fileWithoutExtensionIsSniffed() throws Exception {
		ImportResult page = importer.importBytes(("<html><body><div><p>" + SENTENCE + "</p><p>" + SENTENCE
				+ "</p></div></body></html>").getBytes(StandardCharsets.UTF_8), "download");
		ImportResult text = importer.importBytes(SENTENCE.getBytes(StandardCharsets.UTF_8), "README");
		assertEquals(SourceFormat.HTML, page.provenance().format());
		assertEquals(SourceFormat.PLAIN_TEXT, text.provenance().format());
	}

	@Test
	void brokenJsonLdIsIgnoredAndTheRestOfThePageStillImports() throws Exception {
		String page = "<html><head><title>Budget vote delayed | Capital News</title><script type=\"application/ld+json\">"
				+ "{\"@type\": \"NewsArticle\", \"headline\": </script></head><body><div><p>" + SENTENCE + "</p><p>"
				+ SENTENCE + "</p></div></body></html>";
		ImportResult r = importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "page.html");
		assertEquals(Optional.of("Budget vote delayed"), r.metadata().title());
		assertTrue(r.text().startsWith(SENTENCE));
	}

	@Test
	void articleBodyInJsonLdAsHtmlFragmentBecomesParagraphs() throws Exception {
		String body = "<p>" + SENTENCE + "</p><p>Ministers will meet again in March to agree the final text of the deal.</p>";
		String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Deal\","
				+ "\"articleBody\":\"" + body.replace("\"", "\\\"") + "\"}</script></head><body><div id=\"app\"></div></body></html>";
		ImportResult r = importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "page.html");
		assertEquals("json-ld", r.provenance().extractionRule());
		assertEquals(SENTENCE + "\n\nMinisters will meet again in March to agree the final text of the deal.", r.text());
	}

	@Test
	void titleThatIsOnlyTheSiteNameGivesWayToTheHeadline() throws Exception {
		String page = "<html><head><title>Capital News</title><meta property=\"og:site_name\" content=\"Capital News\">"
				+ "</head><body><h1>Budget vote delayed again</h1><div><p>" + SENTENCE + "</p><p>" + SENTENCE
				+ "</p></div></body></html>";
		ImportResult r = importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "page.html");
		assertEquals(Optional.of("Budget vote delayed again"), r.metadata().title());
	}

	@Test
	void smallMarkedUpTeaserDoesNotWinOverTheRealBodyElsewhere() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 1; i <= 6; i++) {
			body.append("<p>Paragraph ").append(i).append(": ").append(SENTENCE).append("</p>");
		}
		String page = "<html><body><div class=\"col\"><article class=\"card\"><p itemprop=\"articleBody\">"
				+ "Summary of another story about trade, with a comma, long enough to count as a paragraph of text.</p>"
				+ "</article></div><div class=\"col\"><div id=\"text\">" + body + "</div></div></body></html>";
		ImportResult r = importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "page.html");
		assertEquals("density:div#text", r.provenance().extractionRule());
		assertTrue(r.text().startsWith("Paragraph 1: ") && r.text().endsWith("Paragraph 6: " + SENTENCE), r.text());
		assertFalse(r.text().contains("Summary of another story"), r.text());
	}

	@Test
	void headlineInsideTheArticleIsPreferredToALogoHeadingBeforeIt() throws Exception {
		String page = "<html><head><title>Capital News</title><meta property=\"og:site_name\" content=\"Capital News\">"
				+ "</head><body><header><h1><a href=\"/\">Capital News</a></h1></header><article><h1>Budget vote delayed again"
				+ "</h1><p>" + SENTENCE + "</p><p>" + SENTENCE + "</p></article></body></html>";
		ImportResult r = importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "page.html");
		assertEquals(Optional.of("Budget vote delayed again"), r.metadata().title());
	}

	@Test
	void paragraphsWrittenAsDivsWithTextAreFoundTogetherAndKeptApart() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 1; i <= 5; i++) {
			body.append("<div class=\"para\">Paragraph ").append(i).append(": ").append(SENTENCE).append("</div>");
		}
		String page = "<html><body><div class=\"menu\"><a href=\"/a\">World</a> <a href=\"/b\">Business</a></div>"
				+ "<div class=\"x1\">" + body + "</div><div class=\"x2\"><div>Weather: sunny, 24 degrees, light wind "
				+ "from the south-west, and no rain expected.</div></div></body></html>";
		ImportResult r = importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "page.html");
		assertEquals("density:div.x1", r.provenance().extractionRule());
		assertTrue(r.text().startsWith("Paragraph 1: " + SENTENCE + "\n\nParagraph 2: "), r.text());
		assertTrue(r.text().endsWith("Paragraph 5: " + SENTENCE), r.text());
		assertFalse(r.text().contains("Weather"), r.text());
	}

	@Test
	void readingTimeDateLinesAndCopyrightLinesInsideTheArticleAreDropped() throws Exception {
		ImportResult r = html("<p>4 min read</p><p>Published: Oct 15, 2025 11:13 PM</p><p>Updated 3 hours ago</p><p>" + SENTENCE
				+ "</p><p>Updated figures from the ministry show exports rose for a third month in a row.</p>"
				+ "<p>Copyright 2025 Capital News. All rights reserved.</p><p>&lt;저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지&gt;</p>"
				+ "<p>版权所有 华夏新闻网 未经授权禁止转载</p><div>(责编：李华、张三)</div><p>【责任编辑：张华】</p>");
		assertEquals(SENTENCE + "\n\nUpdated figures from the ministry show exports rose for a third month in a row.", r.text());
	}

	@Test
	void bodyWithParagraphsButNoContainerUsesTheBody() throws Exception {
		String page = "<html><body><p>" + SENTENCE + "</p><p>" + SENTENCE.replace("Tuesday", "Monday") + "</p></body></html>";
		ImportResult r = importer.importBytes(page.getBytes(StandardCharsets.UTF_8), "page.html");
		assertEquals(SENTENCE + "\n\n" + SENTENCE.replace("Tuesday", "Monday"), r.text());
	}
}
