package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patterns of pages built from named components, each in a small invented page: a fact box set apart in an aside
 * that belongs to the article; components named by {@code data-test-id} and similar attributes (an ad slot, a paywall
 * call to action); a machine-written summary; a channel prompt; the article's length in characters; a date written with
 * slashes after a label in Portuguese; a press office's signature; a video's title and description; a deck that goes on
 * after the page's cut-short description; a video teaser with its duration; photo credits, messaging-channel prompts,
 * a report-a-typo prompt and a date line with its weekday in languages whose months are not read; a picture's caption
 * set as a plain line after it (repeating its alt text, or ending with a photo credit in brackets); the local day of a
 * UTC date that a visible date line shows with a US time zone; and, from the blind batches of 2026-12-06, appeals for
 * support, cards pointing to other pages, subscriber containers, releases in sibling articles, the prose safety net,
 * shadow trees, press sections, decks and summary bullets (dates and titles: {@link DatesAndTitlesPatternsTest}).
 */
class ComponentPagesPatternsTest {
	private static final String P1 = ArticleAssertions.PARAGRAPH_1;
	private static final String P2 = ArticleAssertions.PARAGRAPH_2;
	private static final String P3 = ArticleAssertions.PARAGRAPH_3;

	@TempDir
	Path dir;

	private ImportResult load(String html) throws Exception {
		return ArticleAssertions.importPage(dir, "<html lang=\"pt-BR\">", html);
	}

	@Test
	void aFactBoxInAnAsideStaysAndComponentsNamedByTestIdsLeave() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1><div>" + P1
				+ "<div class=\"css-a1b2c3\" data-test-id=\"ad-netboard\"><span>Annons</span></div>"
				+ "<aside class=\"css-f7b0x factbox\"><span>Fakta</span><h2>How much tax falls</h2><ul>"
				+ "<li>A pension of 15,000 a month: about 190 less in tax.</li><li>A pension of 30,000 a month: about 420 less"
				+ " in tax.</li></ul></aside>" + P2 + P3 + "</div><div class=\"css-p8c4b\" data-test-id=\"plus-cta\"><p>Read on"
				+ " with Plus, the first month for 1 krona.</p></div></article></body>");
		assertInOrder(r.text(), "The government wants", "How much tax falls", "A pension of 15,000 a month",
				"about 420 less in tax.", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "Annons", "Read on with Plus");
	}

	@Test
	void aMachineSummaryAChannelPromptAndTheArticlesLengthLeave() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1>"
				+ "<p class=\"head-count\">1423文字</p><div class=\"ai-summary\" data-component=\"ai-summary\"><span>Summary</span>"
				+ " <span>AI generated</span><ul><li>The tax on pensions falls from October under the proposal.</li></ul></div>"
				+ "<div class=\"body\">" + P1 + P2 + P3 + "</div><div class=\"telegram-prompt\"><p>Join our Telegram channel and"
				+ " get the latest breaking news delivered to you.</p></div></article></body>");
		assertInOrder(r.text(), "The government wants", "The opposition called");
		assertAbsent(r.text(), "1423文字", "AI generated", "The tax on pensions falls", "Telegram channel");
	}

	@Test
	void aSlashedDateAfterAPortugueseLabelIsReadDayFirstAndTheSignatureLeaves() throws Exception {
		ImportResult r = load("<title>Governo corta imposto</title></head><body><article><h1>Governo corta imposto</h1>"
				+ "<span class=\"documentPublished\"><span>Publicado em</span> 10/03/2026 16h42</span>"
				+ "<span class=\"documentModified\"><span>Atualizado em</span> 11/03/2026 09h15</span>"
				+ "<div class=\"content\">" + P1 + P2 + P3 + "<p class=\"assinatura\"><strong>Assessoria Especial de"
				+ " Comunicação</strong><br>Ministério da Fazenda</p></div></article></body>");
		assertEquals(Optional.of("2026-03-10"), r.metadata().published());
		assertAbsent(r.text(), "Assessoria Especial", "Ministério da Fazenda");
	}

	@Test
	void aVideosTitleAndDescriptionInAMediaEmbedLeave() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1><div class=\"story\">"
				+ P1 + "<div class=\"embed mediaEmbed\" data-component=\"video\"><div class=\"mediaInfo\"><h3>Minister explains"
				+ " the pension tax cut</h3><span>Duration 2:03</span><p class=\"mediaDescription\">The finance minister says"
				+ " pensioners will keep more of their money from October.</p></div></div>" + P2 + P3 + "</div></article></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "Minister explains", "pensioners will keep more");
	}

	@Test
	void chineseParagraphsBeforeAReuseNoticeWithAnEmailAreNoContactCardAndAPicturesCaptionInADlLeaves() throws Exception {
		ImportResult r = load("<title>土地储备专项债暂缓</title></head><body><div class=\"article\"><h1>土地储备专项债暂缓</h1>"
				+ "<div id=\"content\" class=\"text\"><div class=\"media\"><dl><dt><img src=\"a.jpg\"></dt><dd>2025年11月，"
				+ "一处尚未出让的地块。图：视觉中国</dd></dl></div><p>多个省份近期暂缓发行用于土地储备的新增专项债券，财政部要求先行盘活存量土地。</p>"
				+ "<p>通知提出，闲置超过两年的地块占比超过三成的市县，原则上暂停安排新增土地储备专项债。</p>"
				+ "<p>一位财政人士表示，该省原计划在一季度发行约120亿元土地储备专项债，目前已全部暂缓。</p>"
				+ "<p>多位受访人士估计，今年的新增专项债规模可能下降三成以上。截至发稿，财政部尚未公开回应。</p></div>"
				+ "<div class=\"notice\"><p>本网所刊载内容之知识产权为本社专属所有。未经许可，禁止进行转载、摘编、复制等任何使用。</p>"
				+ "<p>如有意愿转载，请发邮件至hello@example.com，注明如何使用。</p></div></div></body>");
		assertInOrder(r.text(), "多个省份近期暂缓发行", "通知提出", "一位财政人士表示", "截至发稿，财政部尚未公开回应。");
		assertAbsent(r.text(), "图：视觉中国", "一处尚未出让的地块", "未经许可", "hello@example.com");
	}

	@Test
	void aCoverPictureCreditNewsletterAndNewsAppPromptsAFeedbackPromptASectionLabelAndAReleaseNumberLeave() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1>"
				+ "<p>Press Release N°038/2026</p><p>NEWSPAPER SECTION: <a href=\"/news\">News</a></p><div class=\"body\">" + P1
				+ P2 + P3 + "<p><em>(Borítókép: Vásárlók egy budapesti drogériában. Fotó: Kiss Anna / Index)</em></p></div>"
				+ "<div class=\"gn-box\">Kövesse az Indexet a Google Hírek oldalán is!</div><p class=\"nl-text\">Iratkozzon fel"
				+ " hírlevelünkre, és minden reggel elküldjük a nap legfontosabb híreit!</p><div class=\"like\"><p>Do you like"
				+ " the content of this article?</p></div></article></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "Press Release N°038/2026", "NEWSPAPER SECTION", "Borítókép", "Google Hírek", "hírlevelünkre",
				"Do you like the content");
	}

	@Test
	void theStorysDateWinsOverTodaysDateInTheMastheadAndTheIssueNumberLeaves() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><header class=\"header\"><div class=\"header-date\">"
				+ "الجمعة 6 مارس 2026</div></header><main><article><h1>Pension tax cut</h1><div class=\"node-date\">الخميس - 16"
				+ " رمضان 1447 هـ - 05 مارس 2026 مـ</div><div class=\"node-issue\">رقم العدد [ 17261]</div><div class=\"body\">"
				+ P1 + P2 + P3 + "</div></article></main></body>");
		assertEquals(Optional.of("2026-03-05"), r.metadata().published());
		assertAbsent(r.text(), "17261");
	}

	@Test
	void theDeckThatIsThePagesDescriptionStaysBehindAByLineAndContactsAndAnAudioPlayerLeave() throws Exception {
		String deck = "The cut will take effect in October and will be paid for by a higher tax on tobacco, the ministry said.";
		ImportResult r = load("<title>Pension tax cut</title><meta name=\"description\" content=\"" + deck + "\"></head>"
				+ "<body><div class=\"story\"><h1>Pension tax cut</h1><div class=\"row\"><div class=\"by\">By <a href=\"/a\">Ann"
				+ " Lee</a></div><div class=\"time\">Updated on: Mar 17, 2026 10:42 AM</div></div><h2 class=\"sortDec\">" + deck
				+ "</h2><div class=\"ArticleAudio_root__kX2pa\"><span>Listen</span><span>05:21</span><span>This audio version"
				+ " was generated by a machine.</span></div><div class=\"detail\">" + P1 + P2 + P3 + "<p>For more information"
				+ " on this topic, please contact:</p><p>In Geneva, Olga Ferreira, ferreira@example.org, +41 79 217 30 66</p>"
				+ "</div></div></body>");
		assertInOrder(r.text(), deck, "The government wants", "The opposition called");
		assertAbsent(r.text(), "audio version", "please contact", "ferreira@example.org");
	}

	@Test
	void aDateInTheLinksLineUnderTheHeadlineOfficersInChargeAContinuationLabelAndAReadersCallout() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><div class=\"head\"><h1>Pension tax cut</h1>"
				+ "<p class=\"credit\">KYODO NEWS - Mar 18, 2026 - 19:32 | <a href=\"/japan\">Japan</a>, <a href=\"/p\">Politics"
				+ "</a></p></div><ul class=\"view_info\"><li><span>담당부서</span> <span>세제실 환경에너지세제과</span></li></ul>"
				+ "<div class=\"body\">" + P1 + "<div class=\"haberin-devami\"><span>Haberin Devamı</span></div>" + P2
				+ "<div class=\"bb-callout\"><h3>Do you live in the valley? Help us report on water.</h3></div>" + P3
				+ "</div></article></body>");
		assertEquals(Optional.of("2026-03-18"), r.metadata().published().map(d -> d.substring(0, 10)));
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "담당부서", "Haberin Devamı", "Help us report");
	}

	@Test
	void aKoreanReleasesDateInAListItemOfLabelAndValue() throws Exception {
		ImportResult r = load("<title>유류세 인하 연장</title></head><body><div class=\"board_view\"><h4>유류세 인하 연장</h4><ul>"
				+ "<li><span class=\"tit\">등록일</span> <span class=\"cont\">2026-03-18</span></li></ul><div class=\"body\">"
				+ P1 + P2 + P3 + "</div></div></body>");
		assertEquals(Optional.of("2026-03-18"), r.metadata().published());
	}

	@Test
	void theVisibleLocalDayOfAUtcTimeAndALabelledDateOnAPageWhoseBodyIsNamedWithASidebar() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body class=\"page one-sidebar sidebar-second\"><article>"
				+ "<h1>Pension tax cut</h1><p class=\"pub\"><time datetime=\"2026-03-20T01:40:12.311Z\">19/03/2026 22h40</time></p>"
				+ "<div class=\"body\">" + P1 + P2 + P3 + "</div></article></body>");
		assertEquals(Optional.of("2026-03-19"), r.metadata().published());
		ImportResult labelled = load("<title>Cabinet decisions</title></head><body class=\"one-sidebar sidebar-second\"><div>"
				+ "<h1>Cabinet decisions</h1><div class=\"field field-name-field-pr-date\"><div class=\"field-label\">Date:&nbsp;"
				+ "</div><div class=\"field-items\"><div class=\"field-item\">25/03/2026</div></div></div><div class=\"body\">"
				+ P1 + P2 + P3 + "</div></div></body>");
		assertEquals(Optional.of("2026-03-25"), labelled.metadata().published());
	}

	@Test
	void aBoxOfFiguresStaysAndVideoTeasersInitialsReactionsNewsletterNamesAndAPublishedLineLeave() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1><div class=\"date\">"
				+ "<span>Published on </span><time datetime=\"2026-03-23 16:08:12 +01:00\">23/03/2026 - 16:08 GMT+1</time></div>"
				+ "<div class=\"body\">" + P1 + "<aside class=\"encadre encadre-chiffres\"><h3>In figures</h3><ul><li>34,000"
				+ " pensioners wait for a decision.</li><li>The credit costs 700 million a year.</li></ul></aside>" + P2
				+ "<div class=\"sisip_embed_sosmed\"><strong>Simak Video \"Video: Tax on plastic\"</strong></div>" + P3
				+ "<p class=\"detail__body-editor\">(ily/kil)</p></div><div class=\"Nl\"><p class=\"Nt\">Checkpoint – der"
				+ " Berlin-Newsletter</p><p class=\"Nd\">Jeden Morgen das Wichtigste. Kostenlos in Ihr Postfach.</p></div>"
				+ "<div class=\"reaction\"><div>Bagaimana perasaanmu setelah membaca artikel ini?</div></div></article></body>");
		assertInOrder(r.text(), "The government wants", "34,000 pensioners wait", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "Published on", "Simak Video", "(ily/kil)", "Berlin-Newsletter", "Postfach", "perasaanmu");
	}

	@Test
	void aDeckThatGoesOnAfterTheCutShortDescriptionStaysAndAVideoTeaserWithItsDurationLeaves() throws Exception {
		String description = "Pensioners will pay less tax from October under a plan approved by the cabinet";
		String deck = description + ", while smokers will pay more to cover the cost";
		ImportResult r = load("<title>Pension tax cut</title><meta name=\"description\" content=\"" + description + "\">"
				+ "</head><body><article><h1 class=\"x1\">Pension tax cut</h1><div class=\"x2\"><span><a href=\"/a\">Ann Lee"
				+ "</a></span><span>2 Apr 2026 10:47</span></div><div class=\"x3\"><button>Share</button></div><h2 class=\"x4\">"
				+ deck + "</h2><div class=\"body\" itemprop=\"articleBody\">" + P1 + P2 + "<div class=\"video-inline\"><div class=\"thumb\"><img src=\"v.jpg\">"
				+ "<span>02:15</span></div><span class=\"video-inline-label\">NEWS TV | What pensioners say about the cut</span>"
				+ "</div>" + P3 + "</div></article></body>");
		assertInOrder(r.text(), deck, "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "What pensioners say");
	}

	@Test
	void creditLabelsInOtherScriptsMessagingPromptsATypoPromptAndADateLineWithItsWeekdayLeave() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1><div class=\"info\">"
				+ "<span class=\"author\"><a href=\"/a\">Анна Ли</a></span> — Среда, 8 апреля 2026, 09:15</div>"
				+ "<div class=\"pic\"><img src=\"a.jpg\"><div class=\"pic-note\">Фото: Пресс-служба правительства</div></div>"
				+ "<div class=\"body\">" + P1 + "<p>(Fotoğraf: Anadolu Ajansı)</p>" + P2 + "<p>The minister announced the cut"
				+ " on his Telegram channel, which 200,000 people follow.</p>" + P3 + "<p><em>Join our Riverside WhatsApp"
				+ " community for the latest news from the town</em></p><p>Son dakika haberleri için Telegram kanalımıza"
				+ " katılın.</p><p>Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.</p></div></article></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "on his Telegram channel", "The opposition called");
		assertAbsent(r.text(), "Среда", "Фото", "Fotoğraf", "WhatsApp", "kanalımıza", "Ctrl+Enter");
	}

	@Test
	void aCaptionAsAPlainLineAfterItsLazyPictureThatRepeatsTheAltTextLeaves() throws Exception {
		String caption = "The finance minister presents the plan in parliament on Tuesday.";
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1><div class=\"body\">"
				+ P1 + "<div class=\"photo-box\"><a href=\"big.jpg\"><img class=\"lazy\" src=\"loading.gif\" data-src=\"a.jpg\""
				+ " alt=\"" + caption + "\"></a><p>" + caption + "</p></div>" + P2 + P3 + "</div></article></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "presents the plan in parliament");
	}

	@Test
	void aShortLineAfterAPictureThatEndsWithABracketedPhotoCreditLeavesButNotSuchALineElsewhere() throws Exception {
		ImportResult r = load("<title>年金減税</title></head><body><article><h1>年金減税</h1><div class=\"body\">"
				+ "<p>政府は10月から年金への課税を引き下げる方針を固めた。財務相が火曜日の記者会見で明らかにした。</p>"
				+ "<div class=\"img\"><img src=\"a.jpg\"></div><p>閣議後に記者会見する財務相。（写真：東和通信）</p>"
				+ "<p>減税による税収減は年間約7000億円で、たばこ税の引き上げで賄うという。</p>"
				+ "<p><img src=\"b.jpg\"></p><p>기자회견하는 재정부 장관 (사진=한빛뉴스)</p><span><img src=\"c.jpg\"></span>"
				+ "<span>南區一座新建的社會住宅。（記者王小明攝）</span>"
				+ "<p>野党は総選挙を半年後に控えた有権者へのばらまきだと批判した。市の試算は資料の通りだ（市財政局提供）</p>"
				+ "</div></article></body>");
		assertInOrder(r.text(), "政府は10月から", "減税による税収減は", "野党は総選挙を", "資料の通りだ（市財政局提供）");
		assertAbsent(r.text(), "閣議後に記者会見する", "기자회견하는", "南區一座新建");
	}

	@Test
	void aUtcDateIsReadAsTheDayTheVisibleDateLineShowsInItsUsTimeZone() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title><meta property=\"article:published_time\""
				+ " content=\"2026-04-08T02:10:00Z\"></head><body><article><h1>Pension tax cut</h1><div class=\"meta\">"
				+ "<div class=\"article-published\">Published: 9:10 PM CDT April 7, 2026</div><div class=\"article-updated\">"
				+ "Updated: 1:25 AM CDT April 8, 2026</div></div><div class=\"body\">" + P1 + P2 + P3 + "</div></article></body>");
		assertEquals(Optional.of("2026-04-07"), r.metadata().published());
		ImportResult sameDay = load("<title>Pension tax cut</title><meta property=\"article:published_time\""
				+ " content=\"2026-04-08T16:10:00Z\"></head><body><article><h1>Pension tax cut</h1><div class=\"meta\">"
				+ "<div class=\"article-published\">Published: 11:10 AM CDT April 8, 2026</div></div><div class=\"body\">"
				+ P1 + P2 + P3 + "</div></article></body>");
		assertEquals(Optional.of("2026-04-08T16:10:00Z"), sameDay.metadata().published());
	}

	@Test
	void aNumericDateLineWithATimeGivesTheLocalDayOfAUtcDateAndALongRightsNoticeLeaves() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
				+ "\"headline\":\"Pension tax cut\",\"datePublished\":\"2026-04-15T22:20:00Z\"}</script></head><body><article>"
				+ "<h1>Pension tax cut</h1><span class=\"date\"><i class=\"icon-clock\"></i> 16-4-2026 | 00:20</span>"
				+ "<div class=\"body\">" + P1 + P2 + P3 + "<p>Copyright Daily Herald.<br>All rights reserved. This material, and"
				+ " other digital content on this website, may not be reproduced, published, broadcast, rewritten or"
				+ " redistributed in whole or in part without prior express written permission from the Daily Herald.</p>"
				+ "</div></article></body>");
		assertEquals(Optional.of("2026-04-16"), r.metadata().published());
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "All rights reserved", "may not be reproduced");
	}

	@Test
	void aPublishersAppealForSupportInsideTheArticleLeavesButASubheadingAboutSupportStays() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1>"
				+ "<div class=\"entry-content\">" + P1 + "<h2>Support for low-income pensioners</h2>" + P2 + P3
				+ "<div class=\"box-7\"><h4>Support THE DAILY HERALD's journalism of integrity</h4><p>We keep our reporting"
				+ " free for everyone, and readers like you make that possible.</p><p><a class=\"btn-donate\""
				+ " href=\"/donate\">Make a donation</a></p></div>"
				+ "<section class=\"plus\"><p>Your support keeps us independent.</p><p>Join Herald+ and get every story"
				+ " without ads.</p><a href=\"/plus\">Become a member</a></section></div></article></body>");
		assertInOrder(r.text(), "The government wants", "Support for low-income pensioners", "The cut will cost",
				"The opposition called");
		assertAbsent(r.text(), "journalism of integrity", "readers like you", "Your support keeps", "Join Herald+");
	}

	@Test
	void anEmbeddedFacebookPostAndASpanishCaptionNamedPieFotoLeave() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1><div class=\"body\">"
				+ P1 + "<div class=\"imagenDetalle\"><img src=\"a.jpg\" alt=\"\"><p class=\"pieFoto\">El ministro, en la rueda de"
				+ " prensa del martes.</p><p class=\"autorFoto\">Ministerio de Hacienda</p></div>" + P2
				+ "<div class=\"embed-facebook\"><div class=\"fb-post\"><blockquote class=\"fb-xfbml-parse-ignore\"><p>Hoy"
				+ " hemos aprobado la rebaja del impuesto sobre las pensiones.</p>Posted by <a href=\"#\">Ministerio</a></blockquote>"
				+ "</div></div>" + P3 + "</div></article></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "rueda de prensa", "Ministerio de Hacienda", "Hoy hemos aprobado", "Posted by");
	}

	@Test
	void aCardPointingToAnotherPageLeavesButABoxWithALinkInsideItsSentenceStays() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><article><h1>Pension tax cut</h1><div class=\"body\">"
				+ P1 + "<div class=\"highlight\"><div class=\"label\">Explore</div><div class=\"title\"><a href=\"/tax-map\">"
				+ "Interactive: what the cut means in your region</a></div><div class=\"text\">See how much pensioners in each"
				+ " region would save.</div></div>" + P2 + "<div class=\"note\"><p>The ministry published the draft law on"
				+ " <a href=\"/draft\">its website</a> on Tuesday.</p><p>Parliament will vote on it in June.</p></div>" + P3
				+ "</div></article></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The ministry published the draft law",
				"Parliament will vote on it in June.", "The opposition called");
		assertAbsent(r.text(), "Explore", "Interactive: what the cut means", "See how much pensioners");
	}

	@Test
	void subscriberContainersNotesToEditorsAfterTheEndMarkAndPlayersAndMetersOfFreeArticles() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><main><h1>Pension tax cut</h1>"
				+ "<div class=\"c-play-controls\"><span class=\"c-play-controls__title\">Morning Report: the pension tax cut"
				+ " explained</span><span>Duration 3′ :48″</span></div><div itemprop=\"articleBody\" class=\"asset-content"
				+ " subscriber-premium\"><div class=\"subscriber-preview\">" + P1 + "</div><div class=\"meter-box\"><p>Has"
				+ " llegit 3 dels 5 articles gratuïts d’aquest mes</p></div><div class=\"subscriber-only\">" + P2
				+ "<p><b>ENDS</b></p></div><div class=\"block-heading\"><h2>Notes to editors</h2></div><div class=\"block-text\">"
				+ "<div class=\"rich-text\">" + P3 + "</div></div></div></main></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "Notes to editors", "The opposition called");
		assertAbsent(r.text(), "Morning Report", "Duration", "Has llegit", "ENDS");
	}

	@Test
	void aReleaseSplitOverSiblingArticlesIsReadWholeButTheNextStoryOfAnEndlessPageIsNot() throws Exception {
		ImportResult r = load("<title>Hausärzte</title></head><body><div class=\"page\"><h1>Bundesrat will mehr Hausärzte</h1>"
				+ "<div class=\"mod mod-text lead\"><article class=\"clearfix\">" + P1 + "</article></div>"
				+ "<div class=\"mod mod-text\"><article class=\"clearfix\"><h2>Drei Massnahmen</h2>" + P2 + "</article></div>"
				+ "<div class=\"mod mod-text\"><article class=\"clearfix\"><h2>Kosten</h2>" + P3 + "</article></div>"
				+ "<div class=\"mod mod-text\"><article class=\"clearfix\"><h1>Another story</h1><time>14.04.2026</time><p>The"
				+ " next story on the page is about the weather in the mountains this weekend.</p></article></div></div></body>");
		assertInOrder(r.text(), "The government wants", "Drei Massnahmen", "The cut will cost", "Kosten",
				"The opposition called");
		assertAbsent(r.text(), "Another story", "weather in the mountains");
	}

	@Test
	void aShortDeckNamedSoDateLinesOnTwoLinesAVideoLabelledSoAndTheWritersTaglineAndPageNotes() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><main><div class=\"head\"><h1>Pension tax cut</h1>"
				+ "<h2 data-test-id=\"Standfirst\">Savers are pleased. For now</h2></div><div class=\"dt\">Published 5:02 a.m. CT"
				+ " April 15, 2026<br>Updated 9:41 a.m. CT April 15, 2026</div><div class=\"body\">" + P1
				+ "<div class=\"em\" aria-label=\"Video\"><div class=\"t\">Why pensions are taxed</div><div class=\"d\">2:18</div>"
				+ "</div>" + P2 + P3 + "<p>This article appeared in the Finance section of the print edition under the headline"
				+ " “Tax break”</p><p><b>English Summary:</b> Government cuts the tax on pensions from October</p><p><em>Kelsey"
				+ " Marten covers pensions for the Daily Herald. Reach her at kmarten@herald.example.</em></p></div></main></body>");
		assertInOrder(r.text(), "Savers are pleased. For now", "The government wants", "The cut will cost",
				"The opposition called");
		assertAbsent(r.text(), "Published 5:02", "Updated 9:41", "Why pensions are taxed", "print edition",
				"English Summary", "Kelsey Marten");
	}

	@Test
	void aWebComponentsShadowTreeSavedAsADeclarativeTemplateIsRead() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title></head><body><news-article><template shadowrootmode=\"open\">"
				+ "<article><h1>Pension tax cut</h1>" + P1 + P2 + P3 + "</article></template></news-article>"
				+ "<template id=\"card\"><p>An unused template for cards of other stories on the site.</p></template></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "unused template");
	}

	@Test
	void whenTheChosenContainerHoldsLessThanHalfOfThePagesProseTheElementHoldingMostOfItIsRead() throws Exception {
		StringBuilder page = new StringBuilder("<title>Doctors</title></head><body><div class=\"page\"><h1>More family doctors"
				+ "</h1>");
		String[] sections = { P1, P2, P3, "<p>Doctors' associations welcomed the plan but said the grants were too small to"
				+ " make a difference.</p>" };
		for (int k = 0; k < sections.length; k++) { // each section an <article> in a wrapper of its own kind
			page.append("<div class=\"w").append(k).append("\"><article class=\"s").append(k).append("\"><h2>Section ")
					.append(k).append("</h2>").append(sections[k]).append(sections[k].replace("<p>", "<p>Also: "))
					.append("</article></div>");
		}
		ImportResult r = load(page.append("</div></body>").toString());
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called",
				"Doctors' associations welcomed");
	}

	@Test
	void aClosingSectionForThePressLeavesButNotesToEditorsStay() throws Exception {
		ImportResult r = load("<title>Spending</title></head><body><article><h1>Household spending rises</h1><div class=\"body\">"
				+ P1 + P2 + "<h3>Notes to editors</h3>" + P3 + "<h3>Media notes</h3><ul><li>When reporting our data, the"
				+ " office must be attributed as the source.</li><li>For interviews, contact the media team via"
				+ " media@office.example.</li></ul></div></article></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "Notes to editors", "The opposition called");
		assertAbsent(r.text(), "Media notes", "attributed as the source", "media@office.example");
	}

	@Test
	void aSpanOfDaysStaysAndNewsletterBoxesReaderNotesAndTypoPromptsInMoreLanguagesLeave() throws Exception {
		ImportResult r = load("<title>Pools</title></head><body><article><h1>Pools open longer</h1><div class=\"body\">" + P1
				+ "<h2>1 実施期間</h2><p>令和8年5月1日（金曜日）から10月31日（土曜日）まで</p>" + P2 + P3 + "<div class=\"article__edm\">"
				+ "<div class=\"t\">訂閱電子報</div><p class=\"d\">每天早上為您精選重要新聞，免費寄送到您的信箱。</p></div><div class=\"pdf\">"
				+ "<p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。</p></div><div class=\"err\">Қате"
				+ " таптыңыз ба? Мәтінді белгілеп, Ctrl+Enter басыңыз</div></div></article></body>");
		assertInOrder(r.text(), "The government wants", "1 実施期間", "令和8年5月1日（金曜日）から10月31日（土曜日）まで",
				"The opposition called");
		assertAbsent(r.text(), "電子報", "信箱", "Adobe", "Ctrl+Enter");
	}

	@Test
	void bulletsAndSubheadingBoxesUnderTheHeadlineAreTheStandfirstAndASlashedDateInADateElementIsRead() throws Exception {
		ImportResult r = load("<title>Water bills</title></head><body><div class=\"top-date\">الأربعاء 15 أبريل 2026</div>"
				+ "<div class=\"col\"><h1>Water bills to rise by £120</h1><ul class=\"mol-bullets-with-font\"><li><strong>The"
				+ " regulator approved mid-year increases for five companies</strong></li><li><strong>Campaigners say customers"
				+ " are paying twice</strong></li></ul><span class=\"article-date\">14/04/2026 11:25</span><span class=\"views\">"
				+ "عدد المشاهدات: 1834</span><div class=\"text\"><p><strong>Tendai Mhlanga, Court Reporter</strong></p>" + P1 + P2
				+ P3 + "</div></div></body>");
		assertEquals(Optional.of("2026-04-14"), r.metadata().published());
		assertInOrder(r.text(), "The regulator approved mid-year", "Campaigners say customers", "The government wants");
		assertAbsent(r.text(), "1834", "Tendai Mhlanga");
		ImportResult decks = load("<title>Home pension threshold raised</title></head><body><section><div class=\"logo\"><h1 class=\"logo\">Daily</h1>"
				+ "</div><div class=\"head\"><h2 class=\"news_ttl\">Home pension threshold raised</h2><div class=\"sub_box\"><h3>"
				+ "Regulator announces measures for older homeowners</h3><h3>Monthly payments rise by five to eight percent</h3>"
				+ "</div></div><div class=\"news_cnt\">" + P1 + P2 + P3 + "</div></section></body>");
		assertInOrder(decks.text(), "Regulator announces measures", "Monthly payments rise", "The government wants");
	}

	@Test
	void pressSectionsInARowCreditsWithDashesSourceLinesReuseTermsAndMailMagazinesLeave() throws Exception {
		ImportResult r = load("<title>Mist showers</title></head><body><article><h1>Mist showers for hot days</h1>"
				+ "<div class=\"body\">" + P1 + P2 + P3 + "<p>Reportagem – Carla Menezes<br>Edição – Roberto Seabra</p>"
				+ "<p class=\"fonte\">Fonte: Agência Câmara de Notícias</p><p>A reprodução das notícias é autorizada desde que"
				+ " contenha a assinatura 'Agência Câmara Notícias'.</p><div class=\"article-mailmagazine\"><p>最新記事をお届けする"
				+ "メールマガジン</p></div><h2>Fotos zur Meldung</h2><p><a href=\"/a.zip\">Fotos zur Meldung in hoher Auflösung</a>"
				+ " (ZIP, 8,2 MB)</p><p>Die Verwendung der Fotos ist honorarfrei.</p><h2>Rückfragehinweis für Medien</h2><p>Thomas"
				+ " Brunnbauer</p><p>Mediensprecher der Umweltabteilung</p><p>Telefon: 01 4000 73421</p><p>E-Mail:"
				+ " presse@example.wien</p><p>Web: www.example.wien</p><p>Fax: 01 4000 99</p><p>Büro: Rathaus</p></div></article></body>");
		assertInOrder(r.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(r.text(), "Reportagem", "Edição", "Fonte:", "reprodução", "メールマガジン", "Fotos zur Meldung", "honorarfrei",
				"Rückfragehinweis", "Telefon");
	}
}
