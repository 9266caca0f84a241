package org.policyannotator.analysis.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Document;

/**
 * Which annotations a grade counts (docs/agreement-and-grading.md, "Which annotations count"): only accepted,
 * non-orphaned ones, on both sides. Expected figures by hand from that rule.
 */
class WhatCountsInAGradeTest {
	private static final Document D4 = SampleTexts.document("d4", "004");
	private static final Instant LATER = Instant.parse("2026-01-05T11:00:00Z");

	private static AnnotationSet reference() {
		return Tagger.on(D4, "teacher").tag("speaker", "Xi Jinping").tag("speaker", "Lee Jae Myung").set();
	}

	/**
	 * The student accepted "Xi Jinping" and left the suggester's "Lee Jae Myung" unaccepted, and a third tag lost its
	 * text (orphaned). Counted: 1 submitted, 1 found of 2: tp 1, fp 0, fn 1; P 1, R 1/2, F1 = 2/(2+0+1) = 2/3. Were
	 * the suggestion counted, F1 would be 1.
	 */
	@Test
	void anUnacceptedSuggestionOrAnOrphanedTagEarnsTheStudentNothing() {
		AnnotationSet student = Tagger.on(D4, "sam").tag("speaker", "Xi Jinping").tag("speaker", "Lee Jae Myung")
				.tag("claim", "Economic ties between China and South Korea are close").set();
		student.update(student.annotation("a2").orElseThrow().withStatus(AnnotationStatus.SUGGESTED, LATER));
		student.update(student.annotation("a3").orElseThrow().withOrphaned(true));
		Score s = Scoring.score(reference(), student, D4.text().length());
		assertEquals(new Counts(1, 0, 1), s.overlap());
		assertEquals(2 / 3.0, s.overlap().f1().getAsDouble(), 1e-12);
	}

	/**
	 * An unaccepted suggestion in the reference is not asked of the student: reference 1 counted ("Xi Jinping"),
	 * the student tagged it: tp 1, fp 0, fn 0, F1 1.
	 */
	@Test
	void anUnacceptedSuggestionInTheReferenceIsNotAskedOfTheStudent() {
		AnnotationSet reference = reference();
		reference.update(reference.annotation("a2").orElseThrow().withStatus(AnnotationStatus.SUGGESTED, LATER));
		AnnotationSet student = Tagger.on(D4, "sam").tag("speaker", "Xi Jinping").set();
		Score s = Scoring.score(reference, student, D4.text().length());
		assertEquals(new Counts(1, 0, 0), s.overlap());
		assertEquals(1.0, s.overlap().f1().getAsDouble(), 1e-12);
	}
}
