package org.policyannotator.model.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Fixtures;
import org.policyannotator.model.Span;

class AnchorerTest {
	private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
	private static final String OLD = Fixtures.sampleText("000");

	private static Annotation tag(String id, String text, String phrase) {
		int start = text.indexOf(phrase);
		assertTrue(start >= 0, phrase);
		return Annotation.of(id, "claim", List.of(Span.of(text, start, start + phrase.length())), "ana", NOW);
	}

	private static Annotation only(AnchorReport report) {
		assertEquals(1, report.annotations().size());
		return report.annotations().get(0);
	}

	@Test
	void anUnchangedTextKeepsAnnotationsAsTheyAre() {
		Annotation a = tag("a1", OLD, "Chen Xin, deputy director of NIIS CASS");
		AnchorReport report = new Anchorer(OLD).reanchor(List.of(a));
		assertSame(a, only(report));
		assertEquals(Placement.UNCHANGED, report.placements().get("a1"));
	}

	@Test
	void textInsertedBeforeASpanMovesItByExactMatch() {
		Annotation a = tag("a1", OLD, "Chen Xin, deputy director of NIIS CASS");
		String added = "EDITOR'S NOTE: 这篇文章已更新 😀\r\n";
		String changed = added + OLD;
		Annotation moved = only(new Anchorer(changed).reanchor(List.of(a)));
		assertEquals(a.start() + added.length(), moved.start());
		assertTrue(moved.firstSpan().matches(changed));
		assertEquals(a.modified(), moved.modified(), "re-anchoring is not an edit");
	}

	@Test
	void aRepeatedQuoteIsPlacedWhereItsContextFits() {
		String text = "Seoul said yes. Beijing said no. Seoul said yes again.";
		int second = text.lastIndexOf("said yes");
		Annotation a = Annotation.of("a1", "quote", List.of(Span.of(text, second, second + 8)), "ana", NOW);
		String changed = "Today " + text.replace(" again", " again, twice");
		Annotation moved = only(new Anchorer(changed).reanchor(List.of(a)));
		assertEquals(changed.lastIndexOf("said yes"), moved.start());
	}

	@Test
	void aSlightlyEditedQuoteIsFoundByFuzzyMatch() {
		String phrase = "President Lee's visit will further propel the positive momentum of bilateral relations";
		Annotation a = tag("a1", OLD, phrase);
		String changed = OLD.replace(phrase, "President Lee's visit would further propel the positive momentum of "
				+ "bilateral ties");
		AnchorReport report = new Anchorer(changed).reanchor(List.of(a));
		assertEquals(Placement.FUZZY, report.placements().get("a1"));
		Annotation moved = only(report);
		assertTrue(moved.firstSpan().quote().startsWith("President Lee's visit would"), moved.firstSpan().quote());
		assertTrue(moved.firstSpan().matches(changed));
	}

	@Test
	void aDeletedSpanBecomesAnOrphanWithItsOldSpans() {
		String sentence = "The seminar featured a discussion of a critical biography on President Lee's life";
		Annotation a = tag("a1", OLD, sentence);
		String changed = OLD.replace(sentence, "");
		AnchorReport report = new Anchorer(changed).reanchor(List.of(a));
		assertEquals(List.of("a1"), report.orphans());
		Annotation orphan = only(report);
		assertTrue(orphan.orphaned());
		assertEquals(a.spans(), orphan.spans());
	}

	@Test
	void aDiscontinuousAnnotationIsOrphanedIfOnePieceIsGoneButNothingIsLost() {
		int x = OLD.indexOf("Gen Z");
		int y = OLD.indexOf("Chen Xin");
		Annotation a = Annotation.of("a1", "claim", List.of(Span.of(OLD, x, x + 5), Span.of(OLD, y, y + 8)), "ana",
				NOW);
		String changed = OLD.replace("Gen Z", "young people");
		Annotation result = only(new Anchorer(changed).reanchor(List.of(a)));
		assertTrue(result.orphaned());
		assertEquals(2, result.spans().size());
	}

	@Test
	void koreanTextWithEmojiShiftsIsReanchored() {
		String text = "한중 인문 교류는 양국 관계의 기초다. 전문가들이 말했다.";
		int at = text.indexOf("양국 관계의 기초");
		Annotation a = Annotation.of("a1", "claim", List.of(Span.of(text, at, at + 9)), "ana", NOW);
		String changed = "😀😀 " + text;
		Annotation moved = only(new Anchorer(changed).reanchor(List.of(a)));
		assertEquals(at + 5, moved.start());
		assertEquals("양국 관계의 기초", moved.firstSpan().quote());
	}
}
