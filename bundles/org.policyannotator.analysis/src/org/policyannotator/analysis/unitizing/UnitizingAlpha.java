package org.policyannotator.analysis.unitizing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.policyannotator.analysis.unitizing.internal.UnitizingSweep;

/**
 * Krippendorff's unitizing alpha, uα (Krippendorff 1995, "On the reliability of unitizing continuous data";
 * Krippendorff 2004, Content Analysis, 2nd ed., pp. 251-256), per category and overall. Values agree with the
 * textbook pairwise formula (and with DKPro Agreement's {@code KrippendorffAlphaUnitizingAgreement}) but are computed
 * in O(n log n) time and O(n) memory for n segments.
 *
 * <p>Undefined cases give an empty value with a reason, never NaN: fewer than two coders, no segments, or no expected
 * disagreement (e.g. every coder covers a whole continuum with one unit).
 */
public final class UnitizingAlpha {
	private UnitizingAlpha() {
	}

	/** Computes unitizing alpha for {@code data}. */
	public static UnitizingResult compute(UnitizingData data) {
		int[] all = new int[data.coders().size()];
		for (int c = 0; c < all.length; c++) {
			all[c] = c;
		}
		return compute(data, all);
	}

	/**
	 * Computes unitizing alpha among some of the coders of {@code data} (e.g. each pair of a larger group), with the
	 * same result as data that held only their segments on the same continua: the segments are sorted once for all
	 * the subsets.
	 *
	 * @param coderIndices positions in {@link UnitizingData#coders()}, each at most once
	 * @throws IllegalArgumentException when an index is out of range or repeated
	 */
	public static UnitizingResult compute(UnitizingData data, int[] coderIndices) {
		boolean[] included = new boolean[data.coders().size()];
		for (int c : coderIndices) {
			if (c < 0 || c >= included.length || included[c]) {
				throw new IllegalArgumentException("coder index " + c + " is out of range or repeated; the data has "
						+ included.length + " coders");
			}
			included[c] = true;
		}
		int coders = coderIndices.length;
		int[] categories = data.categoriesOf(coderIndices);
		int segments = data.segmentCount(coderIndices);
		long length = data.totalLength();
		Map<String, UnitizingCoefficient> byCategory = new LinkedHashMap<>();
		if (coders < 2) {
			String reason = "unitizing alpha needs at least two coders; the data has " + coders;
			for (int c : categories) {
				byCategory.put(data.categories().get(c), UnitizingCoefficient.undefined(reason));
			}
			return new UnitizingResult(UnitizingCoefficient.undefined(reason), byCategory, coders, segments, length);
		}
		if (segments == 0) {
			return new UnitizingResult(UnitizingCoefficient.undefined("no coder marked any segment"), byCategory,
					coders, segments, length);
		}
		UnitizingSweep.Figures figures = UnitizingSweep.compute(data.sortedSegments(), included);
		double observedSum = 0;
		double expectedSum = 0;
		for (int c : categories) {
			String category = data.categories().get(c);
			double observed = figures.observed()[c];
			double expected = figures.expected()[c];
			observedSum += observed;
			expectedSum += expected;
			byCategory.put(category, UnitizingCoefficient.of(observed, expected, "no expected disagreement for '"
					+ category + "': the coders' segments leave no room for chance disagreement"));
		}
		UnitizingCoefficient overall = UnitizingCoefficient.of(observedSum / categories.length,
				expectedSum / categories.length, "no expected disagreement in any category");
		return new UnitizingResult(overall, byCategory, coders, segments, length);
	}
}
