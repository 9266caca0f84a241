package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import org.junit.jupiter.api.Test;

/**
 * Patterns found on the sixteenth unseen gold batch (Swedish, Finnish, Polish, Ukrainian, Greek, Hebrew, Persian,
 * Bengali, Czech and Portuguese pages), each reproduced by a small invented page: "read also" labels in more
 * languages, feedback boxes and talkbacks, a publisher's terms for quoting its text, a sentence ended by a danda, and
 * a date written "1.out.2025 às 22h31" under the headline.
 */
class MoreLanguagesPatternsTest {
	private final ArticleImporter importer = new ArticleImporter();

	private String text(String fixture) throws ImportException {
		return ArticleAssertions.cleanText(importer, fixture);
	}

	@Test
	void readAlsoLabelsFeedbackBoxesTalkbacksAndReuseTermsLeaveTheText() throws Exception {
		String t = text("read-also-feedback-and-reuse-notice.html");
		assertInOrder(t, "Το υπουργείο Μεταφορών παρουσίασε νέο κανονισμό", "να δέχονται πληρωμές με κάρτα",
				"Οι οδηγοί που δεν συμμορφώνονται θα πληρώνουν πρόστιμο 500 ευρώ.");
		assertAbsent(t, "Διαβάστε επίσης", "Απεργία στα ταξί", "بیشتر بخوانید", "Άλλο άρθρο", "При цитуванні",
				"synpunkter", "תגובות", "Επιτέλους");
	}

	@Test
	void aShortLastSentenceEndedByADandaIsKept() throws Exception {
		String t = text("bengali-short-last-paragraph.html"); // "।" ends a sentence as "." does: no label left dangling
		assertParagraphs(t, "সহায়তা কার্যক্রম চলবে ডিসেম্বর পর্যন্ত।");
	}

	@Test
	void aPortugueseDateLineUnderTheHeadlineLeavesAndGivesTheDate() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("html/portuguese-date-line-under-headline.html"));
		assertAbsent(r.text(), "1.out.2025", "Atualizado");
		assertInOrder(r.text(), "O governo federal anunciou", "dois salários mínimos.");
		assertEquals("2025-10-01T22:31", r.metadata().published().orElseThrow());
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"cs | <p class='meta'>Publikováno: 21. dubna 2026 10:15</p> | 2026-04-21T10:15",
			"pl | <div class='article-date'>21 kwietnia 2026, 07:12</div> | 2026-04-21T07:12",
			"el | <span class='date'>21 Απριλίου 2026</span> | 2026-04-21",
			"tr | <time>3 Eylül 2026 Perşembe</time> | 2026-09-03",
			"hu | <span class='publish-date'>2026. április 21. 10:32</span> | 2026-04-21T10:32",
			"hi | <span class='date'>20 मई 2026</span> | 2026-05-20",
			"th | <span class='date'>2 เม.ย. 2569 10:47 น.</span> | 2026-04-02T10:47",
			"fa | <span class='date'>۲۵ فروردین ۱۴۰۵</span> | 2026-04-14" })
	void aPageWithoutDateMetadataGivesTheDateItShowsInItsOwnLanguage(String lang, String dateLine, String published)
			throws Exception {
		String paragraph = "The ministry published the new rules for regional rail services on its website today. "
				+ "They take effect at the start of next month and apply to every operator in the country.";
		String html = "<html lang='" + lang + "'><head><title>Rail rules</title></head><body><article><h1>New rail rules"
				+ "</h1>" + dateLine + "<p>" + paragraph + "</p><p>" + paragraph + "</p><p>" + paragraph + "</p></article>"
				+ "</body></html>";
		ImportResult r = importer.importBytes(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "page.html");
		assertEquals(published, r.metadata().published().orElseThrow());
	}
}
