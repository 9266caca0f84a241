package org.policyannotator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DocumentTest {

	@Test
	void sha256IsTheStandardHashOfTheUtf8Text() {
		assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Document.sha256Of("abc"));
		assertEquals(Document.sha256Of("한국"), Document.of("k", "", "한국").sha256());
	}

	@Test
	void factoryComputesTheHashAndWithTextRecomputesIt() {
		Document document = Document.of("doc-1", "Title", "text one");
		assertTrue(document.hashMatches());
		Document changed = document.withText("text two");
		assertNotEquals(document.sha256(), changed.sha256());
		assertTrue(changed.hashMatches());
		assertEquals("doc-1", changed.id());
	}

	@Test
	void aWrongStoredHashIsDetected() {
		Document document = new Document("d", "", "", Optional.empty(), "en", "text", "00", Provenance.manual());
		assertFalse(document.hashMatches());
	}

	@Test
	void unsafeIdsAreRejected() {
		for (String bad : List.of("", "../x", "a/b", "con", "a b", ".hidden", "x.")) {
			assertThrows(IllegalArgumentException.class, () -> Document.of(bad, "", "t"), bad);
		}
	}

	@Test
	void pageAtTellsThePageOfAnOffsetAndZeroWithoutPages() {
		String text = "one\n\ntwo\n\nfour";
		Document paged = Document.of("p", "", "", Optional.empty(), "", text, Provenance.manual(),
				new DocumentDetails("", "", List.of(0, 5, 10, 10)));
		assertTrue(paged.hasPages());
		assertEquals(1, paged.pageAt(0));
		assertEquals(1, paged.pageAt(4));
		assertEquals(2, paged.pageAt(5));
		assertEquals(4, paged.pageAt(10), "page 3 has no text: its start is page 4's");
		assertEquals(4, paged.pageAt(text.length()));
		assertEquals(0, Document.of("t", "", text).pageAt(3));
		assertFalse(Document.of("t", "", text).hasPages());
		assertFalse(paged.withText("other").hasPages(), "a new text does not keep the old page starts");
	}

	@Test
	void pageStartsMustNotDecreaseNorPassTheEndOfTheText() {
		assertThrows(IllegalArgumentException.class, () -> new DocumentDetails("", "", List.of(0, 5, 3)));
		assertThrows(IllegalArgumentException.class, () -> Document.of("p", "", "", Optional.empty(), "", "abc",
				Provenance.manual(), new DocumentDetails("", "", List.of(0, 9))));
	}
}
