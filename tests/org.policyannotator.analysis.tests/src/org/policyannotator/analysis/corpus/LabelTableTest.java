package org.policyannotator.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.agreement.CohenKappa;
import org.policyannotator.analysis.agreement.KrippendorffAlpha;
import org.policyannotator.analysis.agreement.Level;
import org.policyannotator.analysis.agreement.ReliabilityData;
import org.policyannotator.analysis.corpus.internal.LabelTable;

/** The compact pattern counting gives exactly what the tested coefficients give on the expanded table. */
class LabelTableTest {

	private static ReliabilityData expanded(List<int[]> units, int coders) {
		List<String> names = new ArrayList<>();
		for (int c = 0; c < coders; c++) {
			names.add("c" + c);
		}
		List<List<Optional<String>>> rows = new ArrayList<>();
		for (int[] unit : units) {
			List<Optional<String>> row = new ArrayList<>();
			for (int label : unit) {
				row.add(Optional.of("L" + label));
			}
			rows.add(row);
		}
		return new ReliabilityData(names, rows);
	}

	private static List<int[]> random(int coders, int units, int labels, long seed) {
		Random random = new Random(seed);
		List<int[]> list = new ArrayList<>();
		for (int u = 0; u < units; u++) {
			int base = random.nextInt(labels);
			int[] unit = new int[coders];
			for (int c = 0; c < coders; c++) {
				unit[c] = random.nextInt(4) == 0 ? random.nextInt(labels) : base;
			}
			list.add(unit);
		}
		return list;
	}

	@Test
	void alphaOfThreeCodersEqualsKrippendorffAlphaOnTheExpandedTable() {
		List<int[]> units = random(3, 500, 5, 7);
		LabelTable table = new LabelTable(3, 5);
		units.forEach(table::add);
		double expected = KrippendorffAlpha.compute(expanded(units, 3), Level.NOMINAL).value().getAsDouble();
		assertEquals(expected, table.alpha().value().getAsDouble(), 1e-12);
		assertEquals(500, table.alpha().units());
	}

	@Test
	void kappaOfTwoCodersEqualsCohenKappaOnTheExpandedTable() {
		List<int[]> units = random(2, 400, 3, 11);
		LabelTable table = new LabelTable(2, 3);
		units.forEach(table::add);
		double expected = CohenKappa.compute(expanded(units, 2)).value().getAsDouble();
		assertEquals(expected, table.cohenKappa().value().getAsDouble(), 1e-12);
		double alpha = KrippendorffAlpha.compute(expanded(units, 2), Level.NOMINAL).value().getAsDouble();
		assertEquals(alpha, table.alpha().value().getAsDouble(), 1e-12);
	}

	@Test
	void everyUnitWithTheSameLabelIsUndefinedWithAReasonNotNaN() {
		LabelTable table = new LabelTable(2, 2);
		table.add(new int[] { 1, 1 });
		table.add(new int[] { 1, 1 });
		assertFalse(table.alpha().isDefined());
		assertFalse(table.cohenKappa().isDefined());
		assertEquals(true, table.alpha().undefinedReason().get().contains("same label"));
		assertEquals(true, table.cohenKappa().undefinedReason().get().contains("same label"));
	}

	@Test
	void oneCoderOrNoUnitsIsUndefinedWithAReason() {
		assertFalse(new LabelTable(1, 2).alpha().isDefined());
		assertEquals(true, new LabelTable(1, 2).alpha().undefinedReason().get().contains("two annotators"));
		assertEquals(true, new LabelTable(2, 2).cohenKappa().undefinedReason().get().contains("no tokens"));
	}

	@Test
	void aPairTakenFromTheGroupsTableEqualsATableOfThatPairAlone() {
		for (int labels : new int[] { 5, 300 }) { // 300 labels: too many patterns to count in an array
			List<int[]> units = random(3, 2_000, labels, labels);
			LabelTable group = new LabelTable(3, labels);
			units.forEach(group::add);
			group.alpha(); // the group's own figures first, as the report does
			int[][] pairs = { { 0, 1 }, { 0, 2 }, { 1, 2 }, { 2, 0 } };
			for (int[] pair : pairs) {
				LabelTable alone = new LabelTable(2, labels);
				for (int[] unit : units) {
					alone.add(new int[] { unit[pair[0]], unit[pair[1]] });
				}
				LabelTable taken = group.marginal(pair);
				assertEquals(alone.alpha(), taken.alpha(), labels + " labels, pair " + pair[0] + "," + pair[1]);
				assertEquals(alone.cohenKappa(), taken.cohenKappa());
				assertEquals(2_000, taken.unitCount());
			}
		}
	}
}
