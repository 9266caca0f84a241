package org.policyannotator.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.Fixtures;

/** The one sentence splitter: where news and policy prose ends its sentences, and where it does not. */
class SentencesTest {
	private static List<String> split(String text) {
		Sentences s = Sentences.of(text);
		List<String> list = new ArrayList<>();
		for (int i = 0; i < s.count(); i++) {
			list.add(text.substring(s.start(i), s.end(i)));
		}
		return list;
	}

	@Test
	void abbreviationsAndInitialsDoNotEndASentence() {
		assertEquals(List.of("Mr. Lee met Dr. Kim and J. Smith in the U.S. capital on Jan. 5.", "Prof. Chen, et al. agreed."),
				split("Mr. Lee met Dr. Kim and J. Smith in the U.S. capital on Jan. 5. Prof. Chen, et al. agreed."));
		assertEquals(List.of("See Art. 5 and No. 12 of the plan, e.g. China's.", "Done."),
				split("See Art. 5 and No. 12 of the plan, e.g. China's. Done."));
	}

	@Test
	void numbersAndListItemsDoNotEndASentence() {
		assertEquals(List.of("Trade reached 298.9 billion, up 4.5 percent in 2025.", "Growth slowed."),
				split("Trade reached 298.9 billion, up 4.5 percent in 2025. Growth slowed."));
		assertEquals(List.of("1. Reform the tax code.", "2. Cut tariffs."), split("1. Reform the tax code.\n2. Cut tariffs."));
		assertEquals(List.of("It grew approx. two thirds."), split("It grew approx. two thirds."));
	}

	@Test
	void closingQuotesStayWithTheirSentenceAndOpeningOnesStartOne() {
		assertEquals(List.of("\u201cWe will act.\u201d", "He called on them.", "\"Now?\"", "(Later.)"),
				split("\u201cWe will act.\u201d He called on them. \"Now?\" (Later.)"));
	}

	@Test
	void cjkFullStopsEndASentenceWithoutSpace() {
		assertEquals(List.of("中韩关系很重要。", "双方同意合作！", "是吗？", "はい．"), split("中韩关系很重要。双方同意合作！是吗？はい．"));
		assertEquals(List.of("한국은 동의했다.", "중국도 그렇다."), split("한국은 동의했다. 중국도 그렇다."));
	}

	@Test
	void lineBreaksEndSentencesAndNumberParagraphs() {
		Sentences s = Sentences.of("Headline without stop\n\nFirst one. Second one.\nThird");
		assertEquals(4, s.count());
		assertEquals(List.of(0, 2, 2, 3), List.of(s.paragraph(0), s.paragraph(1), s.paragraph(2), s.paragraph(3)));
		assertEquals(1, s.indexAt(s.start(1) + 3));
	}

	@Test
	void theSampleArticlesSplitAtTheirSentenceEndsOnly() {
		String text = Fixtures.sampleText("002");
		List<String> sentences = split(text);
		assertTrue(sentences.stream().anyMatch(x -> x.contains("reached 298.9 billion U.S. dollars during")),
				"a decimal and U.S. inside one sentence");
		String quoted = split(Fixtures.sampleText("001")).stream().filter(x -> x.contains("He called on"))
				.findFirst().orElseThrow();
		assertTrue(quoted.startsWith("He called on"), "a sentence after a closing quote starts after it: " + quoted);
		for (String prefix : List.of("000", "001", "002", "003", "004")) {
			for (String sentence : split(Fixtures.sampleText(prefix))) {
				assertTrue(!sentence.isBlank() && sentence.equals(sentence.strip()), prefix + ": " + sentence);
				assertTrue(!sentence.matches("(?s).*\\b(Mr|Dr|Ms|U\\.S)\\.$"), prefix + " ends at an abbreviation: " + sentence);
			}
		}
		assertEquals(split(Fixtures.sampleText("004")).size(), Sentences.of(Fixtures.sampleText("004")).count());
	}
}
