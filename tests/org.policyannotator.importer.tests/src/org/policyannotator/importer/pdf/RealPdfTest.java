package org.policyannotator.importer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.Fixtures;
import org.policyannotator.importer.ImportResult;

/**
 * A real PDF, not one the tests write: the REFI-QDA 1.5 specification (60 pages written in Word 2010, MIT licence,
 * kept in {@code shared/conformance/refi-qda/}), with a cover, a table of contents with dot leaders, a running header
 * "REFI-QDA" and page numbers on every page, and bulleted lists whose items run over two lines.
 */
class RealPdfTest {
	private static ImportResult spec;
	private static List<String> paragraphs;

	@BeforeAll
	static void importTheSpecification() throws Exception {
		spec = new ArticleImporter().importFile(Fixtures.sharedConformance("refi-qda/REFI-QDA-1-5.pdf"));
		paragraphs = Arrays.asList(spec.text().split("\n\n"));
	}

	@Test
	void everyPageIsKeptAndTheTitleIsTheCoversLargestType() {
		assertEquals(60, spec.pageStarts().size());
		assertEquals(Optional.of("REFI-QDA: Exchange of processed data between qualitative data analysis software packages"),
				spec.metadata().title());
		assertEquals(Optional.of("Jaap van der Marel"), spec.metadata().byline());
		assertEquals(Optional.of("2019-09-25"), spec.metadata().published().map(d -> d.substring(0, 10)));
	}

	@Test
	void theRunningHeaderAndThePageNumbersLeaveTheText() {
		assertEquals(1, paragraphs.stream().filter("REFI-QDA"::equals).count(), "only the cover's title: " + paragraphs);
		assertFalse(paragraphs.stream().anyMatch(p -> p.matches("\\d{1,2}")), "a page number stands alone");
	}

	@Test
	void paragraphsReadAsThePrintedPageShowsThem() {
		assertTrue(paragraphs.contains("This specification is licensed under the MIT license."));
		assertTrue(paragraphs.contains("Permission is hereby granted, free of charge, to any person obtaining a copy of this "
				+ "software and associated documentation files (the \"Software\"), to deal in the Software without restriction, "
				+ "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or "
				+ "sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the "
				+ "following conditions:"), spec.text());
	}

	@Test
	void aBulletedItemOverTwoLinesIsOneParagraphAndEachTableOfContentsEntryIsItsOwnWithoutLeader() {
		assertTrue(paragraphs.contains("• Users may need to change to another software for reasons out of their control "
				+ "(funding, new employer or other mandates)."), spec.text());
		assertTrue(paragraphs.contains("• Users may not want to be locked in a specific QDA Software solution."));
		assertTrue(paragraphs.contains("4.2 Process"), spec.text()); // without the dot leader and the page number
		assertTrue(paragraphs.contains("4.3 Data model"), spec.text());
		assertFalse(spec.text().contains("....."), spec.text());
	}
}
