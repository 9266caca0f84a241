package org.policyannotator.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyannotator.importer.ArticleAssertions.assertAbsent;
import static org.policyannotator.importer.ArticleAssertions.assertInOrder;

import org.junit.jupiter.api.Test;

/**
 * Patterns found on the unseen gold batch 98-105 (Clarín, Korea JoongAng Daily and others), reproduced by a small
 * invented page: a "read also" label in a box of its own followed by the linked headline of another story, readers'
 * comments in a section named in Spanish, and the writer's name with an e-mail address signing the story.
 */
class ReadAlsoBoxesTest {
	private final ArticleImporter importer = new ArticleImporter();

	@Test
	void aReadAlsoLabelTakesTheLinkedHeadlineAfterItAndCommentsAndTheSignatureLeave() throws Exception {
		String t = ArticleAssertions.cleanText(importer, "read-also-boxes-comments-signature.html");
		assertInOrder(t, "La Municipalidad de Rosario anunció", "informó el municipio.", "antes de 2030.");
		assertEquals(4, t.split("\n\n").length, t);
		assertAbsent(t, "Mirá también", "bicis públicas", "Semáforos inteligentes", "Ver también", "LUCÍA FERRARI",
				"lucia.ferrari@", "vecino_oeste", "Avenida Perón");
	}
}
