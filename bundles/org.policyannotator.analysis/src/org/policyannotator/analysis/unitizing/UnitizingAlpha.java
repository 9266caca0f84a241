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
		int coders = data.coders().size();
		int segments = data.segmentCount();
		long length = data.totalLength();
		Map<String, UnitizingCoefficient> byCategory = new LinkedHashMap<>();
		if (coders < 2) {
			String reason = "unitizing alpha needs at least two coders; the data has " + coders;
			data.categories().forEach(c -> byCategory.put(c, UnitizingCoefficient.undefined(reason)));
			return new UnitizingResult(UnitizingCoefficient.undefined(reason), byCategory, coders, segments, length);
		}
		if (segments == 0) {
			return new UnitizingResult(UnitizingCoefficient.undefined("no coder marked any segment"), byCategory,
					coders, segments, length);
		}
		UnitizingSweep.Figures figures = UnitizingSweep.compute(data.sortedSegments());
		double observedSum = 0;
		double expectedSum = 0;
		for (int c = 0; c < data.categories().size(); c++) {
			String category = data.categories().get(c);
			double observed = figures.observed()[c];
			double expected = figures.expected()[c];
			observedSum += observed;
			expectedSum += expected;
			byCategory.put(category, UnitizingCoefficient.of(observed, expected, "no expected disagreement for '"
					+ category + "': the coders' segments leave no room for chance disagreement"));
		}
		int categories = data.categories().size();
		UnitizingCoefficient overall = UnitizingCoefficient.of(observedSum / categories, expectedSum / categories,
				"no expected disagreement in any category");
		return new UnitizingResult(overall, byCategory, coders, segments, length);
	}
}
