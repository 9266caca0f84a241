package org.policyannotator.model.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;

class SpeakerPersonsTest {
	private static final SpeakerPersons CORPUS = new SpeakerPersons(List.of("Xi", "Xi Jinping", "President Xi",
			"Chinese President Xi Jinping", "Xi's", "Lee", "Lee Jae-myung", "Lee Hsien Loong",
			"Foreign Ministry spokesperson Mao Ning", "Mao Ning", "the Foreign Ministry", "experts", ""));

	@Test
	void theFourNamesOfXiAreOnePersonNamedXiJinping() {
		for (String name : List.of("Xi", "Xi Jinping", "President Xi", "Chinese President Xi Jinping", "XI JINPING",
				"Xi's", "President Xi Jinping")) {
			assertEquals(new SpeakerPersons.Person("xi-jinping", "Xi Jinping"), CORPUS.person(name), name);
		}
	}

	@Test
	void aShortNameSharedByTwoPersonsStaysItsOwnPerson() {
		assertFalse(CORPUS.samePerson("Lee", "Lee Jae-myung"));
		assertFalse(CORPUS.samePerson("Lee", "Lee Hsien Loong"));
		assertFalse(CORPUS.samePerson("Lee Jae-myung", "Lee Hsien Loong"));
		assertTrue(CORPUS.samePerson("President Lee Jae-myung", "Lee Jae-myung"));
		assertTrue(CORPUS.samePerson("Lee Jae Myung", "Lee Jae-myung"));
	}

	@Test
	void aRoleBeforeTheNameIsNotPartOfThePersonButAnOrganisationStaysItself() {
		assertTrue(CORPUS.samePerson("Mao Ning", "Foreign Ministry spokesperson Mao Ning"));
		assertEquals("Mao Ning", CORPUS.person("Foreign Ministry spokesperson Mao Ning").name());
		assertFalse(CORPUS.samePerson("the Foreign Ministry", "Mao Ning"));
		assertFalse(CORPUS.samePerson("Xi", "experts"));
	}

	@Test
	void aBlankOrUnknownNameIsNobodyElse() {
		assertFalse(CORPUS.samePerson("", ""));
		assertEquals("Angela Merkel", CORPUS.person("Chancellor Angela Merkel").name());
		assertFalse(CORPUS.samePerson("Merkel", "Xi"));
	}

	@Test
	void aQuoteSpeaksWithTheNameOfTheSpeakerItIsLinkedTo() {
		String text = "President Xi said it. \"We agree,\" Xi said.";
		Annotation speaker = annotation("s1", "speaker", text, 0, 12, Map.of());
		Annotation named = annotation("s2", "speaker", text, 34, 36, Map.of("name", "Xi Jinping"));
		Annotation quote = annotation("q1", "quote", text, 23, 31, Map.of());
		Annotation unlinked = annotation("q2", "quote", text, 13, 20, Map.of());
		Map<String, String> speakers = QuoteSpeakers.of(List.of(speaker, named, quote, unlinked),
				List.of(new Relation("r1", "said-by", "q1", "s2")));
		assertEquals(Map.of("s1", "President Xi", "s2", "Xi Jinping", "q1", "Xi Jinping"), speakers);
	}

	private static Annotation annotation(String id, String type, String text, int start, int end,
			Map<String, String> attributes) {
		TreeMap<String, AttributeValue> values = new TreeMap<>();
		attributes.forEach((k, v) -> values.put(k, new AttributeValue.Text(v)));
		Instant now = Instant.parse("2026-12-03T00:00:00Z");
		return new Annotation(id, type, List.of(Span.of(text, start, end)), values, "ann", now, now, "",
				AnnotationStatus.ACCEPTED, false);
	}

	@Test
	void namesMadeOfCommonWordsAreGroupedAsByTestingEveryContainingName() {
		// Thousands of names built from a few common words (as when spans of ordinary text are tagged as speakers,
		// or a Korean corpus names hundreds of Kims): listing each name's word sets must group them exactly as
		// testing every name that shares a word does (the way names of more than ten words are still matched).
		java.util.Random random = new java.util.Random(5);
		String[] vocabulary = { "Kim", "Lee", "Park", "Jae", "Min", "Jong", "Un", "Ho", "Xi", "Jinping", "Moon", "In" };
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			StringBuilder name = new StringBuilder(random.nextInt(5) == 0 ? "President " : "");
			int words = 1 + random.nextInt(random.nextInt(20) == 0 ? 14 : 4);
			for (int w = 0; w < words; w++) {
				name.append(vocabulary[random.nextInt(vocabulary.length)]).append(w + 1 < words ? " " : "");
			}
			names.add(name.toString());
		}
		SpeakerPersons listed = new SpeakerPersons(names);
		SpeakerPersons tested = new SpeakerPersons(names, 0);
		int grouped = 0;
		for (String name : names) {
			assertEquals(tested.person(name), listed.person(name), name);
			grouped += listed.person(name).id().equals(SpeakerPersons.key(name).replace(' ', '-')) ? 0 : 1;
		}
		assertTrue(grouped > 100, "names joined a longer name: " + grouped);
	}
}
