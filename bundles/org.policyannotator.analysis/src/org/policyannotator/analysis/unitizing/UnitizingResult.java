package org.policyannotator.analysis.unitizing;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Unitizing alpha overall and per category.
 *
 * @param overall     all categories together: 1 - sum(Do_c) / sum(De_c); its Do and De are the means over categories
 * @param byCategory  one coefficient per category that occurs in the data, sorted by category name
 * @param coders      number of coders
 * @param segments    number of segments
 * @param totalLength summed length of all continua (L)
 */
public record UnitizingResult(UnitizingCoefficient overall, Map<String, UnitizingCoefficient> byCategory, int coders,
		int segments, long totalLength) {

	/** Copies the map into an unmodifiable sorted map. */
	public UnitizingResult {
		byCategory = Collections.unmodifiableMap(new TreeMap<>(byCategory));
	}
}
