package org.policyannotator.analysis.agreement.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.policyannotator.analysis.agreement.Level;
import org.policyannotator.analysis.agreement.ReliabilityData;

/**
 * Reliability data with every value replaced by the index of its category: labels in order of first appearance for
 * the nominal level, numbers in ascending order for the numeric levels ("1" and "1.0" are then the same value).
 * Missing values are {@code -1}.
 */
public final class CodedValues {
	public static final int MISSING = -1;

	private final int[][] units;
	private final double[] numbers;
	private final int categoryCount;

	private CodedValues(int[][] units, double[] numbers, int categoryCount) {
		this.units = units;
		this.numbers = numbers;
		this.categoryCount = categoryCount;
	}

	/**
	 * Indexes the values of {@code data}.
	 *
	 * @throws IllegalArgumentException when {@code level} is numeric and a value is not a finite number, or the level
	 *                                  is ratio and a value is negative
	 */
	public static CodedValues of(ReliabilityData data, Level level) {
		return level.isNumeric() ? numeric(data, level) : nominal(data);
	}

	private static CodedValues nominal(ReliabilityData data) {
		Map<String, Integer> index = new LinkedHashMap<>();
		int[][] units = new int[data.unitCount()][data.coderCount()];
		for (int u = 0; u < units.length; u++) {
			for (int c = 0; c < units[u].length; c++) {
				Optional<String> value = data.value(u, c);
				units[u][c] = value.isEmpty() ? MISSING : index.computeIfAbsent(value.get(), k -> index.size());
			}
		}
		return new CodedValues(units, new double[0], index.size());
	}

	private static CodedValues numeric(ReliabilityData data, Level level) {
		double[][] parsed = new double[data.unitCount()][data.coderCount()];
		TreeMap<Double, Integer> sorted = new TreeMap<>();
		for (int u = 0; u < parsed.length; u++) {
			for (int c = 0; c < parsed[u].length; c++) {
				Optional<String> value = data.value(u, c);
				if (value.isPresent()) {
					double number = parse(value.get(), u, data.coders().get(c), level);
					parsed[u][c] = number;
					sorted.put(number, 0);
				}
			}
		}
		double[] numbers = new double[sorted.size()];
		int next = 0;
		for (Map.Entry<Double, Integer> entry : sorted.entrySet()) {
			numbers[next] = entry.getKey();
			entry.setValue(next++);
		}
		int[][] units = new int[parsed.length][data.coderCount()];
		for (int u = 0; u < units.length; u++) {
			for (int c = 0; c < units[u].length; c++) {
				units[u][c] = data.value(u, c).isEmpty() ? MISSING : sorted.get(parsed[u][c]);
			}
		}
		return new CodedValues(units, numbers, numbers.length);
	}

	private static double parse(String text, int unit, String coder, Level level) {
		double number;
		try {
			number = Double.parseDouble(text.trim());
		} catch (NumberFormatException e) {
			number = Double.NaN;
		}
		if (!Double.isFinite(number)) {
			throw new IllegalArgumentException("unit " + (unit + 1) + ", coder '" + coder + "': '" + text
					+ "' is not a number (needed at the " + level.id() + " level)");
		}
		if (level == Level.RATIO && number < 0) {
			throw new IllegalArgumentException("unit " + (unit + 1) + ", coder '" + coder + "': " + text
					+ " is negative; the ratio level needs values >= 0");
		}
		return number + 0.0; // turns -0.0 into 0.0 so that both are one value
	}

	/** The number of distinct values. */
	public int categoryCount() {
		return categoryCount;
	}

	/** The number of units. */
	public int unitCount() {
		return units.length;
	}

	/** The category index per coder of unit {@code u}, {@link #MISSING} where the coder gave no value. */
	public int[] unit(int u) {
		return units[u];
	}

	/** The numeric value of category {@code category}; only for numeric levels. */
	public double number(int category) {
		return numbers[category];
	}

	/** The units that have a value from every coder. */
	public List<int[]> completeUnits() {
		List<int[]> complete = new ArrayList<>();
		for (int[] unit : units) {
			if (count(unit) == unit.length) {
				complete.add(unit);
			}
		}
		return complete;
	}

	/** The number of values (non-missing entries) in {@code unit}. */
	public static int count(int[] unit) {
		int present = 0;
		for (int value : unit) {
			if (value != MISSING) {
				present++;
			}
		}
		return present;
	}
}
