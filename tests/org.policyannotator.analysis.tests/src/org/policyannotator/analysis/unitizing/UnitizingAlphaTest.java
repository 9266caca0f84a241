package org.policyannotator.analysis.unitizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.unitizing.TextbookUnitizingAlpha.Figures;
import org.policyannotator.analysis.unitizing.TextbookUnitizingAlpha.Seg;

/**
 * Unitizing alpha against published examples and against the textbook formula.
 * <ul>
 * <li>K2004: Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology, 2nd ed., p. 254: two
 * observers, continuum [150, 450), categories c and k; Do_c = .0144, De_c = .0532, alpha_c = .7286, Do_k = 0,
 * De_k = .0490, alpha_k = 1, overall alpha = .8591. Transcribed as in DKPro Agreement's (dkpro/dkpro-statistics)
 * unitizing Krippendorff2004Test, shifted here to start at 0.</li>
 * <li>K1995: Krippendorff, K. (1995). On the reliability of unitizing continuous data. Sociological Methodology
 * 25:47-76, p. 57: four pairs of observers (categories A-D) on a continuum of 24; DKPro's Krippendorff1995Test notes a
 * small error in the paper's De and compares with tolerance .02; we do the same.</li>
 * </ul>
 */
class UnitizingAlphaTest {

	static UnitizingData krippendorff2004() {
		return UnitizingData.builder().continuum("text", 300)
				.segment("i", "text", 75, 145, "c").segment("i", "text", 220, 250, "c")
				.segment("j", "text", 70, 150, "c").segment("j", "text", 205, 225, "c").segment("j", "text", 250, 270, "c")
				.segment("i", "text", 30, 90, "k").segment("i", "text", 150, 200, "k")
				.segment("j", "text", 30, 90, "k").segment("j", "text", 150, 200, "k")
				.build();
	}

	/** K1995 p. 57, every position multiplied by {@code stretch}. */
	static List<Seg> krippendorff1995(int stretch) {
		int[][] a = { { 0, 2, 10 }, { 0, 14, 20 }, { 1, 4, 8 }, { 1, 15, 17 } };
		int[][] b = { { 0, 0, 18 }, { 1, 0, 2 }, { 1, 2, 3 }, { 1, 3, 4 }, { 1, 4, 5 }, { 1, 5, 6 }, { 1, 6, 9 },
				{ 1, 9, 10 } };
		int[][] c = { { 0, 2, 8 }, { 0, 10, 12 }, { 0, 14, 18 }, { 0, 20, 22 }, { 1, 0, 2 }, { 1, 4, 8 },
				{ 1, 10, 14 }, { 1, 16, 18 }, { 1, 20, 22 } };
		int[][] d = { { 0, 0, 2 }, { 0, 2, 10 }, { 0, 10, 14 }, { 0, 14, 20 }, { 0, 20, 24 }, { 1, 0, 4 },
				{ 1, 4, 8 }, { 1, 8, 15 }, { 1, 15, 17 }, { 1, 17, 24 } };
		List<Seg> segments = new ArrayList<>();
		Map<String, int[][]> byCategory = new LinkedHashMap<>();
		byCategory.put("A", a);
		byCategory.put("B", b);
		byCategory.put("C", c);
		byCategory.put("D", d);
		byCategory.forEach((category, rows) -> {
			for (int[] row : rows) {
				segments.add(new Seg(row[0] == 0 ? "first" : "second", "text", row[1] * stretch, row[2] * stretch,
						category));
			}
		});
		return segments;
	}

	static UnitizingData build(List<String> coders, Map<String, Integer> continua, List<Seg> segments) {
		UnitizingData.Builder builder = UnitizingData.builder();
		coders.forEach(builder::coder);
		continua.forEach(builder::continuum);
		segments.forEach(s -> builder.segment(s.coder(), s.continuum(), s.start(), s.end(), s.category()));
		return builder.build();
	}

	static UnitizingResult krippendorff1995Result(int stretch) {
		return UnitizingAlpha.compute(
				build(List.of("first", "second"), Map.of("text", 24 * stretch), krippendorff1995(stretch)));
	}

	@Test
	void krippendorff2004ExampleGivesPublishedCategoryAndOverallValues() {
		UnitizingResult result = UnitizingAlpha.compute(krippendorff2004());
		UnitizingCoefficient c = result.byCategory().get("c");
		assertEquals(0.0144, c.observedDisagreement(), 0.00005);
		assertEquals(0.0532, c.expectedDisagreement(), 0.00005);
		assertEquals(0.7286, c.value().getAsDouble(), 0.00005);
		UnitizingCoefficient k = result.byCategory().get("k");
		assertEquals(0.0, k.observedDisagreement(), 1e-15);
		assertEquals(0.0490, k.expectedDisagreement(), 0.00005);
		assertEquals(1.0, k.value().getAsDouble(), 1e-15);
		// The book computes the overall value from the rounded figures, 1 - .0144 / (.0532 + .0490) = .8591; from
		// unrounded figures it is .85867, hence the tolerance of DKPro's test, .0005.
		assertEquals(0.8591, result.overall().value().getAsDouble(), 0.0005);
		assertEquals(300, result.totalLength());
		assertEquals(9, result.segments());
	}

	@Test
	void krippendorff1995ExampleGivesPublishedObservedDisagreements() {
		// A by hand: overlapping pairs ([2,10),[4,8)) -> 2^2 + 2^2 = 8 and ([14,20),[15,17)) -> 1^2 + 3^2 = 10;
		// Do = 2 * 18 / (2 * 1 * 24^2) = 0.03125. B, C, D as asserted in DKPro's Krippendorff1995Test.
		UnitizingResult result = krippendorff1995Result(1);
		assertEquals(0.03125, result.byCategory().get("A").observedDisagreement(), 0.000005);
		assertEquals(2.26736, result.byCategory().get("B").observedDisagreement(), 0.000005);
		assertEquals(0.02777, result.byCategory().get("C").observedDisagreement(), 0.00001);
		assertEquals(0.38715, result.byCategory().get("D").observedDisagreement(), 0.000005);
	}

	@Test
	void krippendorff1995ExampleOnAFineContinuumApproachesPublishedAlphas() {
		UnitizingResult result = krippendorff1995Result(50_000);
		assertEquals(0.06990, result.byCategory().get("A").expectedDisagreement(), 0.005);
		assertEquals(1.17731, result.byCategory().get("B").expectedDisagreement(), 0.005);
		assertEquals(0.08642, result.byCategory().get("C").expectedDisagreement(), 0.005);
		assertEquals(0.41445, result.byCategory().get("D").expectedDisagreement(), 0.005);
		assertEquals(0.553, result.byCategory().get("A").value().getAsDouble(), 0.02);
		assertEquals(-0.926, result.byCategory().get("B").value().getAsDouble(), 0.02);
		assertEquals(0.679, result.byCategory().get("C").value().getAsDouble(), 0.02);
		assertEquals(0.066, result.byCategory().get("D").value().getAsDouble(), 0.02);
	}

	@Test
	void sweepEqualsTextbookFormulaOnKrippendorff1995Example() {
		for (int stretch : new int[] { 1, 7, 1000 }) {
			List<Seg> segments = krippendorff1995(stretch);
			Map<String, Integer> continua = Map.of("text", 24 * stretch);
			assertMatchesTextbook(List.of("first", "second"), continua, segments);
		}
	}

	@Test
	void sweepEqualsTextbookFormulaOnRandomDataWithSeveralCodersContinuaAndCategories() {
		Random random = new Random(20261124);
		for (int round = 0; round < 400; round++) {
			int coderCount = 2 + random.nextInt(3);
			List<String> coders = new ArrayList<>();
			for (int c = 0; c < coderCount; c++) {
				coders.add("coder" + c);
			}
			Map<String, Integer> continua = new LinkedHashMap<>();
			int continuumCount = 1 + random.nextInt(4);
			for (int k = 0; k < continuumCount; k++) {
				continua.put("doc" + k, 1 + random.nextInt(80));
			}
			List<Seg> segments = new ArrayList<>();
			String[] categories = { "claim", "statistic", "quote" };
			int categoryCount = 1 + random.nextInt(3);
			for (String coder : coders) {
				if (random.nextInt(6) == 0) {
					continue; // a coder who marked nothing still counts
				}
				for (Map.Entry<String, Integer> continuum : continua.entrySet()) {
					for (int cat = 0; cat < categoryCount; cat++) {
						int position = random.nextInt(4) == 0 ? 0 : random.nextInt(continuum.getValue());
						while (position < continuum.getValue() && random.nextInt(5) != 0) {
							int end = position + 1 + random.nextInt(Math.max(1, (continuum.getValue() - position) / 2));
							end = Math.min(end, continuum.getValue());
							segments.add(new Seg(coder, continuum.getKey(), position, end, categories[cat]));
							position = end + (random.nextBoolean() ? 0 : random.nextInt(10));
						}
					}
				}
			}
			if (segments.isEmpty()) {
				continue;
			}
			Collections.shuffle(segments, random); // the builder must not depend on input order
			assertMatchesTextbook(coders, continua, segments);
		}
	}

	/** Random segments of {@code coders} on random continua: disjoint per coder, category and continuum, in text order. */
	private static List<Seg> randomSegments(Random random, List<String> coders, Map<String, Integer> continua) {
		List<Seg> segments = new ArrayList<>();
		String[] categories = { "claim", "statistic", "quote" };
		for (Map.Entry<String, Integer> continuum : continua.entrySet()) {
			for (String coder : coders) {
				for (String category : categories) {
					int position = random.nextInt(3) == 0 ? 0 : random.nextInt(continuum.getValue());
					while (position < continuum.getValue() && random.nextInt(4) != 0) {
						int end = Math.min(continuum.getValue(), position + 1 + random.nextInt(20));
						segments.add(new Seg(coder, continuum.getKey(), position, end, category));
						position = end + random.nextInt(6);
					}
				}
			}
		}
		return segments;
	}

	@Test
	void aGroupOfCodersGetsExactlyWhatDataOfOnlyThemGets() {
		Random random = new Random(20261205);
		for (int round = 0; round < 200; round++) {
			List<String> coders = new ArrayList<>();
			for (int c = 0, n = 2 + random.nextInt(3); c < n; c++) {
				coders.add("coder" + c);
			}
			Map<String, Integer> continua = new LinkedHashMap<>();
			for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
				continua.put("doc" + k, 1 + random.nextInt(round % 2 == 0 ? 80 : 3_000));
			}
			List<Seg> segments = randomSegments(random, coders, continua);
			if (random.nextBoolean()) {
				Collections.shuffle(segments, random);
			}
			UnitizingData all = build(coders, continua, segments);
			for (int mask = 1; mask < 1 << coders.size(); mask++) {
				List<Integer> members = new ArrayList<>();
				for (int c = 0; c < coders.size(); c++) {
					if ((mask >>> c & 1) != 0) {
						members.add(c);
					}
				}
				List<String> names = members.stream().map(coders::get).toList();
				UnitizingResult alone = UnitizingAlpha.compute(build(names, continua,
						segments.stream().filter(s -> names.contains(s.coder())).toList()));
				UnitizingResult group = UnitizingAlpha.compute(all, members.stream().mapToInt(i -> i).toArray());
				String context = "round " + round + ", coders " + names;
				assertEquals(alone.overall(), group.overall(), context);
				assertEquals(alone.byCategory(), group.byCategory(), context);
				assertEquals(alone.coders(), group.coders(), context);
				assertEquals(alone.segments(), group.segments(), context);
			}
		}
	}

	@Test
	void segmentsInTextOrderGiveExactlyWhatShuffledSegmentsGive() {
		Random random = new Random(7);
		for (int round = 0; round < 100; round++) {
			List<String> coders = List.of("a", "b", "c");
			Map<String, Integer> continua = new LinkedHashMap<>();
			for (int k = 0, n = 1 + random.nextInt(5); k < n; k++) {
				continua.put("doc" + k, 1 + random.nextInt(500));
			}
			List<Seg> inOrder = randomSegments(random, coders, continua);
			List<Seg> shuffled = new ArrayList<>(inOrder);
			Collections.shuffle(shuffled, random);
			UnitizingResult sorted = UnitizingAlpha.compute(build(coders, continua, shuffled));
			UnitizingResult presorted = UnitizingAlpha.compute(build(coders, continua, inOrder));
			assertEquals(sorted.byCategory(), presorted.byCategory(), "round " + round);
			// the overall figure sums the categories in order of first appearance, which the input order changes
			assertEquals(sorted.overall().value().orElse(-9), presorted.overall().value().orElse(-9), 1e-12);
		}
	}

	@Test
	void aGroupWithARepeatedOrUnknownCoderIsRejected() {
		UnitizingData data = krippendorff2004();
		assertThrows(IllegalArgumentException.class, () -> UnitizingAlpha.compute(data, new int[] { 0, 0 }));
		assertThrows(IllegalArgumentException.class, () -> UnitizingAlpha.compute(data, new int[] { 0, 2 }));
	}

	private static void assertMatchesTextbook(List<String> coders, Map<String, Integer> continua, List<Seg> segments) {
		Map<String, Figures> expected = TextbookUnitizingAlpha.compute(coders, continua, segments);
		UnitizingResult actual = UnitizingAlpha.compute(build(coders, continua, segments));
		double observedSum = 0;
		double expectedSum = 0;
		for (Map.Entry<String, Figures> entry : expected.entrySet()) {
			UnitizingCoefficient coefficient = actual.byCategory().get(entry.getKey());
			String context = entry.getKey() + " in " + segments;
			assertClose(entry.getValue().observed(), coefficient.observedDisagreement(), context);
			assertClose(entry.getValue().expected(), coefficient.expectedDisagreement(), context);
			if (entry.getValue().expected() > 0) {
				assertClose(entry.getValue().alpha(), coefficient.value().getAsDouble(), context);
			}
			observedSum += entry.getValue().observed();
			expectedSum += entry.getValue().expected();
		}
		if (expectedSum > 0) {
			assertClose(1 - observedSum / expectedSum, actual.overall().value().getAsDouble(), "overall");
		}
	}

	private static void assertClose(double expected, double actual, String context) {
		assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), context);
	}

	@Test
	void identicalSegmentationsGiveAlphaOne() {
		UnitizingData data = UnitizingData.builder().continuum("d", 100)
				.segment("a", "d", 10, 20, "claim").segment("b", "d", 10, 20, "claim")
				.segment("a", "d", 50, 70, "quote").segment("b", "d", 50, 70, "quote").build();
		UnitizingResult result = UnitizingAlpha.compute(data);
		assertEquals(1.0, result.overall().value().getAsDouble(), 1e-15);
		assertEquals(List.of("claim", "quote"), List.copyOf(result.byCategory().keySet()));
	}

	@Test
	void segmentsOfOneCategoryAreComparedOnlyWithTheSameCategory() {
		// By hand: a marks [0,10) as claim, b marks it as quote. Per category one coder has the unit inside the other's
		// gap: Do = 2 * 10^2 / (2 * 1 * 100^2) = 0.01 in each category, so neither reaches alpha 1.
		UnitizingData data = UnitizingData.builder().continuum("d", 100)
				.segment("a", "d", 0, 10, "claim").segment("b", "d", 0, 10, "quote").build();
		UnitizingResult result = UnitizingAlpha.compute(data);
		assertEquals(0.01, result.byCategory().get("claim").observedDisagreement(), 1e-15);
		assertEquals(0.01, result.byCategory().get("quote").observedDisagreement(), 1e-15);
	}

	@Test
	void gapsEndAtTheEndOfTheirContinuum() {
		// By hand: continua d1 and d2 of length 4 (L = 8), coders a and b both mark [0,2) in d1 (Do = 0).
		// Units: N = 2, l = 2, each contributing (N - 1)/3 (2*8 - 3*4 + 2) = 2 plus l^2 S(2). Gaps per coder: [2,4) in
		// d1 and all of d2, lengths 2, 4, 2, 4, so S(2) = 1 + 3 + 1 + 3 = 8 and each unit contributes 2 + 4 * 8 = 34.
		// De = (2 / 8) * 68 / (16 * 15 - 2 * (2 * 1)) = 17 / 236. (Concatenating d1 and d2 would merge the gaps into
		// lengths 6 and 6, S(2) = 10, De = 21 / 236.)
		UnitizingData data = UnitizingData.builder().continuum("d1", 4).continuum("d2", 4)
				.segment("a", "d1", 0, 2, "x").segment("b", "d1", 0, 2, "x").build();
		UnitizingCoefficient x = UnitizingAlpha.compute(data).byCategory().get("x");
		assertEquals(17.0 / 236, x.expectedDisagreement(), 1e-15);
		assertEquals(0.0, x.observedDisagreement());
		assertEquals(1.0, x.value().getAsDouble());
	}

	@Test
	void oneCoderGivesUndefinedAlphaWithReason() {
		UnitizingData data = UnitizingData.builder().continuum("d", 10).segment("a", "d", 0, 5, "x").build();
		UnitizingResult result = UnitizingAlpha.compute(data);
		assertFalse(result.overall().value().isPresent());
		assertTrue(result.overall().undefinedReason().get().contains("two coders"));
		assertFalse(result.byCategory().get("x").value().isPresent());
	}

	@Test
	void noSegmentsGivesUndefinedAlphaWithReason() {
		UnitizingData data = UnitizingData.builder().coder("a").coder("b").continuum("d", 10).build();
		UnitizingResult result = UnitizingAlpha.compute(data);
		assertFalse(result.overall().value().isPresent());
		assertTrue(result.byCategory().isEmpty());
	}

	@Test
	void noRoomForChanceDisagreementGivesUndefinedCategoryAlpha() {
		// By hand: L = 1, both coders mark [0,1): N_c = 2 units of length 1, so (N_c - 1)/3 (2 - 3 + 1) = 0 and there
		// is no gap: De = 0.
		UnitizingData data = UnitizingData.builder().continuum("d", 1)
				.segment("a", "d", 0, 1, "x").segment("b", "d", 0, 1, "x").build();
		UnitizingCoefficient x = UnitizingAlpha.compute(data).byCategory().get("x");
		assertFalse(x.value().isPresent());
		assertTrue(x.undefinedReason().get().contains("no expected disagreement"));
	}

	@Test
	void overlappingSegmentsOfOneCoderAndCategoryAreRejectedNamingThem() {
		UnitizingData.Builder builder = UnitizingData.builder().continuum("doc7", 100)
				.segment("ann", "doc7", 10, 30, "claim").segment("ann", "doc7", 20, 40, "claim");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
		assertTrue(e.getMessage().contains("'ann'") && e.getMessage().contains("'claim'")
				&& e.getMessage().contains("'doc7'"), e.getMessage());
	}

	@Test
	void overlappingSegmentsOfDifferentCategoriesAreAccepted() {
		UnitizingData data = UnitizingData.builder().continuum("d", 100)
				.segment("a", "d", 10, 30, "claim").segment("a", "d", 20, 40, "quote").build();
		assertEquals(2, data.segmentCount());
	}

	@Test
	void emptyOutOfRangeAndUndeclaredSegmentsAreRejected() {
		UnitizingData.Builder builder = UnitizingData.builder().continuum("d", 100);
		assertThrows(IllegalArgumentException.class, () -> builder.segment("a", "d", 5, 5, "x"));
		assertThrows(IllegalArgumentException.class, () -> builder.segment("a", "d", 90, 101, "x"));
		assertThrows(IllegalArgumentException.class, () -> builder.segment("a", "d", -1, 3, "x"));
		assertThrows(IllegalArgumentException.class, () -> builder.segment("a", "other", 0, 3, "x"));
		assertThrows(IllegalArgumentException.class, () -> builder.continuum("d", 5));
	}
}
