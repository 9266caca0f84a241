package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertClean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyannotator.importer.internal.Sha256;

/** What holds for every news page fixture, whatever its site style. */
class AllPagesInvariantsTest {

	@ParameterizedTest
	@ValueSource(strings = { "wire-service-article.html", "newspaper-itemprop-body.html", "government-press-release.html",
			"blog-nested-divs.html", "chinese-portal-gbk.html", "chinese-declared-gb2312-but-utf8.html",
			"korean-news-euc-kr.html", "french-declared-utf8-but-windows-1252.html", "jsonld-metadata-only.html",
			"jsonld-articlebody-script-rendered.html", "broadcaster-split-body-teaser-articles.html",
			"magazine-comments-as-articles.html", "government-table-layout-gb2312.html",
			"analysis-with-many-inline-links.html", "public-broadcaster-data-components.html",
			"newspaper-section-name-articlebody.html", "byline-unmarked-foreign-language.html",
			"byline-names-in-child-elements.html", "furniture-inside-article-body.html",
			"essay-split-into-section-wrappers.html", "byline-written-by-with-date-and-credit-trailer.html",
			"title-og-title-is-site-name.html", "title-cut-short-with-ellipsis.html", "title-h1-is-site-logo.html",
			"pull-quote-repeating-a-paragraph.html", "byline-candidates-site-name-and-account.html",
			"read-also-links-in-other-languages.html" })
	void everyPageGivesCleanTextATitleAndARealExtractionRule(String fixture) throws Exception {
		ImportResult r = new ArticleImporter().importFile(Fixtures.path("html/" + fixture));
		assertClean(r.text());
		assertTrue(r.text().split("\n\n").length >= 3, () -> "fewer than 3 paragraphs:\n" + r.text());
		assertTrue(r.metadata().title().isPresent(), "no title");
		assertNotEquals("whole-body-fallback", r.provenance().extractionRule());
		assertEquals(Sha256.of(r.text()), r.sha256());
		assertEquals(SourceFormat.HTML, r.provenance().format());
		assertBlocksPartitionTheText(r);
	}

	/** The blocks are the paragraphs: in order, separated by exactly one blank line, covering the whole text. */
	static void assertBlocksPartitionTheText(ImportResult r) {
		String[] paragraphs = r.text().split("\n\n");
		assertEquals(paragraphs.length, r.blocks().size(), "one block per paragraph");
		int expectedStart = 0;
		for (int i = 0; i < paragraphs.length; i++) {
			TextBlock b = r.blocks().get(i);
			assertEquals(expectedStart, b.start(), "block " + i + " start");
			assertEquals(paragraphs[i], r.text().substring(b.start(), b.end()));
			expectedStart = b.end() + 2;
		}
	}
}
