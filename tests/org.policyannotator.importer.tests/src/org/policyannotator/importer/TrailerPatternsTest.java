package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import org.junit.jupiter.api.Test;

/**
 * Patterns found on the fifteenth unseen gold batch, each reproduced by a small invented page: class names that are
 * generated hashes; notes about the authors, print-edition lines and wire credits after the body; a press release's
 * contact card, distributor marks and reference number, with subheadings in wrappers of their own between its parts;
 * a category row and date above the headline; a blog's name and description over a post; publisher disclaimers,
 * follow prompts, sign-up consent lines and chart captions; the heading that only names a live blog's summary box; note marks
 * and notes.
 */
class TrailerPatternsTest {
	private final ArticleImporter importer = new ArticleImporter();

	private String text(String fixture) throws ImportException {
		return ArticleAssertions.cleanText(importer, fixture);
	}

	@Test
	void staffCreditLinesAReadersCallOutAndANoticeForbiddingToTakeTheContentLeaveButSentencesLikeThemStay()
			throws Exception {
		String t = text("credit-lines-and-content-notice.html");
		assertInOrder(t, "Kenya opened a second container terminal", "ships waited up to four days for a berth.",
				"Importers are prohibited from moving containers without a customs release, the authority reminded traders.",
				"Traders affected by the delays can claim compensation");
		assertAbsent(t, "Reporter: Amina Otieno", "Paul Kamau", "Coast Wire 2025", "Jonas Weber", "AI training",
				"Have you been affected", "news@coastwire.example");
	}

	@Test
	void classNamesThatAreGeneratedHashesDoNotMarkTheArticleAsAnAd() throws Exception {
		String t = text("hashed-class-names.html"); // "sc-6d77a1d1-1" once read as "sc d a d", "ad"
		assertInOrder(t, "The regional rail operator has ordered forty new electric trains",
				"The first trains will enter service in two years.", "paid for from the region's transport budget");
		assertAbsent(t, "cookies", "About us", "The new trains on their test run", "01:58");
	}

	@Test
	void authorNotesPrintEditionLineAndWireCreditsLeaveTheText() throws Exception {
		String t = text("author-notes-print-line-wire-credits.html");
		assertParagraphs(t, "Shipping companies said it would take about a month to clear the backlog of containers.");
		assertEquals(5, t.split("\n\n").length, t);
		assertAbsent(t, "labour correspondent", "covers shipping", "appears in print", "Order Reprints",
				"Reporting by", "Editing by", "Our Standards", "opens new tab");
	}

	@Test
	void pressReleaseKeepsSubheadingsBetweenItsPartsWithoutContactsDistributorMarksOrReference() throws Exception {
		String t = text("press-release-contacts-and-marks.html");
		assertInOrder(t, "Twelve ports agreed on Tuesday", "Quick facts", "Ships at berth produce",
				"instead of running their engines.");
		assertParagraphs(t, "Quick facts");
		assertAbsent(t, "Contacts", "Press Officer", "+31", "press@", "provided by", "View original content",
				"SOURCE", "Ref.", "20250520IPR1234");
	}

	@Test
	void categoryRowAndDateAboveTheHeadlineLeave() throws Exception {
		String t = text("lines-above-headline.html");
		assertInOrder(t, "Parliament backs limits on packaging waste", "Parliament adopted new rules on Wednesday");
		assertAbsent(t, "Press Releases", "PLENARY", "ENVI", "24-04-2024");
	}

	@Test
	void aBlogsDescriptionUnderItsNameIsNoStandfirstOfThePostAndChartCaptionsLeave() throws Exception {
		String t = text("blog-name-over-post-title.html");
		assertParagraphs(t, "Business rates relief costs the Treasury more than two billion pounds a year, and most of"
				+ " it goes to firms that would stay open without it.");
		assertAbsent(t, "without the jargon", "Chart:", "author's calculations", "Posted by");
	}

	@Test
	void publisherDisclaimersFollowPromptsSignUpConsentAndSubscriptionNoticesLeave() throws Exception {
		String t = text("portal-disclaimers-and-prompts.html");
		assertInOrder(t, "中国人民银行决定下调金融机构存款准备金率", "支持实体经济稳定增长。");
		assertAbsent(t, "图片来源", "新浪声明", "フォロー", "weekly climate email", "privacy notice",
				"Follow the Ministry", "Abonelik");
	}

	@Test
	void theHeadingThatOnlyNamesALiveBlogsSummaryBoxLeavesItsPointsStay() throws Exception {
		String t = text("live-blog-summary-box.html");
		assertInOrder(t, "Review of flood defences to report by spring", "Councils say funding is too low",
				"Councils ask for more money");
		assertAbsent(t, "Summary");
	}

	@Test
	void noteMarksBecomeBracketedNumbersAndTheNotesStartWithThemWithoutTheirBackLinks() throws Exception {
		String t = text("note-marks-and-notes.html");
		assertInOrder(t, "below the cost of delivering it.[1] Farmers", "were withdrawn after protests.[2] A gradual");
		assertParagraphs(t, "[1] Authors' estimate from utility accounts, 2024.", "[2] Ministry of Agriculture, annual report 2023.");
		assertAbsent(t, "↩", "it.1 ");
	}

	@Test
	void thePagesOwnShortAddressTipRequestsChannelPromptsAVideosLeadInAndAFundingDisclosureLeave() throws Exception {
		String p1 = "<p>The transport ministry will reopen twelve toll booths on the main highways from May, it said on"
				+ " Monday, three years after they were closed.</p>";
		String p2 = "<p>Drivers will pay between one and five cedis, depending on the size of the vehicle, and the money"
				+ " will go to a fund for road repairs.</p>";
		String p3 = "<p>Send us your news: the union of drivers said it would ask its members to send their receipts to"
				+ " the ministry.</p>";
		String html = "<html><head><title>Tolls return</title><link rel=\"canonical\" href=\"https://news.example.com/a/123\">"
				+ "<link rel=\"shortlink\" href=\"https://exa.mp/q7x3m\"></head><body><article><h1>Tolls return</h1>"
				+ "<div class=\"short-url\"><span>Short Url</span> <span>https://exa.mp/q7x3m</span></div>"
				+ "<div class=\"story\">" + p1 + p2 + p3 + "<p><b>Click here to follow the Example News WhatsApp channel</b></p>"
				+ "<p><em>Disclosure: The Road Safety Trust has been a financial supporter of Example News, a nonprofit"
				+ " newsroom funded in part by donations from members, foundations and corporate sponsors. Financial"
				+ " supporters play no role in our journalism. Find a complete list of them <a href=\"/supporters\">here</a>."
				+ "</em></p><p><b>Watch the latest edition of our weekly business programme here:</b></p>"
				+ "<iframe src=\"https://www.youtube.com/embed/x\"></iframe></div>"
				+ "<div class=\"send-news\"><p>Send your news stories to newsdesk@example.com and features to"
				+ " features@example.com</p></div></article></body></html>";
		ImportResult r = importer.importBytes(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "page.html");
		assertInOrder(r.text(), "The transport ministry will reopen", "Drivers will pay", "Send us your news: the union");
		assertAbsent(r.text(), "exa.mp", "Short Url", "WhatsApp channel", "Disclosure", "Watch the latest edition",
				"newsdesk@example.com");
	}

	@Test
	void aLineEndingWithThePublishersCallToSignUpForItsStoriesLeavesButAReportOfSignUpsStays() throws Exception {
		String html = "<html><head><title>Wells run dry</title></head><body><article><h1>Wells run dry</h1><div class=\"body\">"
				+ "<div class=\"notes\"><p>Example Watch is a nonprofit newsroom that investigates abuses of power. <a"
				+ " href=\"/newsletters\">Sign up to receive our biggest stories</a> as soon as they’re published.</p></div>"
				+ "<p>When the well behind Rosa Delgado’s house went dry last August, she assumed the pump had failed.</p>"
				+ "<p>Residents can sign up to receive alerts about water shortages on the county’s website, officials said.</p>"
				+ "<p>“Sign up for our rebate programme before the summer,” the water board urged farmers on Monday.</p>"
				+ "<p>The department granted 214 waivers allowing large farms in the valley to pump more water.</p></div>"
				+ "</article></body></html>";
		ImportResult r = importer.importBytes(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "page.html");
		assertInOrder(r.text(), "When the well behind", "Residents can sign up to receive alerts",
				"Sign up for our rebate programme", "The department granted");
		assertAbsent(r.text(), "nonprofit newsroom", "biggest stories");
	}

	@Test
	void fieldLabelsSignaturesStaffRowsTipBoxesAndAppealsLeaveButATablesSourceStays() throws Exception {
		String html = "<html><head><title>Unemployment</title></head><body><article><h1>Unemployment at 3.9 percent</h1>"
				+ "<div class=\"fields\"><div class=\"field__label\">Date of Release:</div><div class=\"field__item\">08 April"
				+ " 2026</div><div class=\"field__label\">Reference Number:</div><div class=\"field__item\">2026-112</div></div>"
				+ "<div class=\"body\"><p>The unemployment rate in February was estimated at 3.9 percent, lower than a year"
				+ " before, the statistics office said.</p><p>The labour force participation rate rose to 64.8 percent, the"
				+ " highest since the survey began.</p><table><tr><td>Indicator</td><td>Feb 2025</td><td>Feb 2026</td></tr>"
				+ "<tr><td>Unemployment rate</td><td>4.3</td><td>3.9</td></tr></table><p><em>Notes: Estimates are"
				+ " preliminary.</em></p><p><em>Source: Statistics Office, Labour Force Survey</em></p>"
				+ "<p>The survey covers about 44,000 households every month across all regions of the country.</p>"
				+ "<p>촬영기자:이준호/영상편집:김가은/그래픽:박미래</p><div class=\"box-2\"><p>KBS는 여러분의 소중한 제보를 기다립니다</p>"
				+ "<p>▷ 전화 : 02-781-1234</p></div><div class=\"community\"><h3>You’re a dedicated reader</h3><p>We’re glad"
				+ " that you’ve read 12 articles in the past month.</p><p>For as little as $6 a month you can help support our"
				+ " quality journalism.</p><a href=\"/community\">Join</a></div><p><strong>(Sgd.) ROMEO V. DELA CRUZ, PhD"
				+ "</strong><br>Undersecretary<br>National Statistician</p></div></article></body></html>";
		ImportResult r = importer.importBytes(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "page.html");
		assertInOrder(r.text(), "The unemployment rate in February", "Unemployment rate", "Notes: Estimates are preliminary.",
				"Source: Statistics Office, Labour Force Survey", "The survey covers about 44,000 households");
		assertAbsent(r.text(), "Date of Release", "Reference Number", "2026-112", "촬영기자", "제보를", "dedicated reader",
				"support our quality journalism", "Sgd.", "National Statistician");
	}
}
