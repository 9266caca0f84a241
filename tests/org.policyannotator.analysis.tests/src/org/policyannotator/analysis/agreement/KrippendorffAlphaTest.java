package org.policyannotator.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha against published worked examples.
 * <ul>
 * <li>K2011: Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
 * University of Pennsylvania (repository.upenn.edu/asc_papers/43), section E: 4 observers x 12 units with missing
 * values; nominal .743, ordinal .815, interval .849, ratio .797. The same data are in Krippendorff (2004), Content
 * Analysis, 2nd ed., p. 230, where Do = .200, De = .779 (nominal) and Do = .433, De = 2.872 (interval); these figures
 * are also asserted by DKPro Agreement's Krippendorff2004Test, and the ordinal/ratio values by the fast-krippendorff
 * Python package's test suite.</li>
 * <li>K2004: Krippendorff (2004), pp. 224 and 227: two-coder examples.</li>
 * <li>Wikipedia, "Krippendorff's alpha", section "A computational example" (3 coders x 15 units, citing Krippendorff
 * 2011): nominal .691, interval .811.</li>
 * </ul>
 */
class KrippendorffAlphaTest {

	/** K2011 section E / K2004 p. 230. */
	static ReliabilityData krippendorff2011() {
		return TestData.coderRows(
				"A: 1 2 3 3 2 1 4 1 2 . . .",
				"B: 1 2 3 3 2 2 4 1 2 5 . 3",
				"C: . 3 3 3 2 3 4 2 2 5 1 .",
				"D: 1 2 3 3 2 4 4 1 2 5 1 .");
	}

	static ReliabilityData wikipedia() {
		return TestData.coderRows(
				"1: . . . . . 3 4 1 2 1 1 3 3 . 3",
				"2: 1 . 2 1 3 3 4 3 . . . . . . .",
				"3: . . 2 1 3 4 4 . 2 1 1 3 3 . 4");
	}

	@Test
	void nominalAlphaOfKrippendorff2011ExampleIs0743WithPublishedDisagreements() {
		AgreementResult result = KrippendorffAlpha.compute(krippendorff2011(), Level.NOMINAL);
		assertEquals(0.743, result.value().getAsDouble(), 0.0005);
		assertEquals(0.200, result.observed().getAsDouble(), 0.0005);
		assertEquals(0.779, result.expected().getAsDouble(), 0.0005);
		assertEquals(Quantity.DISAGREEMENT, result.quantity());
	}

	@Test
	void ordinalAlphaOfKrippendorff2011ExampleIs0815() {
		assertEquals(0.815, KrippendorffAlpha.compute(krippendorff2011(), Level.ORDINAL).value().getAsDouble(), 0.0005);
	}

	@Test
	void intervalAlphaOfKrippendorff2011ExampleIs0849WithPublishedDisagreements() {
		AgreementResult result = KrippendorffAlpha.compute(krippendorff2011(), Level.INTERVAL);
		assertEquals(0.849, result.value().getAsDouble(), 0.0005);
		assertEquals(0.433, result.observed().getAsDouble(), 0.0005);
		assertEquals(2.872, result.expected().getAsDouble(), 0.0005);
	}

	@Test
	void ratioAlphaOfKrippendorff2011ExampleIs0797() {
		assertEquals(0.797, KrippendorffAlpha.compute(krippendorff2011(), Level.RATIO).value().getAsDouble(), 0.0005);
	}

	@Test
	void unitWithASingleValueIsDroppedAsUnpairable() {
		AgreementResult result = KrippendorffAlpha.compute(krippendorff2011(), Level.NOMINAL);
		assertEquals(11, result.units());
		assertEquals(1, result.unitsDropped()); // unit 12 has only B's value
		assertEquals(4, result.coders());
	}

	@Test
	void wikipediaExampleGivesNominal0691AndInterval0811() {
		assertEquals(0.691, KrippendorffAlpha.compute(wikipedia(), Level.NOMINAL).value().getAsDouble(), 0.0005);
		assertEquals(0.811, KrippendorffAlpha.compute(wikipedia(), Level.INTERVAL).value().getAsDouble(), 0.0005);
	}

	@Test
	void krippendorff2004DichotomousExampleGives0095() {
		// K2004 p. 224: Do = .400, De = .442, alpha = .095
		ReliabilityData data = TestData.coderRows(
				"i: 1 1 0 0 0 0 0 0 0 0",
				"j: 0 1 1 0 0 1 0 1 0 0");
		AgreementResult result = KrippendorffAlpha.compute(data, Level.NOMINAL);
		assertEquals(0.400, result.observed().getAsDouble(), 0.0005);
		assertEquals(0.442, result.expected().getAsDouble(), 0.0005);
		assertEquals(0.095, result.value().getAsDouble(), 0.0005);
	}

	@Test
	void krippendorff2004ThreeCategoryExampleGives0734() {
		// K2004 p. 227: alpha = .734 (Do = .1667, De = .6268 as in DKPro's Krippendorff2004Test)
		ReliabilityData data = TestData.twoCoders(1, "a", "a", 1, "a", "b", 4, "b", "b", 1, "b", "c", 5, "c", "c");
		AgreementResult result = KrippendorffAlpha.compute(data, Level.NOMINAL);
		assertEquals(0.734, result.value().getAsDouble(), 0.0005);
		assertEquals(0.1667, result.observed().getAsDouble(), 0.0005);
		assertEquals(0.6268, result.expected().getAsDouble(), 0.0005);
	}

	@Test
	void numericLevelsTreatEqualNumbersWrittenDifferentlyAsOneValue() {
		// By hand: "2" and "2.0" are the same interval value, so all units agree: Do = 0 and alpha = 1.
		ReliabilityData data = TestData.coderRows("a: 1 2 3", "b: 1.0 2.0 3");
		assertEquals(1.0, KrippendorffAlpha.compute(data, Level.INTERVAL).value().getAsDouble(), 1e-12);
	}

	@Test
	void allValuesIdenticalMakesAlphaUndefinedWithReason() {
		AgreementResult result = KrippendorffAlpha.compute(TestData.coderRows("a: x x x", "b: x x x"), Level.NOMINAL);
		assertFalse(result.isDefined());
		assertTrue(result.undefinedReason().get().contains("same"), result.undefinedReason().get());
	}

	@Test
	void oneCoderMakesAlphaUndefinedWithReason() {
		AgreementResult result = KrippendorffAlpha.compute(TestData.coderRows("a: 1 2 3"), Level.NOMINAL);
		assertFalse(result.isDefined());
		assertTrue(result.undefinedReason().get().contains("two coders"), result.undefinedReason().get());
		assertEquals(3, result.unitsDropped());
	}

	@Test
	void noUnitWithTwoValuesMakesAlphaUndefinedWithReason() {
		AgreementResult result = KrippendorffAlpha.compute(TestData.coderRows("a: 1 . 3", "b: . 2 ."), Level.NOMINAL);
		assertFalse(result.isDefined());
		assertTrue(result.undefinedReason().get().contains("no unit"), result.undefinedReason().get());
	}

	@Test
	void textValueAtIntervalLevelIsRejectedNamingUnitAndCoder() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> KrippendorffAlpha.compute(TestData.coderRows("a: 1 2", "b: 1 high"), Level.INTERVAL));
		assertTrue(e.getMessage().contains("unit 2") && e.getMessage().contains("'b'")
				&& e.getMessage().contains("high"), e.getMessage());
	}

	@Test
	void negativeValueAtRatioLevelIsRejected() {
		assertThrows(IllegalArgumentException.class,
				() -> KrippendorffAlpha.compute(TestData.coderRows("a: 1 -2", "b: 1 2"), Level.RATIO));
	}
}
