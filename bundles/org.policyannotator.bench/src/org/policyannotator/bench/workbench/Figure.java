package org.policyannotator.bench.workbench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.policyannotator.bench.Figures;

/**
 * One measured action at one size: median and 95th percentile in milliseconds, against the median of a baseline
 * measured in the same run (by default one full redraw of the editor).
 */
record Figure(String measure, int size, double medianMs, double p95Ms, String baseline, double baselineMedianMs) {
	static final String BASELINE = "editor-redraw";

	static Figure of(String measure, int size, List<Double> times, double baselineMedianMs) {
		return of(measure, size, times, BASELINE, baselineMedianMs);
	}

	static Figure of(String measure, int size, List<Double> times, String baseline, double baselineMedianMs) {
		return new Figure(measure, size, median(times), percentile(times, 0.95), baseline, baselineMedianMs);
	}

	static double median(List<Double> times) {
		return percentile(times, 0.5);
	}

	/** The {@code fraction} percentile (nearest rank) of {@code times}. */
	static double percentile(List<Double> times, double fraction) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		int index = (int) Math.ceil(fraction * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	double ratio() {
		return medianMs / baselineMedianMs;
	}

	double p95Ratio() {
		return p95Ms / baselineMedianMs;
	}

	/** Records the figure as a JSON line (when asked for). */
	void record(Figures figures) {
		figures.record(measure, size, medianMs, p95Ms, baseline, baselineMedianMs);
	}

	/** The figure for people: action, size, median and p95, and both as multiples of one redraw. */
	String line() {
		return String.format(Locale.ROOT, "%-7s %,7d annotations: median %8.1f ms, p95 %8.1f ms = %5.1fx / %5.1fx one redraw (%.1f ms)",
				measure, size, medianMs, p95Ms, ratio(), p95Ratio(), baselineMedianMs);
	}
}
