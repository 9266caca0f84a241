package org.policyannotator.analysis.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;

/**
 * Overlap pairing is a maximum matching, so the order in which a greedy rule would look at pairs cannot cost a
 * student credit. Expected figures are worked by hand in the comments.
 */
class MaximumPairingTest {
	private static final Document D4 = SampleTexts.document("d4", "004");

	@Test
	void aSpanIsPairedSoThatBothReferenceSpansAreFoundWhereGreedyFoundOne() {
		// Issue 19's case. Reference A [0,4) and [5,10); submission A [2,8) and [9,11).
		// Shared characters: [0,4)-[2,8) = 2, [5,10)-[2,8) = 3, [5,10)-[9,11) = 1.
		// Greedy (most shared first) takes [5,10)-[2,8) and leaves [0,4) missed and [9,11) extra:
		// tp 1, fp 1, fn 1, F1 = 2/(2+1+1) = 0.5. The maximum matching pairs [0,4)-[2,8) and [5,10)-[9,11): F1 1.0.
		AnnotationSet reference = Tagger.on(D4, "teacher").range("claim", 0, 4).range("claim", 5, 10).set();
		AnnotationSet submitted = Tagger.on(D4, "sam").range("claim", 2, 8).range("claim", 9, 11).set();
		Score s = Scoring.score(reference, submitted, D4.text().length());
		assertEquals(new Counts(2, 0, 0), s.overlap());
		assertEquals(1.0, s.overlap().f1().getAsDouble());
		assertEquals(new Counts(0, 2, 2), s.exact());
		List<Feedback.BoundaryDifference> pairs = s.feedback(Feedback.BoundaryDifference.class);
		assertEquals(2, pairs.size());
		assertEquals(0, pairs.get(0).reference().start());
		assertEquals(2, pairs.get(0).submitted().start());
		assertEquals(5, pairs.get(1).reference().start());
		assertEquals(9, pairs.get(1).submitted().start());
	}

	@Test
	void amongPairingsOfEqualSizeTheLargestTotalOverlapWins() {
		// Reference [0,10) and [10,20); submission [5,20) and [8,12).
		// Pairings of size 2: {[0,10)-[5,20) 5, [10,20)-[8,12) 2} = 7 or {[0,10)-[8,12) 2, [10,20)-[5,20) 10} = 12.
		AnnotationSet reference = Tagger.on(D4, "teacher").range("claim", 0, 10).range("claim", 10, 20).set();
		AnnotationSet submitted = Tagger.on(D4, "sam").range("claim", 5, 20).range("claim", 8, 12).set();
		List<Feedback.BoundaryDifference> pairs = Scoring.score(reference, submitted, D4.text().length())
				.feedback(Feedback.BoundaryDifference.class);
		assertEquals(12, pairs.stream().mapToInt(Feedback.BoundaryDifference::sharedCharacters).sum());
	}

	@Test
	void wrongTypePairsAreAMaximumMatchingToo() {
		// Same geometry as the first case with the submission typed statistic: two type mismatches, none missed.
		AnnotationSet reference = Tagger.on(D4, "teacher").range("claim", 0, 4).range("claim", 5, 10).set();
		AnnotationSet submitted = Tagger.on(D4, "sam").range("statistic", 2, 8).range("statistic", 9, 11).set();
		Score s = Scoring.score(reference, submitted, D4.text().length());
		assertEquals(2, s.wrongType());
		assertEquals(List.of(), s.feedback(Feedback.Missed.class));
	}

	@Test
	void theSameInputAlwaysGivesTheSamePairs() {
		// A chain where several maximum pairings tie: [0,4),[4,8),[8,12) against [2,6),[6,10),[10,14), 2 shared each.
		AnnotationSet reference = Tagger.on(D4, "teacher").range("claim", 0, 4).range("claim", 4, 8)
				.range("claim", 8, 12).set();
		AnnotationSet submitted = Tagger.on(D4, "sam").range("claim", 2, 6).range("claim", 6, 10)
				.range("claim", 10, 14).set();
		List<Feedback> first = Scoring.score(reference, submitted, D4.text().length()).feedback();
		for (int i = 0; i < 5; i++) {
			assertEquals(first, Scoring.score(reference, submitted, D4.text().length()).feedback());
		}
		assertEquals(3, Scoring.score(reference, submitted, D4.text().length()).overlap().truePositives());
	}

	@Test
	void hungarianFindsTheCheapestAssignmentOfATextbookMatrix() {
		// 3x3 example: the optimum 1 + 2 + 2 = 5 takes row 0 -> column 1, row 1 -> column 0, row 2 -> column 2
		// (the other five permutations cost 6 or more, enumerated by hand).
		long[][] cost = { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };
		assertArrayEquals(new int[] { 1, 0, 2 }, Hungarian.minimumCostAssignment(cost));
		// Rectangular: 2 rows, 3 columns; best 1 + 1 = 2 (row 0 -> column 2, row 1 -> column 0).
		assertArrayEquals(new int[] { 2, 0 }, Hungarian.minimumCostAssignment(new long[][] { { 5, 4, 1 }, { 1, 3, 2 } }));
	}
}
