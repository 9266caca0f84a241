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
}
