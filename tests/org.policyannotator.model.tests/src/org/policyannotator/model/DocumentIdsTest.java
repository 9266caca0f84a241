package org.policyannotator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

	@Test
	void sampleFileNamesGiveTheirNameWithoutExtension() throws IOException {
		try (Stream<Path> files = Files.list(Fixtures.sampleCorpus())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
				String name = file.getFileName().toString();
				String id = DocumentIds.fromFileName(file.toString());
				assertEquals(name.substring(0, name.length() - 4), id);
				assertTrue(DocumentIds.isValid(id));
			}
		}
	}

	@Test
	void titlesLoseAccentsCaseAndPunctuation() {
		assertEquals("china-south-korea-delegates-at-seoul-forum",
				DocumentIds.fromTitle("China, South Korea delegates at Seoul Forum!"));
		assertEquals("cafe-politique-a-l-ete", DocumentIds.fromTitle("Café politique à l'été"));
		assertEquals("report-2025", DocumentIds.fromFileName("C:\\data\\Report 2025.html"));
	}

	@Test
	void lettersThatAccentRemovalDoesNotReachAreSpelledInLatin() {
		assertEquals("bundesregierung-beschliesst-entlastung-fur-pendler",
				DocumentIds.fromTitle("Bundesregierung beschließt Entlastung für Pendler"));
		assertEquals("aero-lodz-and-tromso", DocumentIds.fromTitle("Ærø, Łódź and Tromsø"));
	}

	@Test
	void titlesWithoutLatinLettersGetAStableHashId() {
		String korean = DocumentIds.fromTitle("한중 관계의 미래");
		assertTrue(korean.startsWith("doc-"), korean);
		assertTrue(DocumentIds.isValid(korean));
		assertEquals(korean, DocumentIds.fromTitle("한중 관계의 미래"));
		assertFalse(korean.equals(DocumentIds.fromTitle("中韩关系的未来")));
	}

	@Test
	void longTitlesAreCutAndStayValid() {
		String id = DocumentIds.fromTitle("word ".repeat(100));
		assertTrue(id.length() <= 60, id);
		assertTrue(DocumentIds.isValid(id));
	}

	@Test
	void reservedDeviceNamesAreMadeSafe() {
		String id = DocumentIds.fromTitle("CON");
		assertTrue(DocumentIds.isValid(id), id);
	}

	@Test
	void uniqueAppendsTheFirstFreeNumber() {
		assertEquals("news", DocumentIds.unique("news", Set.of()));
		assertEquals("news-3", DocumentIds.unique("news", List.of("news", "news-2")));
	}
}
