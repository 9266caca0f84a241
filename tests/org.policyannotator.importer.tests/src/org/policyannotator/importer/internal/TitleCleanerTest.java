package org.policyannotator.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Site names and sections come off titles; headlines with dashes and colons stay whole. */
class TitleCleanerTest {

	private static String clean(String raw, String site, String h1) {
		return TitleCleaner.clean(raw, Optional.ofNullable(site), Optional.ofNullable(h1)).orElseThrow();
	}

	@Test
	void knownSiteNameIsRemovedFromTheEnd() {
		assertEquals("Rates held at 4%", clean("Rates held at 4% | The Daily Planet", "The Daily Planet", null));
	}

	@Test
	void knownSiteNameIsRemovedFromTheStart() {
		assertEquals("Rates held at 4% as inflation eases", clean("Daily Planet | Rates held at 4% as inflation eases",
				"Daily Planet", null));
	}

	@Test
	void headlineOnThePageSelectsTheMatchingSegment() {
		assertEquals("Rates held - for now", clean("Rates held - for now - Business - Planet", null, "Rates held - for now"));
	}

	@Test
	void sectionAndSiteAreBothRemovedWhenUnknown() {
		assertEquals("Central bank holds rates as inflation eases",
				clean("Central bank holds rates as inflation eases - Business - The Planet", null, null));
	}

	@Test
	void chineseUnderscoreSuffixesAreRemoved() {
		assertEquals("专家：加强青年人文交流是推动中韩关系发展的关键", clean("专家：加强青年人文交流是推动中韩关系发展的关键_国际频道_华夏新闻网", null, null));
	}

	@Test
	void hyphenatedWordsAndColonsInsideHeadlinesAreKept() {
		assertEquals("China-South Korea ties: a new chapter", clean("China-South Korea ties: a new chapter", null, null));
		assertEquals("Biden - Trump debate: what we learned about the economy",
				clean("Biden - Trump debate: what we learned about the economy", null, null));
	}

	@Test
	void siteSuffixIsTheLastSegmentTheCleanerRemoved() {
		String raw = "Minister welcomes new framework - Department for Trade - GOV.EXAMPLE";
		String cleaned = clean(raw, null, "Minister welcomes new framework");
		assertEquals("Minister welcomes new framework", cleaned);
		assertEquals(Optional.of("GOV.EXAMPLE"), TitleCleaner.siteSuffix(raw, cleaned));
		assertEquals(Optional.empty(), TitleCleaner.siteSuffix("Budget vote delayed", "Budget vote delayed"));
		assertEquals(Optional.empty(), TitleCleaner.siteSuffix("Budget vote delayed | Page 2", "Budget vote delayed"));
	}
}
