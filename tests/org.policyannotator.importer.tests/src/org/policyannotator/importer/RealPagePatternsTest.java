package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Patterns seen on real news pages of many sites, each reproduced by a small invented page: bylines that no class
 * name marks or whose names sit in child elements, ...
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
}
