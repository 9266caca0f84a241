package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertClean;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Layouts that trip simple extractors: split bodies, teaser grids, comments marked up as articles, table layouts. */
class HardLayoutExtractionTest {
	private final ArticleImporter importer = new ArticleImporter();

	private ImportResult load(String fixture) throws ImportException {
		return importer.importFile(Fixtures.path("html/" + fixture));
	}

	@Test
	void bodySplitIntoPartsByAdsIsJoinedAndTeaserArticlesAroundItAreLeftOut() throws Exception {
		ImportResult r = load("broadcaster-split-body-teaser-articles.html");
		assertClean(r.text());
		assertInOrder(r.text(), "Leaders from eleven Pacific economies", "would fund 60,000 additional places",
				"\"Education is the most durable form of diplomacy we have,\"", "lacked detail on visas",
				"report on the first 10,000 places.");
		assertAbsent(r.text(), "Advertisement", "Topics", "More stories", "Island states welcome", "read the full story",
				"Weather", "Terms of use");
	}

	@Test
	void bylineWrittenAsByTextWithoutMarkupIsFoundAndRfc1123DateIsNormalised() throws Exception {
		ArticleMetadata m = load("broadcaster-split-body-teaser-articles.html").metadata();
		assertEquals(Optional.of("Liam O'Connor and Mei Tanaka"), m.byline());
		assertEquals(Optional.of("2025-10-16T04:12:00Z"), m.published());
		assertEquals(Optional.of("Regional leaders pledge to double student exchanges"), m.title());
	}

	@Test
	void commentsMarkedUpAsArticlesAndNewsletterBoxAreNotPartOfThePost() throws Exception {
		ImportResult r = load("magazine-comments-as-articles.html");
		assertClean(r.text());
		assertEquals("article-element", r.provenance().extractionRule());
		assertInOrder(r.text(), "Twinning arrangements between cities", "traded 14% more",
				"exchanges of school pupils were the single best predictor", "less than a single trade mission a year.");
		assertAbsent(r.text(), "Posted on", "Enjoying this article", "Sign up for the Civic Review", "Subscribe",
				"3 responses", "fifty years on", "Correlation is not causation", "Popular", "independent magazine");
	}

	@Test
	void metaAuthorIsPreferredToAnArticleAuthorProfileUrl() throws Exception {
		assertEquals(Optional.of("Amelia Hart"), load("magazine-comments-as-articles.html").metadata().byline());
	}

	@Test
	void tableLayoutPageWithBreakSeparatedParagraphsInACellIsExtractedFromThatCell() throws Exception {
		ImportResult r = load("government-table-layout-gb2312.html");
		assertClean(r.text());
		assertEquals("density:td.content", r.provenance().extractionRule());
		assertParagraphs(r.text(), "二是加大对外资研发中心的支持力度，对符合条件的研发中心给予最高五百万元的一次性奖励。",
				"本通知自2026年1月1日起施行。");
		assertInOrder(r.text(), "各区人民政府，市政府各部门：", "为进一步扩大对外开放", "一是简化", "二是加大", "三是优化",
				"本通知自2026年1月1日起施行。");
		assertAbsent(r.text(), "网站首页", "政务公开", "通知公告", "政策解读", "主办单位", "网站地图");
	}

	@Test
	void labelledChineseDateInThePageIsUsedWhenNoMetaDateExists() throws Exception {
		ArticleMetadata m = load("government-table-layout-gb2312.html").metadata();
		assertEquals(Optional.of("2025-12-20"), m.published());
		assertEquals(Optional.of("市人民政府关于实施外商投资便利化措施的通知"), m.title());
	}

	@Test
	void paragraphsFullOfInlineLinksAreKeptWhileTheLinkListBesideThemGoes() throws Exception {
		ImportResult r = load("analysis-with-many-inline-links.html");
		assertClean(r.text());
		assertParagraphs(r.text(),
				"According to the latest trade figures, exports of semiconductors rose 18% year on year, while shipbuilding orders hit a ten-year high.",
				"Analysts at three major banks raised their growth forecasts, citing stronger demand from China and the United States.");
		assertInOrder(r.text(), "According to the latest", "The central bank said", "Analysts at three major banks",
				"Still, economists warned");
		assertAbsent(r.text(), "Inflation eases", "Bond yields", "Markets", "Economy Daily");
	}

	@Test
	void componentPageNamedByDataAttributesDropsItsAdSlotLinksBlockTagsImageCaptionAndConsentBanner() throws Exception {
		ImportResult r = load("public-broadcaster-data-components.html");
		assertClean(r.text());
		assertInOrder(r.text(), "Youth exchanges key to China-South Korea ties, experts say",
				"Strengthening people-to-people ties",
				"The symposium comes at a pivotal moment", "Chen Xin, deputy director", "\"the missing piece\"",
				"more joint media projects.");
		assertAbsent(r.text(), "Experts at the seminar in Beijing on Monday", "agree to cookies", "Advertisement",
				"Related stories", "Lee arrives in Beijing",
				"South Korea\n", "Share", "More on this story", "Copyright 2026", "data blob", "By Grace Liu", "Asia reporter");
		assertEquals(Optional.of("Grace Liu"), r.metadata().byline());
		assertEquals(Optional.of("2026-01-05T17:40:12Z"), r.metadata().published());
	}

	@Test
	void sectionNamedArticleBodyWithHashedClassNamesDropsAdvertisementAndCommentsLink() throws Exception {
		ImportResult r = load("newspaper-section-name-articlebody.html");
		assertClean(r.text());
		assertEquals("itemprop-articleBody", r.provenance().extractionRule());
		assertParagraphs(r.text(), "Trade between the two countries reached about $328 billion last year.");
		assertInOrder(r.text(), "President Lee Jae-myung of South Korea arrived in Beijing",
				"The trip is a test of whether Seoul", "\u201cWe are not choosing sides; we are choosing prosperity,\u201d",
				"about $328 billion last year.");
		assertAbsent(r.text(), "Subscribe", "Log in", "Advertisement", "SKIP ADVERTISEMENT", "Read 214 Comments",
				"Related Content", "Inside the Chip War", "Privacy Policy");
		ArticleMetadata m = r.metadata();
		assertEquals(Optional.of("Lee's Visit Tests a Delicate Balance Between Beijing and Washington"), m.title());
		assertEquals(Optional.of("Daniel Park and Susan Reed"), m.byline());
		assertEquals(Optional.of("https://www.metrotimes.example/2026/01/05/world/asia/lee-china-visit.html"), m.canonicalUrl());
	}
}
