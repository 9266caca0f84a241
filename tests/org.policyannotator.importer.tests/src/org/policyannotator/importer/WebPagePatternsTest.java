package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertClean;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Patterns of real news and government pages, each reproduced by a small invented page: article text behind a "read
 * more" or paywall expander; ruby readings; a lede in a container of its own; captions, credits, video labels, tool
 * rows and newsletter prompts inside the body; titles whose og:title is the site or another wording; dates given only
 * in the text in German, Chinese or Japanese; JSON-LD in a CDATA block with a modified time.
 */
class WebPagePatternsTest {
	private final ArticleImporter importer = new ArticleImporter();

	private ImportResult load(String fixture) throws ImportException {
		ImportResult r = importer.importFile(Fixtures.path("html/" + fixture));
		assertClean(r.text());
		return r;
	}

	@Test
	void articleTextHiddenBehindAReadMoreOrPaywallExpanderIsKept() throws Exception {
		ImportResult r = load("read-more-paywall-expander.html");
		assertInOrder(r.text(), "The county council approved a ten-year transport plan", "Part 3 of the debate",
				"Part 10 of the debate", "Part 18 of the debate", "The council will review the plan every two years",
				"before the first contracts are signed next spring.");
		assertEquals(20, r.text().split("\n\n").length, r.text());
		assertAbsent(r.text(), "Read more", "cookies", "Bus fares frozen", "Copyright");
	}

	@Test
	void rubyReadingsAreNotInlinedIntoTheText() throws Exception {
		ImportResult r = load("ruby-furigana-and-pinyin.html");
		assertTrue(r.text().startsWith("政府は火曜日、新しい交通計画を発表しました。"), r.text());
		assertInOrder(r.text(), "中国の北京市も同様の計画");
		assertAbsent(r.text(), "せいふ", "かようび", "běi", "jīng", "(", "（");
		assertEquals(Optional.of("政府、新しい交通計画を発表"), r.metadata().title());
	}

	@Test
	void anArticleSplitOverContainersOfTheSameKindKeepsItsLede() throws Exception {
		ImportResult r = load("article-split-lede-in-first-container.html");
		assertTrue(r.text().startsWith("Fisheries ministers from five countries agreed on Friday"), r.text());
		assertInOrder(r.text(), "The deal, reached after two days of talks", "the Norwegian minister said.");
		assertAbsent(r.text(), "Advertisement", "Harbour dues to rise");
	}

	@Test
	void captionsCreditsVideoLabelsToolRowsNewsletterPromptsAndRelatedHeadingsLeaveTheText() throws Exception {
		ImportResult r = load("captions-credits-video-labels-tools.html");
		assertParagraphs(r.text(),
				"The city will plant ten thousand trees over the next three years to cool streets that become dangerously hot in summer.",
				"The programme will focus on districts with the fewest trees, where summer temperatures are up to four degrees higher.",
				"Residents will be able to request a tree outside their home through a new online form, the parks department said.",
				"Reuters reported on Tuesday that the region will fund a similar programme in four smaller towns next year.",
				"The first trees will be planted in October, when the soil is moist enough for young roots to establish themselves.");
		assertEquals(5, r.text().split("\n\n").length, r.text());
		assertAbsent(r.text(), "Volunteers planting", "Credit:", "Image copyright", "Mayor Ana Ruiz", "Watch video",
				"Quelle", "picture alliance", "Permalink", "Related stories", "newsletter");
	}

	@Test
	void titleIsTheVisibleHeadlineWithoutTheSiteWhenOgTitleIsTheSiteName() throws Exception {
		ImportResult r = load("title-cjk-site-suffix-og-title-is-site.html");
		assertEquals(Optional.of("中韩两国同意重启自贸谈判"), r.metadata().title());
		assertEquals(Optional.of("新华网"), r.metadata().siteName());
		assertEquals(Optional.of("2020-05-22T10:15"), r.metadata().published());
		assertAbsent(r.text(), "首页", "来源");
	}

	@Test
	void titleIsTheVisibleHeadlineThatThePagesOwnTitleConfirmsNotADifferentOgTitle() throws Exception {
		ImportResult r = load("title-og-title-differs-from-headline.html");
		assertEquals(Optional.of("Harbour board delays vote on dredging"), r.metadata().title());
		assertEquals(Optional.of("Bay Courier"), r.metadata().siteName());
	}

	@Test
	void germanStandDateAndVonBylineGivenOnlyInTheText() throws Exception {
		ImportResult r = load("german-stand-date-in-text.html");
		assertEquals(Optional.of("2020-05-22T10:15"), r.metadata().published());
		assertEquals(Optional.of("Anna Schmidt"), r.metadata().byline());
		assertAbsent(r.text(), "Stand:", "Von Anna");
	}

	@Test
	void japaneseDateWithHoursAndMinutesGivenOnlyInTheText() throws Exception {
		assertEquals(Optional.of("2020-05-22T10:15"), load("japanese-date-in-text.html").metadata().published());
	}

	@Test
	void jsonLdInACdataBlockGivesThePublishedNotTheModifiedTime() throws Exception {
		ImportResult r = load("jsonld-in-cdata-published-and-modified.html");
		assertEquals(Optional.of("2021-03-04T08:00:00Z"), r.metadata().published());
		assertEquals(Optional.of("Lena Berg"), r.metadata().byline());
		assertEquals(Optional.of("Harbour Post"), r.metadata().siteName());
	}

	@Test
	void sentencesThatMentionAnAgencyOrAVideoOrASourceStay() throws Exception {
		String html = "<html><head><title>Budget</title></head><body><h1>Budget</h1><div class=\"story\">"
				+ "<p>Reuters reported on Tuesday that the assembly approved the budget with eleven votes to seven.</p>"
				+ "<p>Quelle der Zahlen ist das Statistische Landesamt, das sie am Montag veröffentlichte.</p>"
				+ "<p>A video of the 02:17 session shows the mayor defending the plan to the assembly for an hour.</p>"
				+ "<p>The finance committee will print the detailed tables next month, together with the audit report.</p>"
				+ "</div></body></html>";
		ImportResult r = importer.importBytes(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "inline.html");
		assertInOrder(r.text(), "Reuters reported on Tuesday", "Quelle der Zahlen ist", "A video of the 02:17 session",
				"The finance committee will print");
	}

	@Test
	void relatedStoryHeadingsInsideTheBodyLeaveWithTheirLinksButRealSubheadingsStay() throws Exception {
		ImportResult r = load("related-story-headings-inside-body.html");
		assertInOrder(r.text(), "The provincial government announced on Tuesday", "Officials said the plan",
				"Telecom operators will be required", "What happens next", "The first contracts will be signed");
		assertAbsent(r.text(), "Related Topics", "Villages left offline", "More on this story", "Why rural internet",
				"Mehr zum Thema", "Breitband auf dem Land");
	}

	@Test
	void koreanWireSendTimeGivesTheDateAndTheReportersEmailSignOffLeaves() throws Exception {
		ImportResult r = load("korean-wire-sendtime-and-email-signoff.html");
		assertEquals(Optional.of("2020-05-22T10:15"), r.metadata().published());
		assertTrue(r.text().endsWith("미보급 마을은 공개될 예정이다."), r.text());
		assertAbsent(r.text(), "@yna.co.kr", "Copyright");
	}

	@Test
	void chineseDateWithoutTimeSourceAndAuthorGivenOnlyInTheText() throws Exception {
		ImportResult r = load("chinese-date-source-and-author-in-text.html");
		assertEquals(Optional.of("2020-05-22"), r.metadata().published());
		assertEquals(Optional.of("李明"), r.metadata().byline());
		assertTrue(r.text().startsWith("省政府周二宣布了一项新计划"), r.text());
		assertAbsent(r.text(), "来源", "作者", "责任编辑", "版权所有");
	}

	@Test
	void metaTagsGiveThePublishedTimeEvenWhenTheModifiedTimeComesFirstAndTheAuthor() throws Exception {
		ImportResult r = load("meta-tags-modified-before-published.html");
		assertEquals(Optional.of("2022-06-01T09:30:00Z"), r.metadata().published());
		assertEquals(Optional.of("Peter Lund"), r.metadata().byline());
	}

	@Test
	void aSentenceWithAnEmailAddressInsideStays() throws Exception {
		String html = "<html><head><title>Budget</title></head><body><h1>Budget</h1><div class=\"story\">"
				+ "<p>The assembly approved the budget on Tuesday with a majority of eleven votes to seven after a long debate.</p>"
				+ "<p>Residents can send their questions to budget@example.org until the end of the month.</p>"
				+ "<p>The finance committee will publish the detailed tables next month, together with the audit report.</p>"
				+ "</div></body></html>";
		ImportResult r = importer.importBytes(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "inline.html");
		assertInOrder(r.text(), "Residents can send their questions to budget@example.org", "The finance committee");
	}
}
