package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertClean;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Article text and metadata from pages in the styles of real news sites. */
class HtmlArticleExtractionTest {
	private final ArticleImporter importer = new ArticleImporter();

	private ImportResult load(String fixture) throws ImportException {
		return importer.importFile(Fixtures.path("html/" + fixture));
	}

	@Test
	void wireServiceArticleKeepsAllParagraphsInOrderAndDropsNavigationCookiesAdsSharingAndRelated() throws Exception {
		ImportResult r = load("wire-service-article.html");
		String text = r.text();
		assertClean(text);
		assertInOrder(text, "SEOUL, Dec. 24 (Global Wire) -- After an interval of 11 years",
				"After attending the 32nd APEC Economic Leaders' Meeting",
				"technology & people-to-people exchanges.",
				"\u201CThe momentum is clearly positive,\u201D said a researcher",
				"largest trading partner for more than two decades.");
		assertAbsent(text, "Skip to main content", "Markets", "Search Global Wire", "We use cookies", "Accept all",
				"Advertisement", "Scroll to continue", "Share on X", "Share on Facebook", "Related Coverage",
				"currency swap", "Most Read", "Careers", "All rights reserved", "Tracking script", "dataLayer",
				"Our Standards", "Topics:", "Asia Pacific");
		assertEquals("article-element", r.provenance().extractionRule());
	}

	@Test
	void wireServiceMetadataComesFromOpenGraphJsonLdAndCanonicalLink() throws Exception {
		ArticleMetadata m = load("wire-service-article.html").metadata();
		assertEquals(Optional.of("Xi's visit to South Korea revitalizes ties, observers say"), m.title());
		assertEquals(Optional.of("Zhang Can"), m.byline());
		assertEquals(Optional.of("2025-12-24T10:30:00+08:00"), m.published());
		assertEquals(Optional.of("https://www.globalwire.example/world/asia-pacific/xi-visit-south-korea-2025-12-24/"),
				m.canonicalUrl());
		assertEquals(Optional.of("Global Wire"), m.siteName());
		assertEquals(Optional.of("en-US"), m.language());
	}

	@Test
	void newspaperArticleBodyKeepsHeadingsAndQuotesAsParagraphsWithoutCaptionsAdsSharingOrComments() throws Exception {
		ImportResult r = load("newspaper-itemprop-body.html");
		String text = r.text();
		assertClean(text);
		assertEquals("itemprop-articleBody", r.provenance().extractionRule());
		assertParagraphs(text, "A new stage for neighbourhood diplomacy",
				"\"Good neighbors wish each other well, and good partners help each other succeed,\" the joint statement said.");
		assertInOrder(text, "Chinese President Xi Jinping paid a state visit", "important neighbors that cannot be moved away",
				"A new stage for neighbourhood diplomacy", "grown more than 50-fold", "Good neighbors wish each other well",
				"the views expressed are his own.");
		assertAbsent(text, "Leaders pose for a group photo", "Advertisement", "Share on Facebook", "Comments (312)", "biased take", "seoul_watcher",
				"More from Opinion", "climate treaty", "Registered in England", "Sport");
	}

	@Test
	void newspaperBlocksSayWhichParagraphIsAHeadingOrAQuote() throws Exception {
		ImportResult r = load("newspaper-itemprop-body.html");
		AllPagesInvariantsTest.assertBlocksPartitionTheText(r);
		assertEquals(BlockKind.HEADING, kindOf(r, "A new stage for neighbourhood diplomacy"));
		assertEquals(BlockKind.QUOTE, kindOf(r, "\"Good neighbors wish each other well"));
		assertEquals(BlockKind.PARAGRAPH, kindOf(r, "Over the past three decades"));
	}

	static BlockKind kindOf(ImportResult r, String paragraphStart) {
		return r.blocks().stream().filter(b -> r.text().startsWith(paragraphStart, b.start())).findFirst()
				.orElseThrow(() -> new AssertionError("no block starts with " + paragraphStart)).kind();
	}

	@Test
	void newspaperTitleLosesSectionAndSiteSuffixAndRelativeCanonicalIsResolved() throws Exception {
		ArticleMetadata m = load("newspaper-itemprop-body.html").metadata();
		assertEquals(Optional.of("Promoting China-S.Korea strategic cooperative partnership"), m.title());
		assertEquals(Optional.of("Dong Xiangrong"), m.byline());
		assertEquals(Optional.of("2025-11-05T22:54:00+08:00"), m.published());
		assertEquals(Optional.of("https://www.morningledger.example/opinion/2025/nov/05/china-south-korea-partnership"),
				m.canonicalUrl());
		assertEquals(Optional.of("The Morning Ledger"), m.siteName());
		assertEquals(Optional.of("en-GB"), m.language());
	}

	@Test
	void governmentPressReleaseWithoutArticleElementInsideWholePageFormIsFoundByDensity() throws Exception {
		ImportResult r = load("government-press-release.html");
		String text = r.text();
		assertClean(text);
		assertTrue(r.provenance().extractionRule().startsWith("density:"), r.provenance().extractionRule());
		assertInOrder(text, "The Minister for Trade today welcomed", "each other\u2019s electronic certificates",
				"Speaking after the meeting, the Minister said:", "Around 40,000 small firms", "Notes to editors",
				"agreed by 11 economies", "worth \u00A348.2 billion in 2024", "published on 1 December 2025.");
		assertParagraphs(text, "The framework was agreed by 11 economies on 14 October 2025.");
		assertAbsent(text, "GOV.EXAMPLE uses cookies", "Home", "News and communications", "Share this page", "Related content",
				"Trade minister visits Seoul", "Explore the topic", "Services and information", "Crown copyright",
				"Open Government Licence", "_gaq");
	}

	@Test
	void governmentPressReleaseMetadataFromDublinCoreAndTitleWithoutDepartmentAndSite() throws Exception {
		ImportResult r = load("government-press-release.html");
		ArticleMetadata m = r.metadata();
		assertEquals(Optional.of("Minister welcomes new framework for regional trade cooperation"), m.title());
		assertEquals(Optional.of("2025-10-15"), m.published());
		assertEquals(Optional.of("en-GB"), m.language());
		assertEquals(Optional.of("GOV.EXAMPLE"), m.siteName(), "from the end of the title");
		assertEquals("windows-1252", r.provenance().charset(), "iso-8859-1 is decoded as its superset windows-1252");
	}

	@Test
	void blogInNestedDivsKeepsSubheadingButDropsImageCaptionSharingRelatedPostsCommentsAndWidgets() throws Exception {
		ImportResult r = load("blog-nested-divs.html");
		String text = r.text();
		assertClean(text);
		assertEquals("density:div.entry-content", r.provenance().extractionRule());
		assertInOrder(text, "As golden October unfolds", "Surveys in both countries show",
				"double the number of exchange scholarships", "What should come next", "joint reporting projects");
		assertAbsent(text, "Media Cooperation Forum in Seoul on October 13", "Skip to content", "Share this", "Twitter", "Related", "Visa reform, explained", "Posted in",
				"Tagged", "thoughts on", "exchange student in Busan", "Leave a Reply", "Recent Posts",
				"small team of researchers", "Proudly powered by WordPress", "Notes on East Asian policy");
	}

	@Test
	void blogMetadataFromRelAuthorTimeElementAndTitleWithoutBlogName() throws Exception {
		ArticleMetadata m = load("blog-nested-divs.html").metadata();
		assertEquals(Optional.of("Why people-to-people exchange matters more than summits"), m.title());
		assertEquals(Optional.of("Park Min-ji"), m.byline());
		assertEquals(Optional.of("2025-10-15T23:13:00+08:00"), m.published());
		assertEquals(Optional.of("https://policynotes.example/2025/10/15/people-to-people-exchange/"), m.canonicalUrl());
		assertEquals(Optional.of("Policy Notes"), m.siteName(), "from the end of the title");
	}

	@Test
	void chinesePortalInGbkIsDecodedAndDropsThePicturesCaptionAdsRelatedNewsEditorLineAndFooter() throws Exception {
		ImportResult r = load("chinese-portal-gbk.html");
		String text = r.text();
		assertClean(text);
		assertEquals("GB18030", r.provenance().charset());
		assertParagraphs(text,
				"1月5日，“中韩人文交流现状与前景”研讨会在北京举行。与会专家表示，加强两国民间特别是青年一代之间的交流，对于持续改善和发展中韩关系至关重要。");
		assertInOrder(text, "1月5日", "研讨会由中国社会科学院国家全球战略智库主办", "副主任陈新在致辞中表示",
				"扩大交换生规模。");
		assertAbsent(text, "首页", "登录", "广告", "当前位置", "分享到", "相关新闻", "李在明抵达北京", "热点排行", "版权所有",
				"责任编辑", "脚本生成的内容", "图为研讨会现场", "\u3000"); // the caption under the picture, with its credit
	}

	@Test
	void chinesePortalTitleLosesChannelAndSiteAfterUnderscoresDateComesFromMetaAndAuthorFromLabel() throws Exception {
		ArticleMetadata m = load("chinese-portal-gbk.html").metadata();
		assertEquals(Optional.of("专家：加强青年人文交流是推动中韩关系发展的关键"), m.title());
		assertEquals(Optional.of("2026-01-05"), m.published());
		assertEquals(Optional.of("李明"), m.byline());
		assertEquals(Optional.of("华夏新闻网"), m.siteName());
	}

	@Test
	void chinesePageDeclaringGb2312ButEncodedInUtf8IsDecodedAsUtf8WithAWarning() throws Exception {
		ImportResult r = load("chinese-declared-gb2312-but-utf8.html");
		assertClean(r.text());
		assertEquals("UTF-8", r.provenance().charset());
		assertEquals("valid-utf-8", r.provenance().charsetSource());
		assertTrue(r.provenance().warnings().stream().anyMatch(w -> w.contains("gb2312")), r.provenance().warnings()::toString);
		assertInOrder(r.text(), "金秋十月，首尔汉江沿岸秋意渐浓。", "2025中韩媒体合作论坛于10月13日在韩国首尔举行", "人员培训等领域。");
		assertAbsent(r.text(), "网友评论", "互利共赢", "版权所有", "视频");
		assertEquals(Optional.of("中韩媒体合作论坛在首尔举行"), r.metadata().title());
		assertEquals(Optional.of("东方观察"), r.metadata().siteName());
		assertEquals(Optional.of("zh-CN"), r.metadata().language());
	}

	@Test
	void koreanPortalInEucKrWithParagraphsSeparatedByDoubleBreaksKeepsEachParagraph() throws Exception {
		ImportResult r = load("korean-news-euc-kr.html");
		String text = r.text();
		assertClean(text);
		assertParagraphs(text,
				"이재명 대통령은 5일 베이징 인민대회당에서 시진핑 중국 국가주석과 정상회담을 갖고 양국 관계의 전면적 복원을 위한 협력 방안을 논의했다.",
				"전문가들은 한중 관계가 안정적으로 발전하려면 정부 간 합의뿐 아니라 민간 교류가 뒷받침되어야 한다고 지적했다.");
		assertInOrder(text, "이재명 대통령은", "두 정상은 두 달여 만에", "청와대 관계자는", "전문가들은");
		assertAbsent(text, "로그인", "무단 전재", "관련기사", "한중 외교장관", "많이 본 뉴스", "코스피", "개인정보처리방침");
		ArticleMetadata m = r.metadata();
		assertEquals(Optional.of("이재명-시진핑 정상회담…\"전략적 협력동반자 관계 발전\""), m.title());
		assertEquals(Optional.of("김서연 기자"), m.byline());
		assertEquals(Optional.of("2026-01-05T18:42:00+09:00"), m.published());
		assertEquals(Optional.of("한빛일보"), m.siteName());
		assertEquals(Optional.of("ko"), m.language());
	}

	@Test
	void frenchPageDeclaringUtf8ButSavedAsWindows1252KeepsItsAccents() throws Exception {
		ImportResult r = load("french-declared-utf8-but-windows-1252.html");
		assertClean(r.text());
		assertEquals("windows-1252", r.provenance().charset());
		assertEquals("detected", r.provenance().charsetSource());
		assertInOrder(r.text(), "Le président sud-coréen Lee Jae-myung a été reçu lundi à Pékin",
				"« Nous sommes des voisins qui ne peuvent pas déménager »", "premier partenaire économique de Séoul.",
				"la rivalité sino-américaine pèsent toujours");
		assertAbsent(r.text(), "S'abonner", "cookies", "Lire aussi", "Tous droits réservés");
		assertEquals(Optional.of("La Corée du Sud et la Chine relancent leur coopération"), r.metadata().title());
		assertEquals(Optional.of("Élise Martin"), r.metadata().byline());
	}

	@Test
	void metadataOnlyInJsonLdGraphIsReadDespiteCommentsAndTrailingCommas() throws Exception {
		ImportResult r = load("jsonld-metadata-only.html");
		ArticleMetadata m = r.metadata();
		assertEquals(Optional.of("Permanent neighbours: the high-level diplomacy behind Lee's Beijing visit"), m.title());
		assertEquals(Optional.of("Hannah Cho, Marcus Webb"), m.byline());
		assertEquals(Optional.of("2026-01-06T08:00:00Z"), m.published());
		assertEquals(Optional.of("https://asiareview.example/analysis/permanent-neighbours"), m.canonicalUrl());
		assertEquals(Optional.of("Asia Review"), m.siteName());
		assertEquals(Optional.of("en-GB"), m.language());
	}

	@Test
	void articleSplitIntoOneDivPerParagraphWithoutArticleElementIsFoundWhole() throws Exception {
		ImportResult r = load("jsonld-metadata-only.html");
		assertClean(r.text());
		assertEquals("density:div.story-body", r.provenance().extractionRule());
		assertInOrder(r.text(), "On January 5, Chinese President Xi Jinping held talks",
				"International media has widely observed", "China and South Korea are permanent neighbors",
				"Whether the momentum lasts will depend on follow-through");
		assertAbsent(r.text(), "Podcasts", "Get the Asia Review briefing", "Every weekday morning", "Tokyo markets",
				"Privacy");
	}

	@Test
	void pageRenderedByScriptsFallsBackToJsonLdArticleBody() throws Exception {
		ImportResult r = load("jsonld-articlebody-script-rendered.html");
		assertEquals("json-ld", r.provenance().extractionRule());
		assertClean(r.text());
		assertParagraphs(r.text(),
				"The symposium comes at a pivotal moment as South Korean President Lee Jae-myung began his four-day state visit to China on Sunday.");
		assertInOrder(r.text(), "Strengthening people-to-people ties", "The symposium comes",
				"simpler visa rules for students & researchers");
		assertAbsent(r.text(), "enable JavaScript", "Loading");
		assertEquals(Optional.of("Seminar urges stronger youth ties between China and South Korea"), r.metadata().title());
		assertEquals(Optional.of("Chen Lu"), r.metadata().byline());
		assertEquals(Optional.of("2026-01-05"), r.metadata().published());
	}

	@Test
	void utf8ByteOrderMarkWithoutDeclarationDecodesUmlauts() throws Exception {
		ImportResult r = load("utf8-bom-no-declaration.html");
		assertEquals("bom", r.provenance().charsetSource());
		assertInOrder(r.text(), "Das Ministerium hat am Dienstag", "äußerten aber auch Sorge");
		assertTrue(!r.text().startsWith("\uFEFF"));
		assertEquals(Optional.of("Bürgerdialog zur Handelspolitik: Ergebnisse veröffentlicht"), r.metadata().title());
	}

	@Test
	void truncatedDownloadImportsWhatIsThereAndWarns() throws Exception {
		ImportResult r = load("truncated-download.html");
		assertInOrder(r.text(), "SEOUL, Dec. 24", "The momentum is clearly positive", "Bilateral trade reached about");
		assertTrue(r.provenance().warnings().stream().anyMatch(w -> w.contains("truncated")), r.provenance().warnings()::toString);
	}

	@Test
	void sha256IsTheHashOfTheCleanText() throws Exception {
		ImportResult r = load("wire-service-article.html");
		assertEquals(org.policyannotator.importer.internal.Sha256.of(r.text()), r.sha256());
		assertTrue(r.sha256().matches("[0-9a-f]{64}"));
	}
}
