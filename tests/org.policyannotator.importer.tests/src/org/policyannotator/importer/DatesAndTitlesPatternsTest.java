package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where pages show their date and title, each in a small invented page: a UTC instant shown as the reader's own day
 * with or without a clock time, or structured data in another zone than the page's date line; today's date in a strip
 * above the masthead; date elements named in other languages, a slashed or hyphenated date beside the headline, a table
 * cell with the date among other lines; the day in the page's own address as the last resort; the headline after a
 * kicker in the title, a board's title when the page's title is shown nowhere, a headline cell under a title that only
 * numbers the page. Found on the blind gold batches of 2026-12-06.
 */
class DatesAndTitlesPatternsTest {
	private static final String P1 = ArticleAssertions.PARAGRAPH_1;
	private static final String P2 = ArticleAssertions.PARAGRAPH_2;
	private static final String P3 = ArticleAssertions.PARAGRAPH_3;

	@TempDir
	Path dir;

	private ImportResult load(String html) throws Exception {
		return ArticleAssertions.importPage(dir, "<html lang=\"pt-BR\">", html);
	}

	@Test
	void aUtcDateIsReadAsTheDayTheStoryShowsWithoutAClockTimeWhenSomeTimeZoneIsOnThatDay() throws Exception {
		String body = "<div class=\"body\">" + P1 + P2 + P3 + "</div></article></body>";
		ImportResult nextDay = load("<title>Pension tax cut</title><meta property=\"article:published_time\""
				+ " content=\"2026-04-13T23:30:00Z\"></head><body><header><span class=\"today-date\">Friday, 17 April 2026"
				+ "</span></header><article><h1>Pension tax cut</h1><span class=\"post-date\">14 April 2026</span>" + body);
		assertEquals(Optional.of("2026-04-14"), nextDay.metadata().published()); // UTC+0:30 or more: the 14th
		ImportResult updated = load("<title>Pension tax cut</title><meta property=\"article:published_time\""
				+ " content=\"2026-04-13T23:30:00Z\"></head><body><article><h1>Pension tax cut</h1>"
				+ "<span class=\"date\">Updated 14 April 2026</span>" + body);
		assertEquals(Optional.of("2026-04-13T23:30:00Z"), updated.metadata().published());
		ImportResult unreachable = load("<title>Pension tax cut</title><meta property=\"article:published_time\""
				+ " content=\"2026-04-13T05:30:00Z\"></head><body><article><h1>Pension tax cut</h1>"
				+ "<span class=\"date\">14 April 2026</span>" + body); // 05:30 UTC is the 14th nowhere
		assertEquals(Optional.of("2026-04-13T05:30:00Z"), unreachable.metadata().published());
	}

	@Test
	void todaysDateInAStripAboveTheMastheadIsNotTheStorysAndALabelledDefinitionGivesTheDate() throws Exception {
		ImportResult strip = load("<title>Bus lines</title></head><body><div class=\"top-strip\"><div class=\"top-strip__date\">"
				+ "среда, 18. март 2026.</div></div><header><nav><a href=\"/\">Почетна</a></nav></header><div class=\"col\">"
				+ "<h1>Dvanaest novih autobuskih linija</h1><div class=\"article-info__date\">уторак, 17.03.2026. у 22:00</div>"
				+ "<div class=\"text\">" + P1 + P2 + P3 + "</div></div></body>");
		assertEquals(Optional.of("2026-03-17T22:00"), strip.metadata().published());
		ImportResult labelled = load("<title>Pozos</title></head><body><div class=\"col\"><h1>Inicia programa de pozos</h1>"
				+ "<dl><dd>Comunicado de Prensa No. 0187-26</dd></dl><dl><dt>Fecha de publicación</dt><dd>16 de marzo de 2026"
				+ "</dd></dl><div class=\"text\">" + P1 + P2 + P3 + "</div></div><div class=\"more\"><p>Prensa · 15 de marzo"
				+ " de 2026</p></div></body>");
		assertEquals(Optional.of("2026-03-16"), labelled.metadata().published());
	}

	@Test
	void theHeadlineAfterAKickerInTheTitleAndTheBoardTitleOfAPageWhoseTitleIsShownNowhere() throws Exception {
		ImportResult kicker = load("<title>Energiewende: Freistaat öffnet Staatswald für neue Windräder - Bayern - SZ.de</title>"
				+ "<meta property=\"og:title\" content=\"Energiewende: Freistaat öffnet Staatswald für neue Windräder\">"
				+ "</head><body><article><h1><span class=\"label\">SZ Plus</span><span class=\"kicker\">Energiewende in"
				+ " Bayern</span> <span class=\"title\">Freistaat öffnet Staatswald für neue Windräder</span></h1>"
				+ "<div class=\"body\">" + P1 + P2 + P3 + "</div></article></body>");
		assertEquals(Optional.of("Freistaat öffnet Staatswald für neue Windräder"), kicker.metadata().title());
		ImportResult board = load("<title>보도·참고자료 상세 | 보도·참고자료 | 뉴스·정책 | 기획재정부</title></head><body>"
				+ "<div id=\"header\"><h1 class=\"logo\"><a href=\"/\"><img src=\"logo.png\" alt=\"기획재정부\"></a></h1></div>"
				+ "<div class=\"lnb\"><h2 class=\"lnb_tit\">뉴스·정책</h2></div><div class=\"content\"><h3 class=\"sub_tit\">"
				+ "보도·참고자료</h3><div class=\"view\"><h4 class=\"view_tit\">유류세 한시 인하 2개월 연장…휘발유 인하율은 7%로 조정"
				+ "</h4><div class=\"view_cont\">" + P1 + P2 + P3 + "</div></div></div></body>");
		assertEquals(Optional.of("유류세 한시 인하 2개월 연장…휘발유 인하율은 7%로 조정"), board.metadata().title());
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "https://news.example.com/politics/2026/04/14/pension-tax-cut/, 2026-04-14",
			"https://news.example.com/a/20260414-pension-tax-cut, 2026-04-14",
			"https://news.example.com/2026-4-9/pension-tax-cut.html, 2026-04-09" })
	void aPageThatShowsNoDateGivesTheDayInItsOwnAddress(String address, String day) throws Exception {
		ImportResult r = load("<title>Pension tax cut</title><link rel=\"canonical\" href=\"" + address + "\"></head><body>"
				+ "<article><h1>Pension tax cut</h1><div class=\"body\">" + P1 + P2 + P3 + "</div></article></body>");
		assertEquals(Optional.of(day), r.metadata().published());
	}

	@Test
	void anAddressWithoutADayGivesNoDate() throws Exception {
		ImportResult r = load("<title>Pension tax cut</title><link rel=\"canonical\" href=\"https://news.example.com/a/2026/"
				+ "budget-2027\"></head><body><article><h1>Pension tax cut</h1><div class=\"body\">" + P1 + P2 + P3
				+ "</div></article></body>");
		assertEquals(Optional.empty(), r.metadata().published());
	}

	@Test
	void theDayTheStoryShowsWinsOverStructuredDataInAnotherZoneButNotAnUpdateLine() throws Exception {
		ImportResult otherZone = load("<title>Bus lanes</title><meta property=\"article:published_time\""
				+ " content=\"2026-04-15T10:45:00+08:00\"></head><body><article><h1>Bus lanes</h1><time class=\"info__time\">"
				+ "2026-04-14 22:45</time><div class=\"body\">" + P1 + P2 + P3 + "</div></article></body>");
		assertEquals(Optional.of("2026-04-14"), otherZone.metadata().published());
		ImportResult update = load("<title>Bus lanes</title><meta property=\"article:published_time\""
				+ " content=\"2026-04-12T22:10:00+05:30\"></head><body><article><h1>Bus lanes</h1><div class=\"dt\">Updated :"
				+ " Apr 13, 2026 06:40 AM | Added : Apr 12, 2026 10:10 PM</div><div class=\"body\">" + P1 + P2 + P3
				+ "</div></article></body>");
		assertEquals(Optional.of("2026-04-12T22:10:00+05:30"), update.metadata().published());
	}

	@Test
	void aTableLayoutWithADateCellAHeadlineCellHighlightsAndATitleThatOnlyNumbersThePage() throws Exception {
		ImportResult r = load("<title>Boletín DGCS-287</title></head><body><table><tr><td class=\"fecha_boletin\"><a href=\"#\">"
				+ "Imprimir</a></td></tr><tr><td class=\"fecha_boletin\"><strong>Boletín DGCS-287</strong><br>Ciudad"
				+ " Universitaria.<br>13:00 hs. 14 de abril de 2026</td></tr><tr><td class=\"titulo_boletin\">EL SUELO DEL"
				+ " ORIENTE SE HUNDE HASTA 38 CENTÍMETROS POR AÑO</td></tr><tr><td><ul class=\"destacados\"><li>Las tasas más"
				+ " altas se registran en tres alcaldías del oriente</li><li>Especialistas proponen reducir la extracción del"
				+ " acuífero</li></ul></td></tr><tr><td class=\"texto_boletin\">" + P1 + P2 + P3 + "</td></tr></table>"
				+ "<div class=\"noticia-data\">Quarta-feira, 15 de abril de 2026</div></body>");
		assertEquals(Optional.of("EL SUELO DEL ORIENTE SE HUNDE HASTA 38 CENTÍMETROS POR AÑO"), r.metadata().title());
		assertEquals(Optional.of("2026-04-14"), r.metadata().published());
		assertInOrder(r.text(), "Las tasas más altas", "Especialistas proponen", "The government wants");
	}

	@Test
	void datesWithHyphensOrSlashesBesideTheHeadlineAndReuseTermsInternCreditsAndFollowBlocksInMoreLanguages() throws Exception {
		ImportResult dashed = load("<title>Bank approves loan</title></head><body><div class=\"col\"><h1>Bank approves loan for"
				+ " roads</h1><div class=\"info\">15-Apr-2026</div><div class=\"text\">" + P1 + P2 + P3 + "</div></div></body>");
		assertEquals(Optional.of("2026-04-15"), dashed.metadata().published());
		ImportResult slashed = load("<title>Bank approves loan</title></head><body><div class=\"col\"><h1>Bank approves loan"
				+ " for roads</h1><div class=\"text-secondary small\">14/04/2026 04:32 PM</div><div class=\"text\">" + P1 + P2 + P3
				+ "<p>*Estagiária sob supervisão de Cláudia Menezes</p><p>A reprodução de textos e fotografias do Jornal é"
				+ " livre, desde que citados o veículo e os autores.</p><p>Информацията на БТА може да бъде използвана само при"
				+ " цитиране на източника.</p><p>Ikuti kami di media sosial :<br>Facebook : @bernamadotcom, @bernamatv<br>X :"
				+ " @bernama_dotcom, @BernamaTV<br>Instagram : @bernamaofficial, @bernamatvofficial<br>TikTok : @bernamaofficial,"
				+ " @bernamatv, @bernama_radio</p><p>Follow ESCAP on X, Facebook, Instagram and LinkedIn.</p></div></div></body>");
		assertEquals(Optional.of("2026-04-14"), slashed.metadata().published());
		assertInOrder(slashed.text(), "The government wants", "The cut will cost", "The opposition called");
		assertAbsent(slashed.text(), "Estagiária", "reprodução", "цитиране", "Ikuti kami", "TikTok", "Follow ESCAP");
	}

	@Test
	void anRdfaDateOverSimilarStatementsAndTheFirstHeadlineWithTextAfterALogoPicture() throws Exception {
		ImportResult rdfa = load("<title>Drought relief</title></head><body><h1 class=\"title\">Drought relief programme"
				+ " launched</h1><div class=\"content\"><span class=\"date-display-single\" property=\"dc:date\""
				+ " content=\"2026-04-14T00:00:00+02:00\">14 Apr 2026</span><div class=\"body\">" + P1 + P2 + P3 + "</div></div>"
				+ "<div class=\"view view-similar-statements\"><span class=\"date\">10 Apr 2026</span> <a href=\"/a\">Dam"
				+ " levels update</a></div></body>");
		assertEquals(Optional.of("2026-04-14T00:00:00+02:00"), rdfa.metadata().published());
		ImportResult logo = load("<title>Night clinics</title></head><body><h1 class=\"logo\"><a href=\"/\"><img src=\"l.png\""
				+ " alt=\"Policy Briefing\"></a></h1><div class=\"view_title\"><h1>Night clinics for children to reach 150</h1>"
				+ "<div class=\"sub_txt\"><p>- 29 more clinics by the end of the year</p><p>- Higher grants for running costs</p>"
				+ "</div><div class=\"info\"><span>2026.04.14</span><span>Ministry of Health</span></div></div>"
				+ "<div class=\"view_cont\">" + P1 + P2 + P3 + "<p>Следете ја МИА на Viber и бидете први информирани.</p>"
				+ "<p>تابعوا قناة صحيفة الخليج على واتساب لمتابعة أهم الأخبار</p></div></body>");
		assertEquals(Optional.of("2026-04-14"), logo.metadata().published());
		assertInOrder(logo.text(), "29 more clinics", "Higher grants", "The government wants");
		assertAbsent(logo.text(), "Viber", "واتساب");
	}
}
