package org.policyannotator.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Fleiss' kappa and percentage agreement for more than two coders:
 * <ul>
 * <li>Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin 76(5):378-382,
 * p. 379: 30 patients, 6 psychiatrists each, 5 diagnoses; P = .556, Pe = .220, kappa = .430 (data as transcribed in
 * DKPro Agreement's Fleiss1971Test).</li>
 * <li>Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories; P = .378, Pe = .213,
 * kappa = .210.</li>
 * <li>Krippendorff (2004), Content Analysis, 2nd ed., p. 230 (the data of {@link KrippendorffAlphaTest}): percentage
 * agreement .800 (= 1 - Do of nominal alpha).</li>
 * </ul>
 */
class ManyCoderCoefficientsTest {

	static ReliabilityData fleiss1971() {
		return TestData.unitRows("4 4 4 4 4 4", "2 2 2 5 5 5", "2 3 3 3 3 5", "5 5 5 5 5 5", "2 2 2 4 4 4",
				"1 1 3 3 3 3", "3 3 3 3 5 5", "1 1 3 3 3 4", "1 1 4 4 4 4", "5 5 5 5 5 5",
				"1 4 4 4 4 4", "1 2 4 4 4 4", "2 2 2 3 3 3", "1 4 4 4 4 4", "2 2 4 4 4 5",
				"3 3 3 3 3 5", "1 1 1 4 5 5", "1 1 1 1 1 2", "2 2 4 4 4 4", "1 3 3 5 5 5",
				"5 5 5 5 5 5", "2 4 4 4 4 4", "2 2 4 5 5 5", "1 1 4 4 4 4", "1 4 4 4 4 5",
				"2 2 2 2 2 4", "1 1 1 1 5 5", "2 2 4 4 4 4", "1 3 3 3 3 3", "5 5 5 5 5 5");
	}

	/** Wikipedia's table gives, per subject, how many of the 14 raters chose each of the 5 categories. */
	static ReliabilityData wikipediaFleiss() {
		int[][] counts = { { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 },
				{ 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 },
				{ 0, 2, 2, 3, 7 } };
		List<String> units = new ArrayList<>();
		for (int[] subject : counts) {
			StringBuilder unit = new StringBuilder();
			for (int category = 0; category < subject.length; category++) {
				unit.append((" " + (category + 1)).repeat(subject[category]));
			}
			units.add(unit.toString());
		}
		return TestData.unitRows(units.toArray(String[]::new));
	}

	@Test
	void fleissKappaOfFleiss1971ExampleIs0430() {
		AgreementResult result = FleissKappa.compute(fleiss1971());
		assertEquals(0.556, result.observed().getAsDouble(), 0.0005);
		assertEquals(0.220, result.expected().getAsDouble(), 0.0005);
		assertEquals(0.430, result.value().getAsDouble(), 0.0005);
		assertEquals(30, result.units());
		assertEquals(6, result.coders());
	}

	@Test
	void fleissKappaOfWikipediaExampleIs0210() {
		AgreementResult result = FleissKappa.compute(wikipediaFleiss());
		assertEquals(0.378, result.observed().getAsDouble(), 0.0005);
		assertEquals(0.213, result.expected().getAsDouble(), 0.0005);
		assertEquals(0.210, result.value().getAsDouble(), 0.0005);
	}

	@Test
	void fleissKappaWithTwoCodersEqualsScottPi() {
		// Fleiss (1971) generalises Scott's pi: for two coders the formulas coincide algebraically.
		ReliabilityData data = TwoCoderCoefficientsTest.artsteinPoesio2();
		assertEquals(ScottPi.compute(data).value().getAsDouble(), FleissKappa.compute(data).value().getAsDouble(),
				1e-12);
	}

	@Test
	void fleissKappaDropsUnitsWithMissingValues() {
		AgreementResult result = FleissKappa.compute(KrippendorffAlphaTest.krippendorff2011());
		assertEquals(8, result.units()); // units 2-9 are complete
		assertEquals(4, result.unitsDropped()); // units 1, 10, 11, 12 are not
	}

	@Test
	void fleissKappaWithOneCoderIsUndefined() {
		assertFalse(FleissKappa.compute(TestData.coderRows("a: 1 2 3")).isDefined());
	}

	@Test
	void percentAgreementOfKrippendorff2004MultiCoderExampleIs0800() {
		// By hand: sum over pairable units of agreeing ordered pairs / (m_u - 1) = 32, pairable values n = 40.
		AgreementResult result = PercentAgreement.compute(KrippendorffAlphaTest.krippendorff2011());
		assertEquals(0.800, result.value().getAsDouble(), 1e-12);
		assertEquals(11, result.units());
	}

	@Test
	void percentAgreementWithOneCoderIsUndefined() {
		assertFalse(PercentAgreement.compute(TestData.coderRows("a: 1 2 3")).isDefined());
	}

	@Test
	void levelOtherThanNominalIsRejectedForNominalCoefficients() {
		assertThrows(IllegalArgumentException.class,
				() -> CodingAgreement.compute(Measure.FLEISS_KAPPA, Level.INTERVAL, fleiss1971()));
	}

	@Test
	void facadeDispatchesToTheNamedMeasure() {
		assertEquals(FleissKappa.compute(fleiss1971()),
				CodingAgreement.compute(Measure.FLEISS_KAPPA, Level.NOMINAL, fleiss1971()));
		assertEquals(KrippendorffAlpha.compute(fleiss1971(), Level.ORDINAL),
				CodingAgreement.compute(Measure.KRIPPENDORFF_ALPHA, Level.ORDINAL, fleiss1971()));
	}
}
