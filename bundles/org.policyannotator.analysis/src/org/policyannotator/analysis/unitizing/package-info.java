/**
 * Krippendorff's unitizing alpha (the continuum u-alpha, Krippendorff 1995, 2004) for coders who mark segments
 * ({@code [start, end)} with a category) on one or more continua, e.g. the texts of a corpus. Build a
 * {@link UnitizingData} with its builder, then call {@link UnitizingAlpha#compute(UnitizingData)}; it runs in
 * O(n log n) for n segments and gives the same value as the textbook pairwise formula.
 */
package org.policyannotator.analysis.unitizing;
