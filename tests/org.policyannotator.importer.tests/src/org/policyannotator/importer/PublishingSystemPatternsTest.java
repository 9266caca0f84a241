package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Patterns of the systems pages are published with, each reproduced by a small invented page: live blogs whose
 * entries are articles of their own, blog platforms' link cards and sign-up calls, reading-time and publication lines,
 * date lines without a year, labels left dangling by a removed link list, byline boxes with share buttons and times,
 * press offices' counters and sign-offs, an editor's mark closing a Chinese report, boxes named only in {@code data-qa},
 * kickers and decks, and a PDF shown as HTML by a converter.
 */
class PublishingSystemPatternsTest {
	private final ArticleImporter importer = new ArticleImporter();

	private ImportResult page(String head, String body) throws ImportException {
		String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
		return importer.importBytes(html.getBytes(StandardCharsets.UTF_8), "page.html");
	}

	private static String entry(String time, String heading, String text) {
		return "<article class=\"update\"><header><time>" + time + "</time><h3>" + heading + "</h3></header><div class=\"update-body\"><p>"
				+ text + "</p></div><footer class=\"share-tools\"><button>Share</button><a>Copy link</a></footer></article>";
	}

	@Test
	void everyEntryOfALiveBlogIsKeptButNotTeaserCardsInTheSameFeed() throws Exception {
		ImportResult r = page("<title>Flood defences: live updates</title>", "<h1>Flood defences: live updates</h1><ol class=\"feed\">"
				+ entry("18:40", "Council closes the river road", "The council has closed the river road for the night as water rose above the second marker.")
				+ "<article class=\"update\"><h3><a href=\"/weather\">Weather: more rain due tomorrow</a></h3><p>Read our forecast.</p></article>"
				+ entry("17:15", "Pumps arrive from the coast", "Four pumping units from the coastal brigade arrived in the afternoon and are working at the weir.")
				+ entry("16:02", "Residents asked to move cars", "Residents of the lower town have been asked to move their cars to higher ground before dark.")
				+ "</ol><aside><h2>Most read</h2></aside>");
		assertInOrder(r.text(), "Council closes the river road", "above the second marker.", "Pumps arrive from the coast",
				"are working at the weir.", "Residents asked to move cars", "to higher ground before dark.");
		assertAbsent(r.text(), "Weather: more rain", "Read our forecast", "Share", "Copy link", "Most read", "18:40", "17:15");
	}

	@Test
	void theNextStoryThatAPageLoadedUnderTheFirstIsNoEntryOfAFeed() throws Exception {
		String story = "<article class=\"post\"><h1>%s</h1><div class=\"post-body\"><p>%s</p><p>%s</p></div></article>";
		ImportResult r = page("<title>Harbour fees rise</title>", "<div class=\"posts\">"
				+ String.format(story, "Harbour fees rise", "The harbour board raised mooring fees by a tenth on Monday to pay for the pier.",
						"Fishermen said the rise would cost each boat about four hundred euros a year, and asked for a delay.")
				+ String.format(story, "School meals to be free", "The council will pay for school meals for all pupils from September on.",
						"Parents welcomed the decision, which follows two years of campaigning by the town's teachers.")
				+ "</div>");
		assertInOrder(r.text(), "The harbour board raised mooring fees", "asked for a delay.");
		assertAbsent(r.text(), "School meals", "The council will pay");
	}

	@Test
	void dateLinesWithoutAYearLeaveButSentencesWithADateStay() throws Exception {
		ImportResult r = page("<title>Tariffs</title>", "<article><h1>Tariffs</h1><p>3 марта, 09:15</p><p>Mar 3, 4:05 PM EST</p>"
				+ "<p>The ministry raised the tariff on steel coils to twelve per cent, effective from the first of April.</p>"
				+ "<p>On 3 March at 09:15 the committee began its hearing, and it sat until late in the evening.</p></article>");
		assertAbsent(r.text(), "3 марта", "4:05 PM");
		assertInOrder(r.text(), "The ministry raised the tariff", "On 3 March at 09:15 the committee began its hearing");
	}

	@Test
	void linkCardsAndSignUpCallsOfBlogPlatformsLeaveTheText() throws Exception {
		ImportResult r = page("<title>Appeals</title>", "<article class=\"post\"><h1>Appeals</h1><section class=\"post-content\">"
				+ "<p>The appeals system has been without members for three years, and governments have found their own ways around it.</p>"
				+ "<figure class=\"card link-card\"><a href=\"https://example.org/x\"><div>Where the reform talks stand</div>"
				+ "<div>A short overview of the negotiations.</div><div>example.org</div></a></figure>"
				+ "<p>Sign up rates for the interim arrangement rose by a tenth in its first year, officials said.</p>"
				+ "<div class=\"cta-box\"><p>Join the conversation below.</p></div>"
				+ "<p>Sign up for more like this.</p><p>Subscribe to get new posts.</p></section></article>");
		assertAbsent(r.text(), "Where the reform talks stand", "A short overview of the negotiations.", "example.org",
				"Join the conversation", "Sign up for more like this", "Subscribe to get new posts");
		assertInOrder(r.text(), "The appeals system has been without members", "Sign up rates for the interim arrangement");
	}

	@Test
	void publicationAndReadingTimeLinesLeaveButSentencesAboutReadingStay() throws Exception {
		ImportResult r = page("<title>Security</title>", "<article><h1>Security</h1><div><span>Published in Policy Notes</span>"
				+ "<span>6 min read</span><span>Apr 2, 2025</span></div><p>Published in Policy Notes</p><p>Lesezeit: 4 Min.</p>"
				+ "<p>The strategy lists eleven technologies whose export would need a licence, from chips to vaccines.</p>"
				+ "<p>The report, published in March, takes 20 minutes to read and is worth every one of them.</p></article>");
		assertAbsent(r.text(), "Policy Notes", "6 min read", "Lesezeit");
		assertInOrder(r.text(), "The strategy lists eleven technologies", "The report, published in March, takes 20 minutes to read");
	}

	@Test
	void labelsOfRemovedLinkListsAndReadAlsoLinksInManyLanguagesLeave() throws Exception {
		ImportResult r = page("<title>Aranceles</title>", "<article><h1>Aranceles</h1>"
				+ "<p>El gobierno redujo los aranceles a la importación de maquinaria que no se fabrica en el país.</p>"
				+ "<p><b>Baca juga:</b> <a href=\"/a\">Harga nikel turun lagi</a></p>"
				+ "<p><b>यह भी पढ़ें:</b> <a href=\"/b\">रुपया मजबूत हुआ</a></p>"
				+ "<p><b>Читайте также:</b> <a href=\"/c\">Экспорт вырос</a></p>"
				+ "<p>Las cámaras industriales pidieron una revisión de los impuestos internos que encarecen la producción.</p>"
				+ "<p><b>Seguir leyendo:</b></p><ul class=\"list\"><li><a href=\"/d\">Cómo funciona el régimen</a></li>"
				+ "<li><a href=\"/e\">Qué dijeron las cámaras</a></li></ul></article>");
		assertAbsent(r.text(), "Baca juga", "Harga nikel", "यह भी पढ़ें", "Читайте", "Seguir leyendo", "Cómo funciona el régimen");
		assertTrue(r.text().endsWith("que encarecen la producción."), r.text());
	}

	@Test
	void aBylineBoxWithShareButtonsAndATimeGivesOnlyTheName() throws Exception {
		ImportResult r = page("<title>Presupuesto</title>", "<article><h1>Presupuesto</h1><div class=\"byline\">"
				+ "<span class=\"c-author-name\">Por Martina Ruiz</span><span class=\"share-buttons\"><button>Compartir</button>"
				+ "<a>Enviar</a></span><span class=\"pub-date\"><time datetime=\"2025-09-09\">9 Sep, 2025</time></span></div>"
				+ "<p>El Congreso aprobó el presupuesto con los votos de la coalición y de dos partidos regionales.</p></article>");
		assertEquals(Optional.of("Martina Ruiz"), r.metadata().byline());
	}

	@Test
	void countersSignOffsAndLanguageListsOfPressOfficesLeaveButFiguresStay() throws Exception {
		ImportResult r = page("<title>Trade agreement enters into force</title>", "<div class=\"release\"><h2>Trade agreement enters into force</h2>"
				+ "<p>The trade agreement between the two countries entered into force today, ending tariffs on most industrial goods.</p>"
				+ "<p>Unemployment rate: 5.2</p>"
				+ "<p>Officials expect trade between the partners to double within a decade as the tariff cuts take effect.</p>"
				+ "<p>***</p><p>Anita Rao/Vikram Sen Gupta</p><p>NB/DK</p></div>"
				+ "<div class=\"release-info\"><p>Release ID: 2104417 | Visitor Counter : 962</p><p>Read this release in: <a>Urdu</a> , <a>Hindi</a></p></div>");
		assertAbsent(r.text(), "Anita Rao", "NB/DK", "Release ID", "Visitor Counter", "Read this release in", "***");
		assertInOrder(r.text(), "entered into force today", "Unemployment rate: 5.2", "as the tariff cuts take effect.");
	}

	@Test
	void anEditorsMarkWithADateCodeClosingAChineseReportLeavesTheSentenceWhole() throws Exception {
		ImportResult r = page("<title>出口管制</title>", "<h1>出口管制</h1><div class=\"paragraph\">"
				+ "<p>（中央社記者台北9日電）經濟部今天公告修正出口管制清單，新增先進製造設備，自下月起出口須事先申請許可。</p>"
				+ "<p>業者表示，新規定明確後有助於降低不確定性，但希望審查時間能縮短。（編輯：林小華）1140409</p></div>");
		assertTrue(r.text().endsWith("但希望審查時間能縮短。"), r.text());
		assertAbsent(r.text(), "編輯", "1140409");
	}

	@Test
	void boxesNamedInDataQaKickersAndDecksAreTreatedByTheirNames() throws Exception {
		ImportResult r = page("<title>Senate vote</title>", "<article><span class=\"Article_hat__x1Y2z\">Comércio exterior</span>"
				+ "<h1>Senate vote on outbound investment</h1><h2 class=\"news-stit\">Companies would have to notify the Treasury before investing</h2>"
				+ "<div class=\"body\"><p>The committee voted eighteen to six to advance the bill, which now goes to the full chamber.</p>"
				+ "<div data-qa=\"newsletter-signup\"><h3>The Morning Brief</h3><p>Analysis of the policy news, in your inbox every weekday.</p></div>"
				+ "<p>Business groups asked for a narrower list of technologies and an exemption for listed companies.</p></div></article>");
		assertAbsent(r.text(), "Comércio exterior", "The Morning Brief", "in your inbox");
		assertInOrder(r.text(), "Companies would have to notify the Treasury before investing", "The committee voted eighteen to six",
				"an exemption for listed companies.");
	}

	@Test
	void aPdfShownAsHtmlPageByPageReadsAsItsParagraphsWithoutRunningHeadersAndPageNumbers() throws Exception {
		String line = "<div class=\"t m0 x1 h5 ff1 fs3 fc0\">%s</div>";
		StringBuilder pages = new StringBuilder("<div id=\"page-container\">");
		String[][] text = { { "Fisheries Brief 3 · 2025", "<h>Quotas after the treaty", "Catches in the northern grounds fell by a third",
				"between 2020 and 2024, while the fleet shrank by only a tenth. The re-", "gional council blames warmer water.", "1" },
				{ "Fisheries Brief 3 · 2025", "Quotas set by treaty should follow the stock surveys each year rather", "than every five years, and should be published.", "2" } };
		for (String[] page : text) {
			pages.append("<div class=\"pf w0 h0\"><div class=\"pc\">");
			for (String t : page) {
				pages.append(t.startsWith("<h>") ? String.format("<div class=\"t m0 x1 h3 ff2 fs1 fc0\">%s</div>", t.substring(3))
						: String.format(line, t));
			}
			pages.append("</div></div>");
		}
		ImportResult r = page("<title>Quotas after the treaty</title><meta name=\"generator\" content=\"pdf2htmlEX\">",
				pages.append("</div>").toString());
		assertEquals("Quotas after the treaty\n\nCatches in the northern grounds fell by a third between 2020 and 2024, while the "
				+ "fleet shrank by only a tenth. The regional council blames warmer water.\n\nQuotas set by treaty should follow the "
				+ "stock surveys each year rather than every five years, and should be published.", r.text());
	}
}
