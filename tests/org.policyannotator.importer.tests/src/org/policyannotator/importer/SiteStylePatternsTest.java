package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patterns of think-tank, government, portal and AMP pages, each in a small invented page: a standfirst under the
 * headline outside the body; a kicker set apart inside the headline; a full-width colon before the site name; a
 * board page whose every title is the ministry's name; a date alone beside the headline; paywall notices, broadcast
 * notes, follow prompts and type-and-date lines; disclaimers and press contacts; AMP components; an article split into
 * one-paragraph parts between ads; the label of a removed link box.
 */
class SiteStylePatternsTest {
	private static final String P1 = "<p>The finance ministry will cut the fuel tax by a fifth from July, it said on Monday, to ease the cost of living.</p>";
	private static final String P2 = "<p>The cut will cost the budget about two billion a year and will be reviewed after twelve months.</p>";
	private static final String P3 = "<p>Opposition parties said the money would be better spent on public transport and on insulating homes.</p>";

	@TempDir
	Path dir;

	private ImportResult load(String html) throws Exception {
		return ArticleAssertions.importPage(dir, "<html>", html);
	}

	@Test
	void standfirstUnderTheHeadlineOutsideTheBodyOpensTheText() throws Exception {
		ImportResult r = load("<title>Fuel tax cut</title></head><body><div class=\"hero\"><h1>Fuel tax cut</h1>"
				+ "<ul class=\"summary\"><li>Ministry says the cut will ease the cost of living for commuters</li></ul>"
				+ "<div class=\"meta\">By Ann Lee</div></div><div class=\"story\">" + P1 + P2 + P3 + "</div></body>");
		assertTrue(r.text().startsWith("Ministry says the cut will ease the cost of living for commuters"), r.text());
		assertInOrder(r.text(), "The finance ministry will cut", "Opposition parties said");
		assertAbsent(r.text(), "By Ann Lee");
	}

	@Test
	void aBylineUnderTheHeadlineIsNoStandfirst() throws Exception {
		ImportResult r = load("<title>Fuel tax cut</title></head><body><div class=\"hero\"><h1>Fuel tax cut</h1>"
				+ "<div class=\"people\"><a>Ann Lee</a> Senior Fellow, Energy Programme</div></div><div class=\"story\">"
				+ P1 + P2 + P3 + "</div></body>");
		assertTrue(r.text().startsWith("The finance ministry will cut"), r.text());
	}

	@Test
	void aKickerSetApartInsideTheHeadlineIsNotPartOfTheTitle() throws Exception {
		ImportResult r = load("<title>Fuel tax: Government cuts fuel tax by a fifth - Example News</title>"
				+ "<meta property=\"og:title\" content=\"Fuel tax: Government cuts fuel tax by a fifth\"></head><body>"
				+ "<article><header><h2><span>Fuel tax</span> <span>Government cuts fuel tax by a fifth</span></h2></header>"
				+ P1 + P2 + "</article></body>");
		assertEquals(Optional.of("Government cuts fuel tax by a fifth"), r.metadata().title());
		r = load("<title>Fuel tax: Government cuts fuel tax by a fifth</title></head><body><article>"
				+ "<h1><span class=\"overline\">Fuel tax</span><span class=\"visually-hidden\">:</span> "
				+ "<span>Government cuts fuel tax by a fifth</span></h1>" + P1 + P2 + "</article></body>");
		assertEquals(Optional.of("Government cuts fuel tax by a fifth"), r.metadata().title());
	}

	@Test
	void aFullWidthColonBeforeTheSiteNameLeavesTheTitle() throws Exception {
		ImportResult r = load("<title>燃料税を2割引き下げ　政府が発表：朝日新聞</title><meta property=\"og:site_name\" content=\"朝日新聞\">"
				+ "</head><body><main><h1>燃料税を2割引き下げ　政府が発表</h1><div class=\"x1\"><p>政府は月曜日、7月から燃料税を2割引き下げると発表した。生活費の負担を和らげるためだという。</p>"
				+ "<p>財務省によると、減税による税収の減少は年間およそ2000億円になる見通しだ。</p></div></main></body>");
		assertEquals(Optional.of("燃料税を2割引き下げ 政府が発表"), r.metadata().title());
	}

	@Test
	void aBoardPageWhoseTitleIsTheMinistryNameGetsItsHeadlineAndDateFromTheTable() throws Exception {
		ImportResult r = load("<title>Ministry of Finance</title></head><body><div id=\"header\"><h1 class=\"logo\"><a>Ministry of Finance</a></h1></div>"
				+ "<div id=\"contents\"><table class=\"view\"><tr><th>Title</th><td class=\"title\">Fuel tax to be cut by a fifth from July</td></tr>"
				+ "<tr><th>Date</th><td>2025-05-22</td><th>Views</th><td>311</td></tr><tr><td colspan=\"4\" class=\"content\">"
				+ P1 + P2 + "</td></tr></table></div></body>");
		assertEquals(Optional.of("Fuel tax to be cut by a fifth from July"), r.metadata().title());
		assertEquals(Optional.of("2025-05-22"), r.metadata().published());
		assertEquals(Optional.of("Ministry of Finance"), r.metadata().siteName());
	}

	@Test
	void aDateStandingAloneBesideTheHeadlineIsThePublicationDate() throws Exception {
		ImportResult r = load("<title>Press corner</title></head><body><main><div class=\"col\"><div class=\"page-meta\">"
				+ "<span>Press release</span><span>12 May 2025</span><span>Brussels</span></div>"
				+ "<h1>Commission proposes a lower fuel tax</h1><div class=\"text\">" + P1 + P2 + "</div></div></main></body>");
		assertEquals(Optional.of("2025-05-12"), r.metadata().published());
	}

	@Test
	void paywallNoticesBroadcastNotesFollowPromptsAndTypeAndDateLinesLeaveTheText() throws Exception {
		ImportResult r = load("<title>Fuel tax cut</title></head><body><article><h1>Fuel tax cut</h1>"
				+ "<p>Council of the EU Press release 17 June 2025 15:30</p>" + P1 + P2
				+ "<p>Sigue toda la información de Economía en Facebook y X, o en nuestra newsletter semanal</p>"
				+ "<p>Dieses Thema im Programm: NDR Info am 22. Mai 2025 um 16:00 Uhr.</p>"
				+ "<p>Il vous reste 72.4% de cet article à lire. La suite est réservée aux abonnés.</p>"
				+ "<p>この記事は有料記事です。残り842文字</p><p>Source: Example News and news agencies</p></article></body>");
		assertInOrder(r.text(), "The finance ministry will cut", "reviewed after twelve months.");
		assertAbsent(r.text(), "Press release", "Sigue toda", "Dieses Thema", "Il vous reste", "残り842文字", "Source:");
	}

	@Test
	void disclaimersAndPressContactsLeaveTheText() throws Exception {
		ImportResult r = load("<title>Fuel tax cut</title></head><body><article><h1>Fuel tax cut</h1><div class=\"article-body\">"
				+ P1 + P2 + "<div class=\"disclaimer\"><p>This commentary is produced by an independent institute. It takes no "
				+ "positions of its own.</p><p>All views expressed are those of the authors alone and of nobody else.</p></div>"
				+ "<div class=\"press-contact\"><p>Press office, Rue de la Loi 175, Brussels.</p><p>Tel.: +32 2 281 6319, "
				+ "available on weekdays.</p></div></div></article></body>");
		assertInOrder(r.text(), "The finance ministry will cut", "reviewed after twelve months.");
		assertAbsent(r.text(), "independent institute", "views expressed", "Rue de la Loi");
	}

	@Test
	void ampAdsMenusConsentDialogsAndListPlaceholdersLeaveTheText() throws Exception {
		ImportResult r = load("<title>Fuel tax cut</title></head><body><amp-consent><div><p>We value your privacy and use cookies.</p></div></amp-consent>"
				+ "<amp-sidebar><ul><li><a>Home</a></li><li><a>Climate</a></li></ul></amp-sidebar><article><h1>Fuel tax cut</h1>"
				+ "<div class=\"article-body\">" + P1 + "<amp-ad type=\"doubleclick\"><div fallback>Advertisement</div></amp-ad>" + P2
				+ "</div><amp-list src=\"/r.json\"><div placeholder><h3>More from Politics</h3><p>Loading related stories...</p></div>"
				+ "</amp-list></article></body>");
		assertInOrder(r.text(), "The finance ministry will cut", "reviewed after twelve months.");
		assertAbsent(r.text(), "privacy", "Climate", "Advertisement", "More from Politics", "Loading related");
	}

	@Test
	void anArticleSplitIntoOneParagraphPartsBetweenAdsKeepsEveryPart() throws Exception {
		String part = "<div class=\"c-body\"><div class=\"c-inner\">%s</div></div>";
		ImportResult r = load("<title>Fuel tax cut</title></head><body><main><h1>Fuel tax cut</h1>" + part.formatted(P1)
				+ "<div class=\"ad-slot\">ADVERTISEMENT</div>" + part.formatted(P2 + "<p>The ministry expects prices at the pump to fall within a week of the change.</p>")
				+ "<div class=\"more\"><p>More Articles</p><a>Rail fares frozen</a><a>Bus lanes extended</a></div>"
				+ part.formatted(P3) + "</main></body>");
		assertInOrder(r.text(), "The finance ministry will cut", "reviewed after twelve months.", "Opposition parties said");
		assertAbsent(r.text(), "ADVERTISEMENT", "Rail fares frozen");
	}

	@Test
	void theLabelOfABoxWhoseLinkToAnotherStoryLeftGoesWithIt() throws Exception {
		ImportResult r = load("<title>燃料税</title></head><body><main><h1>燃料税を引き下げ</h1><div class=\"q7\">"
				+ "<p>政府は月曜日、7月から燃料税を2割引き下げると発表した。生活費の負担を和らげるためだという。</p>"
				+ "<div class=\"z3\"><p>【特集】暮らしと物価</p><a>値上げの波、家計への影響は</a></div>"
				+ "<p>財務省によると、減税による税収の減少は年間およそ2000億円になる見通しだ。</p></div></main></body>");
		assertInOrder(r.text(), "政府は月曜日", "財務省によると");
		assertAbsent(r.text(), "【特集】", "値上げの波");
	}

	@Test
	void aJapaneseMinistryPageGivesItsEraDateAndItsHeadlineWithoutTheBracketedDetails() throws Exception {
		ImportResult r = load("<title>大臣会見記録（令和７年６月３日（火曜日）16時02分　於：本省会見室）｜財務省</title></head><body>"
				+ "<div id=\"header\"><p class=\"logo\"><a>財務省</a></p></div><div id=\"contents\"><div class=\"main-head\">"
				+ "<h1 class=\"title1\">大臣会見記録</h1><p class=\"date\">令和７年６月３日（火曜日）16時02分　於：本省会見室</p></div>"
				+ "<div class=\"any-area\"><p>【大臣】7月から燃料税を2割引き下げることを決めました。生活費の負担を和らげるためです。</p>"
				+ "<p>【記者】税収の減少はどの程度になりますか。</p><p>【大臣】年間およそ2000億円になる見通しです。</p>"
				+ "<p>__________________</p></div></div></body>");
		assertEquals(Optional.of("大臣会見記録"), r.metadata().title());
		assertEquals(Optional.of("2025-06-03T16:02"), r.metadata().published());
		assertInOrder(r.text(), "【大臣】7月から", "【記者】", "2000億円になる見通しです。");
		assertAbsent(r.text(), "___");
	}

	@Test
	void aStandfirstNamedOnlyInADataAttributeOpensTheText() throws Exception {
		ImportResult r = load("<title>Fuel tax cut | Example</title></head><body><main><div data-gu-name=\"headline\"><h1>Fuel tax cut</h1></div>"
				+ "<div data-gu-name=\"standfirst\"><div class=\"dcr-x1\"><p>Ministry says drivers will save about ten euros a month</p></div></div>"
				+ "<div data-gu-name=\"body\"><div class=\"article-body-commercial-selector\">" + P1 + P2 + P3 + "</div></div></main></body>");
		assertTrue(r.text().startsWith("Ministry says drivers will save about ten euros a month"), r.text());
	}
}
