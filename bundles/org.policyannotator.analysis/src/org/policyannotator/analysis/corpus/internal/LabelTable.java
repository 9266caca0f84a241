package org.policyannotator.analysis.corpus.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.OptionalDouble;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.agreement.Level;
import org.policyannotator.analysis.agreement.Measure;
import org.policyannotator.analysis.agreement.Quantity;
import org.policyannotator.analysis.agreement.internal.Results;

/**
 * Nominal labels that every coder gave every unit (no missing values), stored compactly as counts of label
 * patterns, so that corpora with millions of tokens need memory only for the distinct patterns. Gives the same
 * values as {@code KrippendorffAlpha} (nominal) and {@code CohenKappa} on the expanded table.
 */
public final class LabelTable {
	private final int coders;
	private final int labels;
	private final Map<String, long[]> patterns = new HashMap<>();
	/** Counts by pattern number (labels in base {@code labels}) when there are few possible patterns, else null. */
	private final long[] dense;
	private long units;

	/**
	 * @param coders number of coders (values per unit)
	 * @param labels number of distinct labels; labels are {@code 0 .. labels-1}
	 */
	public LabelTable(int coders, int labels) {
		this.coders = coders;
		this.labels = labels;
		double possible = Math.pow(Math.max(1, labels), coders);
		this.dense = possible <= DENSE_LIMIT ? new long[(int) possible] : null;
	}

	private static final int DENSE_LIMIT = 1 << 16;

	/** Adds one unit: the label each coder gave it, in coder order. */
	public void add(int[] labelPerCoder) {
		if (dense != null) {
			int pattern = 0;
			for (int c = coders - 1; c >= 0; c--) {
				pattern = pattern * labels + labelPerCoder[c];
			}
			dense[pattern]++;
			units++;
			return;
		}
		char[] key = new char[coders];
		for (int c = 0; c < coders; c++) {
			key[c] = (char) labelPerCoder[c];
		}
		patterns.computeIfAbsent(new String(key), k -> new long[1])[0]++;
		units++;
	}

	/**
	 * The table of some of the coders (e.g. a pair of a larger group): the labels that the coders at these positions
	 * gave each unit, the same as a table to which only their labels were added.
	 */
	public LabelTable marginal(int[] coderIndices) {
		LabelTable marginal = new LabelTable(coderIndices.length, labels);
		int[] unit = new int[coderIndices.length];
		if (dense != null) {
			int[] all = new int[coders];
			for (int pattern = 0; pattern < dense.length; pattern++) {
				if (dense[pattern] != 0) {
					int rest = pattern;
					for (int c = 0; c < coders; c++) {
						all[c] = rest % labels;
						rest /= labels;
					}
					marginal.add(pick(all, coderIndices, unit), dense[pattern]);
				}
			}
		}
		int[] all = new int[coders];
		for (Map.Entry<String, long[]> e : patterns.entrySet()) {
			for (int c = 0; c < coders; c++) {
				all[c] = e.getKey().charAt(c);
			}
			marginal.add(pick(all, coderIndices, unit), e.getValue()[0]);
		}
		return marginal;
	}

	private static int[] pick(int[] all, int[] coderIndices, int[] into) {
		for (int i = 0; i < coderIndices.length; i++) {
			into[i] = all[coderIndices[i]];
		}
		return into;
	}

	/** Adds {@code count} units that every coder labelled alike: coder c gave each of them {@code labelPerCoder[c]}. */
	public void add(int[] labelPerCoder, long count) {
		if (dense != null) {
			int pattern = 0;
			for (int c = coders - 1; c >= 0; c--) {
				pattern = pattern * labels + labelPerCoder[c];
			}
			dense[pattern] += count;
		} else {
			char[] key = new char[coders];
			for (int c = 0; c < coders; c++) {
				key[c] = (char) labelPerCoder[c];
			}
			patterns.computeIfAbsent(new String(key), k -> new long[1])[0] += count;
		}
		units += count;
	}

	/** Units added. */
	public long unitCount() {
		return units;
	}

	/** Krippendorff's alpha at the nominal level (no missing values: every unit is pairable). */
	public AgreementResult alpha() {
		Measure measure = Measure.KRIPPENDORFF_ALPHA;
		if (coders < 2) {
			return Results.undefined(measure, Level.NOMINAL, Quantity.DISAGREEMENT,
					"alpha needs at least two annotators; there is " + coders, units(), 0, coders);
		}
		if (units == 0) {
			return Results.undefined(measure, Level.NOMINAL, Quantity.DISAGREEMENT,
					"the documents have no tokens", 0, 0, coders);
		}
		fold();
		long[] marginals = new long[labels];
		double observed = 0;
		for (Map.Entry<String, long[]> e : inOrder()) {
			String key = e.getKey();
			long count = e.getValue()[0];
			long differing = 0;
			for (int a = 0; a < coders; a++) {
				marginals[key.charAt(a)] += count;
				for (int b = a + 1; b < coders; b++) {
					if (key.charAt(a) != key.charAt(b)) {
						differing += 2;
					}
				}
			}
			observed += count * (differing / (double) (coders - 1));
		}
		double n = (double) units * coders;
		observed /= n;
		double sameSquared = 0;
		for (long m : marginals) {
			sameSquared += (double) m * m;
		}
		double expected = (n * n - sameSquared) / (n * (n - 1));
		if (expected == 0.0) {
			return new AgreementResult(measure, Level.NOMINAL, OptionalDouble.empty(),
					Optional.of("every token has the same label for every annotator (e.g. no annotations),"
							+ " so there is no variation to agree on"),
					Quantity.DISAGREEMENT, OptionalDouble.of(observed), OptionalDouble.of(expected), units(), 0,
					coders);
		}
		return new AgreementResult(measure, Level.NOMINAL, OptionalDouble.of(1.0 - observed / expected),
				Optional.empty(), Quantity.DISAGREEMENT, OptionalDouble.of(observed), OptionalDouble.of(expected),
				units(), 0, coders);
	}

	/** Cohen's kappa; only for exactly two coders. */
	public AgreementResult cohenKappa() {
		if (coders != 2) {
			throw new IllegalStateException("Cohen's kappa needs exactly two coders, the table has " + coders);
		}
		if (units == 0) {
			return Results.undefined(Measure.COHEN_KAPPA, Level.NOMINAL, Quantity.AGREEMENT,
					"the documents have no tokens", 0, 0, 2);
		}
		fold();
		long[] first = new long[labels];
		long[] second = new long[labels];
		long agreeing = 0;
		for (Map.Entry<String, long[]> e : inOrder()) {
			String key = e.getKey();
			long count = e.getValue()[0];
			first[key.charAt(0)] += count;
			second[key.charAt(1)] += count;
			if (key.charAt(0) == key.charAt(1)) {
				agreeing += count;
			}
		}
		double n = units;
		double expected = 0;
		for (int k = 0; k < labels; k++) {
			expected += (first[k] / n) * (second[k] / n);
		}
		AgreementResult result = Results.chanceCorrected(Measure.COHEN_KAPPA, agreeing / n, expected, units(), 0, 2);
		if (!result.isDefined()) {
			return new AgreementResult(result.measure(), result.level(), result.value(),
					Optional.of("both annotators gave every token the same label (e.g. no annotations),"
							+ " so kappa is undefined"),
					result.quantity(), result.observed(), result.expected(), result.units(), 0, 2);
		}
		return result;
	}

	/** Moves the dense counts into {@link #patterns} (keyed by the labels as characters), where the formulas read them. */
	private void fold() {
		if (dense == null) {
			return;
		}
		for (int pattern = 0; pattern < dense.length; pattern++) {
			if (dense[pattern] == 0) {
				continue;
			}
			char[] key = new char[coders];
			int rest = pattern;
			for (int c = 0; c < coders; c++) {
				key[c] = (char) (rest % labels);
				rest /= labels;
			}
			patterns.computeIfAbsent(new String(key), k -> new long[1])[0] += dense[pattern];
			dense[pattern] = 0;
		}
	}

	/**
	 * The pattern counts in the order of their labels, so that sums over them come out the same to the last bit
	 * however the units were added (a hash map's order depends on the order of insertion).
	 */
	private Iterable<Map.Entry<String, long[]>> inOrder() {
		return new TreeMap<>(patterns).entrySet();
	}

	private int units() {
		// AgreementResult counts units in an int; a corpus beyond 2^31 tokens reports the maximum
		return (int) Math.min(Integer.MAX_VALUE, units);
	}

	/** Coder count, for messages. */
	public int coders() {
		return coders;
	}
}
