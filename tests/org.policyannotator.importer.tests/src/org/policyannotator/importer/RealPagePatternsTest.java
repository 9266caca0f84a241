package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;
import static org.policyannotator.importer.ArticleAssertions.assertParagraphs;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Patterns seen on real news pages of many sites, each reproduced by a small invented page: bylines that no class
 * name marks or whose names sit in child elements; credits, newsletter prompts and links to other stories inside
 * the body; a body split into one wrapper per section;
 * titles that are the site name, cut short, or spoilt by a logo {@code <h1>}; pull quotes; the publication or an account
 * name given as the author; "read also" links in several languages.
 */
class RealPagePatternsTest {
	private final ArticleImporter importer = new ArticleImporter();

	private ImportResult load(String fixture) throws ImportException {
		return importer.importFile(Fixtures.path("html/" + fixture));
	}

	@Test
	void unmarkedBylineInAnotherLanguageIsMetadataAndNotArticleText() throws Exception {
		ImportResult r = load("byline-unmarked-foreign-language.html");
		assertEquals(Optional.of("Lucía Ferrer Campos"), r.metadata().byline());
		assertAbsent(r.text(), "Por Lucía", "Corresponsal en Valle Alto");
		assertTrue(r.text().startsWith("El pleno municipal aprobó el martes"), r.text());
	}

	@Test
	void bylineWhoseNamesAreLinksAfterAByLabelIsFoundWithoutTheDate() throws Exception {
		ImportResult r = load("byline-names-in-child-elements.html");
		assertEquals(Optional.of("Ngozi Adeyemi and Tomas Lindqvist"), r.metadata().byline());
		assertInOrder(r.text(), "The harbour authority has postponed", "mussel beds in the outer bay.");
	}

	@Test
	void creditsNewsletterPromptsAndLinksToOtherStoriesInsideTheBodyAreLeftOut() throws Exception {
		ImportResult r = load("furniture-inside-article-body.html");
		assertParagraphs(r.text(),
				"The regional water board voted on Thursday to charge the largest industrial users a higher rate during declared droughts, the first change to the tariff structure in fifteen years.",
				"Under the new rules, users drawing more than a million litres a day will pay double the standard rate once reservoir levels fall below forty per cent, while households are exempt.",
				"Board members said the income would go into a fund for leak repairs, which account for almost a fifth of the water lost between the treatment works and the tap.",
				"Two manufacturers that had opposed the tariff said they would install recycling systems rather than pay the higher rate, and asked for a grace period of one year.");
		assertAbsent(r.text(), "Photograph:", "Photo by", "Why the reservoirs", "Sign up", "ALSO READ", "irrigation quota",
				"Follow us");
		assertEquals(4, r.text().split("\n\n").length, r.text());
	}

	@Test
	void sentencesThatLookLikePromptsOrCreditsStay() throws Exception {
		String html = "<html><head><title>Budget</title></head><body><h1>Budget</h1><div class=\"story\">"
				+ "<p>RELATED measures passed by the assembly on Tuesday include a cap on rents in the old town.</p>"
				+ "<p>Photo by photo, the exhibition at the town hall traces how the harbour changed over a century.</p>"
				+ "<p>By Tuesday, the assembly had approved the budget with a majority of eleven votes to seven.</p>"
				+ "<p>The finance committee will publish the detailed tables next month, together with the audit report.</p>"
				+ "</div></body></html>";
		ImportResult r = importer.importBytes(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "inline.html");
		assertInOrder(r.text(), "RELATED measures passed", "Photo by photo, the exhibition", "By Tuesday, the assembly",
				"The finance committee will publish");
	}

	@Test
	void bodySplitIntoSectionWrappersIsJoinedWithoutTeaserCardsOfTheSameKind() throws Exception {
		ImportResult r = load("essay-split-into-section-wrappers.html");
		assertInOrder(r.text(), "The county's new housing strategy begins", "before the final version is put to a vote",
				"The second part of the strategy deals with empty homes", "The third part concerns transport",
				"which it expects to receive before the summer.");
		assertAbsent(r.text(), "A short summary of another story", "Another story");
		assertEquals(11, r.text().split("\n\n").length, r.text());
	}

	@Test
	void writtenByBylineLosesItsLabelAndDateAndTheCreditTrailerLeavesTheText() throws Exception {
		ImportResult r = load("byline-written-by-with-date-and-credit-trailer.html");
		assertEquals(Optional.of("Amara Okafor"), r.metadata().byline());
		assertAbsent(r.text(), "Reporting by", "Editing by", "Written by");
		assertTrue(r.text().endsWith("the new quieter cranes that are due to arrive."), r.text());
	}

	@Test
	void titleIsTheHeadlineWhenOgTitleIsTheSiteName() throws Exception {
		assertEquals(Optional.of("Assembly extends ban on new gravel pits along the river"),
				load("title-og-title-is-site-name.html").metadata().title());
	}

	@Test
	void titleCutShortWithAnEllipsisGivesWayToTheFullHeadline() throws Exception {
		assertEquals(Optional.of("Assembly extends ban on new gravel pits along the river after riverbed report"),
				load("title-cut-short-with-ellipsis.html").metadata().title());
	}

	@Test
	void anH1ThatIsTheSiteLogoDoesNotBecomeTheTitle() throws Exception {
		assertEquals(Optional.of("Assembly extends ban on new gravel pits along the river"),
				load("title-h1-is-site-logo.html").metadata().title());
	}

	@Test
	void pullQuoteThatRepeatsAParagraphIsLeftOutButARealQuoteStays() throws Exception {
		ImportResult r = load("pull-quote-repeating-a-paragraph.html");
		assertEquals(1, r.text().split("in buildings that burn oil all winter", -1).length - 1, r.text());
		assertInOrder(r.text(), "Every state school", "the first forty schools had already been surveyed.",
				"The work will cost about ninety million", "Heat pumps are not a cure for draughty windows",
				"a separate budget for roofs and windows.");
	}

	@Test
	void bylineSkipsThePublicationAsAuthorAndAccountNames() throws Exception {
		assertEquals(Optional.of("Ingrid Solberg and Rafael Ortiz"),
				load("byline-candidates-site-name-and-account.html").metadata().byline());
	}

	@Test
	void readAlsoLabelsInOtherLanguagesWithALinkLeaveTheText() throws Exception {
		ImportResult r = load("read-also-links-in-other-languages.html");
		assertAbsent(r.text(), "Lire aussi", "Les retards des trains", "Lesen Sie auch", "friert");
		assertInOrder(r.text(), "Le conseil régional a décidé jeudi", "La mesure coûtera environ douze millions",
				"reste leur principale demande.");
	}
}
