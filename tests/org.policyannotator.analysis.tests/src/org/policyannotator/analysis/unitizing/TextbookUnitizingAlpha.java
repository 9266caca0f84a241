package org.policyannotator.analysis.unitizing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The textbook formula of unitizing alpha, written as directly as possible (O(n^2)), to check the sweep against:
 * Krippendorff (2004), Content Analysis, 2nd ed., pp. 251-256, in the form implemented by DKPro Agreement's
 * {@code KrippendorffAlphaUnitizingAgreement} (which reproduces the book's example values). Every coder's continuum is
 * cut into units and gaps per category; every segment of every coder is compared with every segment of every other
 * coder. Several continua: pairs are only formed within one continuum, L is the summed length, gaps end at the end of
 * their continuum.
 */
final class TextbookUnitizingAlpha {

	/** A segment as a test writes it. */
	record Seg(String coder, String continuum, int start, int end, String category) {
	}

	/** Observed and expected disagreement of one category. */
	record Figures(double observed, double expected) {
		double alpha() {
			return 1 - observed / expected;
		}
	}

	/** A unit (value 1) or gap (value 0) of one coder: begin b, length l. */
	private record Piece(long b, long l, boolean unit) {
	}

	private TextbookUnitizingAlpha() {
	}

	static Map<String, Figures> compute(List<String> coders, Map<String, Integer> continua, List<Seg> segments) {
		int m = coders.size();
		double bigL = continua.values().stream().mapToLong(Integer::longValue).sum();
		Set<String> categories = new LinkedHashSet<>();
		segments.forEach(s -> categories.add(s.category()));
		Map<String, Figures> result = new LinkedHashMap<>();
		for (String category : categories) {
			double observed = 0;
			List<Piece> allUnits = new ArrayList<>();
			List<Piece> allGaps = new ArrayList<>();
			for (Map.Entry<String, Integer> continuum : continua.entrySet()) {
				List<List<Piece>> pieces = new ArrayList<>();
				for (String coder : coders) {
					List<Piece> coderPieces = pieces(segments, coder, continuum.getKey(), continuum.getValue(), category);
					pieces.add(coderPieces);
					coderPieces.forEach(p -> (p.unit() ? allUnits : allGaps).add(p));
				}
				for (int i = 0; i < m; i++) {
					for (int j = 0; j < m; j++) {
						if (i == j) {
							continue;
						}
						for (Piece g : pieces.get(i)) {
							for (Piece h : pieces.get(j)) {
								observed += delta2(g, h);
							}
						}
					}
				}
			}
			observed /= m * (m - 1) * bigL * bigL;
			double nC = allUnits.size();
			double sum = 0;
			double unitPairs = 0;
			for (Piece g : allUnits) {
				double l = g.l();
				double inner = 0;
				for (Piece h : allGaps) {
					if (h.l() >= g.l()) {
						inner += h.l() - l + 1;
					}
				}
				sum += (nC - 1) / 3.0 * (2 * l * l * l - 3 * l * l + l) + l * l * inner;
				unitPairs += l * (l - 1);
			}
			double expected = 2.0 / bigL * sum / (m * bigL * (m * bigL - 1) - unitPairs);
			result.put(category, new Figures(observed, expected));
		}
		return result;
	}

	/** Krippendorff's delta^2 between piece g of coder i and piece h of coder j (2004, p. 253). */
	private static double delta2(Piece g, Piece h) {
		long diff = g.b() - h.b();
		if (g.unit() && h.unit() && -g.l() < diff && diff < h.l()) {
			double end = g.b() + g.l() - h.b() - h.l();
			return (double) diff * diff + end * end;
		}
		if (g.unit() && !h.unit() && h.l() - g.l() >= diff && diff >= 0) {
			return (double) g.l() * g.l();
		}
		if (!g.unit() && h.unit() && g.l() - h.l() >= -diff && -diff >= 0) {
			return (double) h.l() * h.l();
		}
		return 0;
	}

	private static List<Piece> pieces(List<Seg> segments, String coder, String continuum, int length,
			String category) {
		List<Seg> units = segments.stream()
				.filter(s -> s.coder().equals(coder) && s.continuum().equals(continuum) && s.category().equals(category))
				.sorted(Comparator.comparingInt(Seg::start)).toList();
		List<Piece> pieces = new ArrayList<>();
		int position = 0;
		for (Seg unit : units) {
			if (unit.start() > position) {
				pieces.add(new Piece(position, unit.start() - position, false));
			}
			pieces.add(new Piece(unit.start(), unit.end() - unit.start(), true));
			position = unit.end();
		}
		if (length > position) {
			pieces.add(new Piece(position, length - position, false));
		}
		return pieces;
	}
}
