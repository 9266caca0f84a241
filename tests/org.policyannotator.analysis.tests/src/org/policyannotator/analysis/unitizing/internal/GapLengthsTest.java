package org.policyannotator.analysis.unitizing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** S(l) = sum over gaps h >= l of (h - l + 1), whether the lengths are counted in a table or sorted. */
class GapLengthsTest {

	private static long bruteForce(long[] lengths, long l) {
		long sum = 0;
		for (long h : lengths) {
			if (h >= l) {
				sum += h - l + 1;
			}
		}
		return sum;
	}

	private static void assertAnswers(long[] lengths, long largest) {
		GapLengths gaps = new GapLengths(lengths.clone(), lengths.length);
		for (long l = -2; l <= largest + 3; l++) {
			assertEquals(bruteForce(lengths, l), gaps.sumOfFits(l), "l = " + l);
		}
	}

	@Test
	void shortGapsCountedInATableGiveTheBruteForceSums() {
		Random random = new Random(11);
		for (int round = 0; round < 50; round++) {
			long[] lengths = new long[1 + random.nextInt(300)];
			for (int i = 0; i < lengths.length; i++) {
				lengths[i] = random.nextInt(40);
			}
			assertAnswers(lengths, 40);
		}
	}

	@Test
	void fewLongGapsSortedGiveTheBruteForceSums() {
		Random random = new Random(12);
		for (int round = 0; round < 50; round++) {
			long[] lengths = new long[1 + random.nextInt(5)];
			for (int i = 0; i < lengths.length; i++) {
				lengths[i] = random.nextInt(5_000);
			}
			lengths[0] = 4_999; // far more than the table would hold for so few gaps
			GapLengths gaps = new GapLengths(lengths.clone(), lengths.length);
			for (long l : new long[] { 0, 1, 2, 17, 999, 4_998, 4_999, 5_000, 1L << 40 }) {
				assertEquals(bruteForce(lengths, l), gaps.sumOfFits(l), "l = " + l);
			}
		}
	}

	@Test
	void noGapsFitNothing() {
		assertEquals(0, new GapLengths(new long[0], 0).sumOfFits(1));
		assertEquals(0, new GapLengths(new long[8], 0).sumOfFits(1));
	}
}
