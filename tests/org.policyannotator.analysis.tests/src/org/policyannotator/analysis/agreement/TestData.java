package org.policyannotator.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds reliability data the way papers print it. */
final class TestData {
	private TestData() {
	}

	/**
	 * One string per coder, as in Krippendorff's reliability data matrices: {@code "A: 1 2 3 . 5"}, where {@code .}
	 * is a missing value.
	 */
	static ReliabilityData coderRows(String... rows) {
		List<String> coders = new ArrayList<>();
		List<String[]> values = new ArrayList<>();
		for (String row : rows) {
			String[] parts = row.split(":", 2);
			coders.add(parts[0].trim());
			values.add(parts[1].trim().split("\\s+"));
		}
		int unitCount = values.get(0).length;
		List<List<Optional<String>>> units = new ArrayList<>();
		for (int u = 0; u < unitCount; u++) {
			List<Optional<String>> unit = new ArrayList<>();
			for (String[] coderValues : values) {
				unit.add(coderValues[u].equals(".") ? Optional.empty() : Optional.of(coderValues[u]));
			}
			units.add(unit);
		}
		return new ReliabilityData(coders, units);
	}

	/** Two-coder data from a contingency table: {@code count, first, second, count, first, second, ...}. */
	static ReliabilityData twoCoders(Object... countFirstSecond) {
		List<List<Optional<String>>> units = new ArrayList<>();
		for (int i = 0; i < countFirstSecond.length; i += 3) {
			int count = (Integer) countFirstSecond[i];
			for (int k = 0; k < count; k++) {
				units.add(List.of(Optional.of(countFirstSecond[i + 1].toString()),
						Optional.of(countFirstSecond[i + 2].toString())));
			}
		}
		return new ReliabilityData(List.of("first", "second"), units);
	}

	/** One unit per argument, all values given: {@code "4 4 4 4 4 4"}. */
	static ReliabilityData unitRows(String... units) {
		int coders = units[0].trim().split("\\s+").length;
		List<String> names = new ArrayList<>();
		for (int c = 0; c < coders; c++) {
			names.add("coder" + (c + 1));
		}
		List<List<Optional<String>>> rows = new ArrayList<>();
		for (String unit : units) {
			rows.add(Arrays.stream(unit.trim().split("\\s+")).map(Optional::of).toList());
		}
		return new ReliabilityData(names, rows);
	}
}
