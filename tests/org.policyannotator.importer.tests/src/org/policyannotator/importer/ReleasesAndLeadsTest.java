package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import org.junit.jupiter.api.Test;

/**
 * Patterns found on the unseen gold batch 106-113 (an Indonesian ministry's release, an ECB press release, El Tiempo,
 * Gazeta Wyborcza, Dawn, Der Standard), reproduced by small invented pages: a release's file number, a contact card
 * set as the last blocks, a press-contact line, an address box and a reuse notice; a bullet that ends with a deadline
 * date; the date in a list of the headline's meta line while a sidebar's {@code <time>} gives another story's; Spanish
 * dates written "19 de marzo 2026, 08:42 a. m."; a lead after the photo in a wrapper that also holds the body; "Le
 * puede interesar" boxes, an author's signature box, a follow prompt and an ad zone's label; and from batch 114-121
 * (NRK, Meduza, hib): social media embeds, podcast players, donation boxes and the date in a kicker line; and from
 * batch 122-129 (ONS, OECD, a US attorney general, Taipei Times, Ouest-France): section headings beside the section
 * containers, notes outside the body, the end mark of a release, a "Release date:" label in a child, captions named
 * "imgtext", ad labels in more languages; and from batch 130-137 (Le Temps, RBI, Premium Times, Globe and Mail):
 * polls, text ads, release numbers, attachment links and follow boxes.
 */
class ReleasesAndLeadsTest {
	private final ArticleImporter importer = new ArticleImporter();

	@Test
	void aReleasesFileNumberContactCardPressLineAddressAndReuseNoticeLeaveAndItsDateIsItsOwn() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("html/release-contact-card-and-sidebar-dates.html"));
		ArticleAssertions.assertClean(r.text());
		assertInOrder(r.text(), "Loans at 3 percent for farmers aged 19 to 39", "Applications open until 15 May 2026",
				"The ministry will lend up to 20 trillion rupiah", "the minister said at the launch in Jakarta.");
		assertAbsent(r.text(), "HM.4.6", "For media queries", "Head of Public Relations", "www.agri", "@AgriMinistry",
				"press@", "Directorate of Communications", "Jalan Harsono", "Reproduction is permitted", "Rice stocks");
		assertEquals("2026-04-14", r.metadata().published().orElseThrow());
	}

	@Test
	void aLeadAfterThePhotoAndASpanishDateAreFoundAndLabelsSignatureAndPromptsLeave() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("html/spanish-lead-after-photo-and-labels.html"));
		ArticleAssertions.assertClean(r.text());
		assertParagraphs(r.text(), "La línea de Ciudad Bolívar funcionará desde las cuatro de la mañana hasta la"
				+ " medianoche a partir de abril, anunció la alcaldía.");
		assertInOrder(r.text(), "La línea de Ciudad Bolívar", "La Alcaldía de Bogotá anunció", "unos 22.000 pasajeros",
				"del presupuesto de movilidad del distrito.");
		assertAbsent(r.text(), "Anzeige", "Las cabinas", "Le puede interesar", "Primera línea del metro", "Follow Diario",
				"LAURA MEJÍA", "Redacción Bogotá");
		assertEquals("2026-03-19T08:42", r.metadata().published().orElseThrow());
	}

	@Test
	void socialEmbedsPodcastPlayersAndDonationBoxesLeaveAndAKickerLineGivesTheDate() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("html/embeds-podcast-donations-kicker-date.html"));
		ArticleAssertions.assertClean(r.text());
		assertInOrder(r.text(), "Der Ausschuss für Wirtschaft und Energie", "weder Personal noch Geld.",
				"500 Millionen Euro zur Verfügung stellen.");
		assertAbsent(r.text(), "Endlich Klarheit", "@staedtetag", "Wer bezahlt die neue Heizung", "Anhören",
				"Unser Journalismus lebt", "Jetzt spenden");
		assertEquals("2026-12-03", r.metadata().published().orElseThrow());
	}

	@Test
	void aBulletinKeepsItsSectionHeadingsAndNotesAndEndsAtTheEndMarkAndItsReleaseDateIsFound() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("html/bulletin-sections-notes-end-mark.html"));
		ArticleAssertions.assertClean(r.text());
		assertInOrder(r.text(), "1. Main points", "Retail sales volumes rose by 0.6%", "2. Sales volumes",
				"Non-food stores sales volumes fell", "Online sales rose by 2.0%", "Notes",
				"[1] September's figure was revised from a fall of 0.5%.");
		assertAbsent(r.text(), "Table of contents", "Publicité", "Oxford Street", "Photo: Jane Doe", "Download the full",
				"↩", "-30-", "largest producer", "press@stats");
		assertEquals("2026-11-21", r.metadata().published().orElseThrow());
	}

	@Test
	void pollsTextAdsReleaseNumbersAttachmentsAndFollowBoxesLeave() throws Exception {
		String t = ArticleAssertions.cleanText(importer, "poll-text-ad-attachments-follow.html");
		assertInOrder(t, "The Senate on Tuesday passed a bill", "the committee chairman said.",
				"for concurrence.");
		assertAbsent(t, "Press Release: 2025", "TEXT AD", "Our poll", "Should meters be free", "412 kb",
				"Follow related authors");
	}

	@Test
	void aDateWithSlashesIsReadDayFirstOnAPageOfADayFirstCountry() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("html/slashed-date-by-country.html"));
		assertEquals("2026-03-12", r.metadata().published().orElseThrow()); // .au: 12 March, not 3 December
	}

	@Test
	void thePublishersLocalDateWinsOverTheSameInstantInUtcAndGalleryLabelsAndFrancOffersLeave() throws Exception {
		ImportResult r = importer.importFile(Fixtures.path("html/local-date-franc-offer-gallery.html"));
		assertEquals("2026-03-05T23:14:00-03:00", r.metadata().published().orElseThrow()); // not 6 March in UTC
		assertInOrder(r.text(), "El Senado aprobó", "que la tratará en abril.", "frente al Congreso.");
		assertAbsent(r.text(), "PHOTO GALLERY", "Probeabo", "1 Franken");
	}

	@Test
	void aNoteMarkWhoseLinkIsAHashAlonePointsNowhereAndThePageStillImports() throws Exception {
		String t = ArticleAssertions.cleanText(importer, "note-mark-to-nowhere.html"); // jsoup refused the empty id
		assertInOrder(t, "Some text that is long enough", "Another paragraph of the article");
	}
}

