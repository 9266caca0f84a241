package org.policyannotator.analysis.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;

/** Scoring a student's set against a reference on the sample article about the four-point proposal. */
class ScoringTest {
	private static final Document D4 = SampleTexts.document("d4", "004");
	private static final String PARTNERS = "China and South Korea are permanent neighbors and inseparable cooperation"
			+ " partners";

	private static AnnotationSet reference() {
		return Tagger.on(D4, "teacher")
				.tag("claim", "Economic ties between China and South Korea are close") // r1
				.tag("statistic", "approximately 200 leading South Korean business figures") // r2
				.tag("proposal-point", "open up new prospects for China-South Korea relations") // r3
				.tag("speaker", "Xi Jinping") // r4
				.tag("claim", "China and South Korea are permanent neighbors") // r5 (45 characters)
				.tag("claim", "inseparable cooperation partners") // r6 (32 characters)
				.set();
	}

	private static AnnotationSet student() {
		return Tagger.on(D4, "sam")
				.tag("claim", "Economic ties between China and South Korea are close") // exact r1
				.tag("statistic", "200 leading South Korean business figures") // boundary r2
				.tag("claim", "open up new prospects") // wrong type against r3
				.tag("speaker", "Lee Jae Myung") // extra
				.tag("claim", PARTNERS) // covers r5 and r6: pairs with r5 (larger overlap), r6 missed
				.set();
	}

	private static Score score() {
		return Scoring.score(reference(), student(), D4.text().length());
	}

	@Test
	void overallPrecisionRecallAndF1UnderExactAndOverlapMatchingByHand() {
		Score s = score();
		// 6 reference, 5 submitted annotations. Exact: 1 pair -> P 1/5, R 1/6, F1 = 2*1/(2*1+4+5) = 2/11.
		assertEquals(new Counts(1, 4, 5), s.exact());
		assertEquals(0.2, s.exact().precision().getAsDouble(), 1e-12);
		assertEquals(1.0 / 6, s.exact().recall().getAsDouble(), 1e-12);
		assertEquals(2.0 / 11, s.exact().f1().getAsDouble(), 1e-12);
		// Overlap: r1, r2 and r5 paired -> P 3/5, R 3/6, F1 = 6/(6+2+3) = 6/11.
		assertEquals(new Counts(3, 2, 3), s.overlap());
		assertEquals(6.0 / 11, s.overlap().f1().getAsDouble(), 1e-12);
		assertEquals(1, s.wrongType());
	}

	@Test
	void macroAndWeightedF1AverageThePerTypeFiguresByHand() {
		Score s = score();
		// Overlap per type: claim tp 2 (r1, r5) fp 1 fn 1 -> F1 4/6 = 2/3; statistic 1; proposal-point 0 (wrong type);
		// speaker 0 (Lee Jae Myung is an extra, Xi Jinping missed).
		// Macro = (2/3 + 1 + 0 + 0) / 4 = 5/12. Weighted by reference count (3, 1, 1, 1): (3*2/3 + 1) / 6 = 1/2.
		assertEquals(5.0 / 12, s.macroF1(TypeScore::overlap).getAsDouble(), 1e-12);
		assertEquals(0.5, s.weightedF1(TypeScore::overlap).getAsDouble(), 1e-12);
		// Exact: claim tp 1 fp 2 fn 2 -> 2/6 = 1/3; the others 0. Macro 1/12; weighted (3 * 1/3) / 6 = 1/6.
		assertEquals(1.0 / 12, s.macroF1(TypeScore::exact).getAsDouble(), 1e-12);
		assertEquals(1.0 / 6, s.weightedF1(TypeScore::exact).getAsDouble(), 1e-12);
		assertFalse(Score.empty().macroF1(TypeScore::overlap).isPresent());
		assertFalse(Score.empty().weightedF1(TypeScore::overlap).isPresent());
	}

	@Test
	void perTypeCountsByHand() {
		Score s = score();
		// claim: reference r1 r5 r6, submitted 3; exact 1 pair, overlap 2 pairs
		assertEquals(new Counts(1, 2, 2), s.type("claim").exact());
		assertEquals(new Counts(2, 1, 1), s.type("claim").overlap());
		assertEquals(2.0 / 3, s.type("claim").overlap().f1().getAsDouble(), 1e-12);
		// statistic: boundary difference only -> exact F1 0, overlap F1 1
		assertEquals(0.0, s.type("statistic").exact().f1().getAsDouble());
		assertEquals(1.0, s.type("statistic").overlap().f1().getAsDouble());
		// proposal-point: nothing submitted -> precision undefined, recall 0, F1 0; its wrong-type count is 1
		assertFalse(s.type("proposal-point").overlap().precision().isPresent());
		assertEquals(0.0, s.type("proposal-point").overlap().recall().getAsDouble());
		assertEquals(0.0, s.type("proposal-point").overlap().f1().getAsDouble());
		assertEquals(1, s.type("proposal-point").wrongType());
		assertEquals(new Counts(0, 1, 1), s.type("speaker").overlap());
		assertEquals(List.of("claim", "proposal-point", "speaker", "statistic"), List.copyOf(s.byType().keySet()));
	}

	@Test
	void feedbackPutsEveryAnnotationInExactlyOneItem() {
		Score s = score();
		assertEquals(1, s.feedback(Feedback.Matched.class).size());
		List<Feedback.BoundaryDifference> boundaries = s.feedback(Feedback.BoundaryDifference.class);
		assertEquals(2, boundaries.size());
		Feedback.BoundaryDifference statistic = boundaries.stream()
				.filter(b -> b.reference().type().equals("statistic")).findFirst().orElseThrow();
		assertEquals("approximately ".length(), statistic.startShift());
		assertEquals(0, statistic.endShift());
		Feedback.BoundaryDifference partners = boundaries.stream().filter(b -> b.reference().type().equals("claim"))
				.findFirst().orElseThrow();
		assertEquals("China and South Korea are permanent neighbors", partners.reference().firstSpan().quote());
		assertEquals(45, partners.sharedCharacters());
		Feedback.WrongType wrong = s.feedback(Feedback.WrongType.class).get(0);
		assertEquals("proposal-point", wrong.reference().type());
		assertEquals("claim", wrong.submitted().type());
		assertEquals("open up new prospects".length(), wrong.sharedCharacters());
		assertEquals(List.of("Xi Jinping", "inseparable cooperation partners"),
				s.feedback(Feedback.Missed.class).stream().map(m -> m.reference().firstSpan().quote()).toList());
		assertEquals("Lee Jae Myung", s.feedback(Feedback.Extra.class).get(0).submitted().firstSpan().quote());
		assertEquals(7, s.feedback().size(), "1 matched + 2 boundary + 1 wrong type + 2 missed + 1 extra");
		for (int i = 1; i < s.feedback().size(); i++) {
			assertTrue(s.feedback().get(i - 1).start() <= s.feedback().get(i).start(), "ordered by position");
		}
	}

	@Test
	void discontinuousAnnotationsMatchExactlyOnlyWhenAllPartsAreEqual() {
		AnnotationSet reference = Tagger.on(D4, "teacher")
				.parts("proposal", "a four-point proposal", "open up new prospects").set();
		AnnotationSet same = Tagger.on(D4, "sam").parts("proposal", "a four-point proposal", "open up new prospects")
				.set();
		AnnotationSet onePart = Tagger.on(D4, "sam").tag("proposal", "a four-point proposal").set();
		assertEquals(new Counts(1, 0, 0), Scoring.score(reference, same, D4.text().length()).exact());
		Score partial = Scoring.score(reference, onePart, D4.text().length());
		assertEquals(new Counts(0, 1, 1), partial.exact());
		assertEquals(new Counts(1, 0, 0), partial.overlap());
		assertEquals("a four-point proposal".length(),
				partial.feedback(Feedback.BoundaryDifference.class).get(0).sharedCharacters());
	}

	@Test
	void anExactPairIsNeverStolenByALongerOverlappingSpan() {
		// r = "Xi Jinping"; s1 = "President Xi Jinping" (overlap 10), s2 = "Xi Jinping" (exact, overlap 10)
		AnnotationSet reference = Tagger.on(D4, "teacher").tag("speaker", "Xi Jinping").set();
		AnnotationSet submitted = Tagger.on(D4, "sam").tag("speaker", "President Xi Jinping")
				.tag("speaker", "Xi Jinping").set();
		Score s = Scoring.score(reference, submitted, D4.text().length());
		assertEquals(new Counts(1, 1, 0), s.exact());
		assertEquals(new Counts(1, 1, 0), s.overlap());
		assertEquals("President Xi Jinping", s.feedback(Feedback.Extra.class).get(0).submitted().firstSpan().quote());
	}

	@Test
	void duplicatesMatchOnlyAsOftenAsTheyOccurOnTheOtherSide() {
		AnnotationSet reference = Tagger.on(D4, "teacher").tag("claim", PARTNERS).tag("claim", PARTNERS).set();
		AnnotationSet submitted = Tagger.on(D4, "sam").tag("claim", PARTNERS).set();
		assertEquals(new Counts(1, 0, 1), Scoring.score(reference, submitted, D4.text().length()).exact());
	}

	@Test
	void emptyReferenceAndSubmissionLeaveEveryFigureUndefinedNotNaN() {
		Score s = Scoring.score(Tagger.on(D4, "teacher").set(), Tagger.on(D4, "sam").set(), D4.text().length(),
				List.of("claim"));
		assertFalse(s.overlap().precision().isPresent());
		assertFalse(s.overlap().recall().isPresent());
		assertFalse(s.overlap().f1().isPresent());
		assertEquals(List.of("claim"), List.copyOf(s.byType().keySet()));
	}

	@Test
	void scoresOfSeveralDocumentsAddUp() {
		Document d0 = SampleTexts.document("d0", "000");
		Score first = score();
		Score second = Scoring.score(Tagger.on(d0, "teacher").tag("speaker", "Chen Xin").set(),
				Tagger.on(d0, "sam").tag("speaker", "Chen Xin").set(), d0.text().length());
		Score total = Score.combine(List.of(first, second));
		assertEquals(new Counts(4, 2, 3), total.overlap());
		assertEquals(new Counts(1, 1, 1), total.type("speaker").overlap());
		assertEquals("d0", total.feedback().get(0).documentId(), "feedback ordered by document");
	}

	@Test
	void setsOfDifferentDocumentsAreRefused() {
		Document d0 = SampleTexts.document("d0", "000");
		assertThrows(IllegalArgumentException.class,
				() -> Scoring.score(reference(), Tagger.on(d0, "sam").set(), D4.text().length()));
	}
}
