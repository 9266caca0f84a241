package org.policyannotator.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Cohen's kappa, Scott's pi and percentage agreement for two coders against published examples:
 * <ul>
 * <li>Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement
 * 20(1):37-46, p. 45 (200 items, 3 categories): Ao = .70, Ae = .41, kappa = .492.</li>
 * <li>Artstein, R. &amp; Poesio, M. (2008). Inter-coder agreement for computational linguistics. Computational
 * Linguistics 34(4):555-596, p. 558 (STAT/IReq) and p. 568 (STAT/IReq/Chck).</li>
 * <li>Krippendorff (2004), Content Analysis, 2nd ed., p. 246: two tables with equal marginal totals of agreement but
 * different coder biases (pi = .186 for both, kappa = .186 and .258).</li>
 * </ul>
 * The contingency tables are transcribed as in DKPro Agreement's Cohen1960Test, ArtsteinPoesio2008Test and
 * Krippendorff2004Test.
 */
class TwoCoderCoefficientsTest {

	static ReliabilityData cohen1960() {
		return TestData.twoCoders(88, 1, 1, 14, 1, 2, 18, 1, 3, 10, 2, 1, 40, 2, 2, 10, 2, 3, 2, 3, 1, 6, 3, 2, 12, 3, 3);
	}

	static ReliabilityData artsteinPoesio1() {
		return TestData.twoCoders(20, "STAT", "STAT", 20, "IReq", "STAT", 10, "STAT", "IReq", 50, "IReq", "IReq");
	}

	static ReliabilityData artsteinPoesio2() {
		return TestData.twoCoders(46, "STAT", "STAT", 6, "IReq", "STAT", 32, "IReq", "IReq", 6, "IReq", "Chck", 10,
				"Chck", "Chck");
	}

	@Test
	void cohenKappaOfCohen1960ExampleIs0492() {
		AgreementResult result = CohenKappa.compute(cohen1960());
		assertEquals(0.70, result.observed().getAsDouble(), 0.005);
		assertEquals(0.41, result.expected().getAsDouble(), 0.005);
		assertEquals(0.492, result.value().getAsDouble(), 0.0005);
		assertEquals(200, result.units());
	}

	@Test
	void artsteinPoesioFirstExampleGivesPercent070Pi0341Kappa0348() {
		assertEquals(0.7, PercentAgreement.compute(artsteinPoesio1()).value().getAsDouble(), 0.0005);
		AgreementResult pi = ScottPi.compute(artsteinPoesio1());
		assertEquals(0.545, pi.expected().getAsDouble(), 0.0005);
		assertEquals(0.341, pi.value().getAsDouble(), 0.0005);
		AgreementResult kappa = CohenKappa.compute(artsteinPoesio1());
		assertEquals(0.54, kappa.expected().getAsDouble(), 0.0005);
		assertEquals(0.348, kappa.value().getAsDouble(), 0.0005);
	}

	@Test
	void artsteinPoesioSecondExampleGivesPercent088Pi07995Kappa08013() {
		assertEquals(0.88, PercentAgreement.compute(artsteinPoesio2()).value().getAsDouble(), 0.0005);
		assertEquals(0.7995, ScottPi.compute(artsteinPoesio2()).value().getAsDouble(), 0.00005);
		assertEquals(0.8013, CohenKappa.compute(artsteinPoesio2()).value().getAsDouble(), 0.00005);
	}

	@Test
	void krippendorff2004BiasExampleGivesEqualPiButDifferentKappa() {
		ReliabilityData unbiased = TestData.twoCoders(12, "a", "a", 9, "a", "b", 9, "a", "c", 9, "b", "a", 14, "b", "b",
				9, "b", "c", 9, "c", "a", 9, "c", "b", 20, "c", "c");
		ReliabilityData biased = TestData.twoCoders(12, "a", "a", 18, "a", "b", 18, "a", "c", 14, "b", "b", 18, "b",
				"c", 20, "c", "c");
		assertEquals(0.460, PercentAgreement.compute(biased).value().getAsDouble(), 0.0005);
		assertEquals(0.186, ScottPi.compute(unbiased).value().getAsDouble(), 0.0005);
		assertEquals(0.186, CohenKappa.compute(unbiased).value().getAsDouble(), 0.0005);
		assertEquals(0.186, ScottPi.compute(biased).value().getAsDouble(), 0.0005);
		assertEquals(0.258, CohenKappa.compute(biased).value().getAsDouble(), 0.0005);
	}

	@Test
	void unitsWithAMissingValueAreDroppedAndCounted() {
		// By hand: units 3 and 5 are dropped; the rest is a / a, b / b, a / b: Ao = 2/3, first coder a,b,a and second
		// a,b,b: Ae = (2/3)(1/3) + (1/3)(2/3) = 4/9, kappa = (2/3 - 4/9) / (5/9) = 0.4.
		ReliabilityData data = TestData.coderRows("x: a b . a b", "y: a b a b .");
		AgreementResult kappa = CohenKappa.compute(data);
		assertEquals(3, kappa.units());
		assertEquals(2, kappa.unitsDropped());
		assertEquals(0.4, kappa.value().getAsDouble(), 1e-12);
		assertEquals(2, ScottPi.compute(data).unitsDropped());
	}

	@Test
	void cohenKappaAndScottPiRejectThreeCoders() {
		ReliabilityData three = TestData.coderRows("a: 1 2", "b: 1 2", "c: 1 2");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CohenKappa.compute(three));
		assertTrue(e.getMessage().contains("exactly 2 coders") && e.getMessage().contains("3"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ScottPi.compute(three));
	}

	@Test
	void bothCodersUsingOneCategoryMakesKappaAndPiUndefined() {
		ReliabilityData constant = TestData.coderRows("a: x x x", "b: x x x");
		AgreementResult kappa = CohenKappa.compute(constant);
		assertFalse(kappa.isDefined());
		assertTrue(kappa.undefinedReason().get().contains("single category"), kappa.undefinedReason().get());
		assertFalse(ScottPi.compute(constant).isDefined());
		assertEquals(1.0, PercentAgreement.compute(constant).value().getAsDouble());
	}

	@Test
	void noCompleteUnitMakesKappaUndefined() {
		AgreementResult kappa = CohenKappa.compute(TestData.coderRows("a: x .", "b: . y"));
		assertFalse(kappa.isDefined());
		assertEquals(2, kappa.unitsDropped());
	}
}
