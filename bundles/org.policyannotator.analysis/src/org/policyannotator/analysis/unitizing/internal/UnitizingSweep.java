package org.policyannotator.analysis.unitizing.internal;

import java.util.Arrays;

/**
 * Observed and expected disagreement of Krippendorff's unitizing alpha per category, in O(n log n).
 *
 * <p>The textbook formula (Krippendorff 1995; 2004, pp. 251-256; as implemented by DKPro Agreement's
 * {@code KrippendorffAlphaUnitizingAgreement}) compares every segment of every coder (units and the gaps between them)
 * with every segment of every other coder:
 *
 * <pre>
 * Do_c = sum_i sum_{j != i} sum_g sum_h delta^2(g, h) / (m (m - 1) L^2)
 *   delta^2 = (b_g - b_h)^2 + (e_g - e_h)^2   if g and h are both units and overlap
 *           = l_g^2                           if unit g lies inside gap h (or vice versa with l_h)
 *           = 0                               otherwise
 * De_c = (2 / L) sum_{units u} [ (N_c - 1)/3 (2 l^3 - 3 l^2 + l) + l^2 sum_{gaps h, l_h &gt;= l} (l_h - l + 1) ]
 *        / ( m L (m L - 1) - sum_{units u} l (l - 1) )
 * </pre>
 *
 * Here: the units of one coder and category are disjoint, so a unit of coder i lies inside a gap of coder j exactly
 * when no unit of j overlaps it, and the overlapping unit pairs of two coders are found by merging their sorted runs
 * (at most n_i + n_j pairs). The inner gap sum of De is answered from sorted gap lengths with suffix sums. A continuum
 * on which a coder marked nothing of a category is one gap of the whole continuum length; those gaps are counted from
 * the sorted continuum lengths without materialising them.
 */
public final class UnitizingSweep {

	/** Per-category observed and expected disagreement, indexed like the categories of the {@link SortedSegments}. */
	public record Figures(double[] observed, double[] expected) {
	}

	private UnitizingSweep() {
	}

	/** Computes Do_c and De_c for every category; requires at least two coders and a positive total length. */
	public static Figures compute(SortedSegments s) {
		boolean[] all = new boolean[s.coderCount()];
		Arrays.fill(all, true);
		return compute(s, all);
	}

	/**
	 * Computes Do_c and De_c for every category among the coders {@code c} with {@code included[c]} only, as if the
	 * segments held only theirs; requires at least two of them and a positive total length. A category in which none
	 * of them has a segment gets 0 and 0.
	 */
	public static Figures compute(SortedSegments s, boolean[] included) {
		int m = 0;
		for (boolean in : included) {
			m += in ? 1 : 0;
		}
		double length = s.totalLength();
		long[] continuumLengths = new long[s.continuumCount()];
		for (int k = 0; k < continuumLengths.length; k++) {
			continuumLengths[k] = s.continuumLength(k);
		}
		GapLengths wholeContinua = new GapLengths(continuumLengths, continuumLengths.length);
		double[] observed = new double[s.categoryCount()];
		double[] expected = new double[s.categoryCount()];
		LongBuffer gaps = new LongBuffer();
		LongBuffer coveredContinua = new LongBuffer();
		LongBuffer units = new LongBuffer();
		int[] selected = new int[s.coderCount()];
		int runs = s.runCount();
		int r = 0;
		while (r < runs) {
			int category = s.runCategory(r);
			gaps.clear();
			coveredContinua.clear();
			units.clear();
			double pairSum = 0;
			double unitPairs = 0; // sum of l (l - 1)
			while (r < runs && s.runCategory(r) == category) {
				int continuum = s.runContinuum(r);
				int blockEnd = r;
				int present = 0;
				while (blockEnd < runs && s.runCategory(blockEnd) == category && s.runContinuum(blockEnd) == continuum) {
					if (included[s.runCoder(blockEnd)]) {
						selected[present++] = blockEnd;
					}
					blockEnd++;
				}
				int continuumLength = s.continuumLength(continuum);
				for (int p = 0; p < present; p++) {
					int run = selected[p];
					double sumSquares = 0;
					int previousEnd = 0;
					for (int i = s.runFrom(run); i < s.runTo(run); i++) {
						long l = s.end(i) - s.start(i);
						units.add(l);
						unitPairs += (double) l * (l - 1);
						sumSquares += (double) l * l;
						if (s.start(i) > previousEnd) {
							gaps.add(s.start(i) - previousEnd);
						}
						previousEnd = s.end(i);
					}
					if (continuumLength > previousEnd) {
						gaps.add(continuumLength - previousEnd);
					}
					coveredContinua.add(continuumLength);
					// Units of this coder against the coders who marked nothing here: each unit lies in their gap.
					pairSum += sumSquares * (m - present);
				}
				for (int a = 0; a < present; a++) {
					for (int b = a + 1; b < present; b++) {
						pairSum += pairDisagreement(s, selected[a], selected[b]);
					}
				}
				r = blockEnd;
			}
			observed[category] = 2.0 * pairSum / ((double) m * (m - 1) * length * length);
			expected[category] = expected(m, length, units, unitPairs, wholeContinua,
					new GapLengths(coveredContinua.array(), coveredContinua.size()),
					new GapLengths(gaps.array(), gaps.size()));
		}
		return new Figures(observed, expected);
	}

	private static double expected(int m, double length, LongBuffer units, double unitPairs, GapLengths wholeContinua,
			GapLengths coveredContinua, GapLengths gaps) {
		long count = units.size();
		double sum = 0;
		for (int u = 0; u < units.size(); u++) {
			long l = units.get(u);
			// Gaps with length >= l: every coder's whole-continuum gap, minus those of (coder, continuum) pairs that
			// have units of this category, plus the real gaps there.
			long fits = m * wholeContinua.sumOfFits(l) - coveredContinua.sumOfFits(l) + gaps.sumOfFits(l);
			double dl = l;
			sum += (count - 1) * (dl * (dl - 1) * (2 * dl - 1)) / 3.0 + dl * dl * fits;
		}
		double ml = m * length;
		return 2.0 / length * sum / (ml * (ml - 1) - unitPairs);
	}

	/** Sum of delta^2 over segment pairs of two coders' runs on one continuum (one direction; symmetric). */
	private static double pairDisagreement(SortedSegments s, int runA, int runB) {
		int p = s.runFrom(runA);
		int pEnd = s.runTo(runA);
		int q = s.runFrom(runB);
		int qEnd = s.runTo(runB);
		boolean pHit = false;
		boolean qHit = false;
		double sum = 0;
		while (p < pEnd && q < qEnd) {
			long sp = s.start(p);
			long ep = s.end(p);
			long sq = s.start(q);
			long eq = s.end(q);
			if (sp < eq && sq < ep) {
				double ds = sp - sq;
				double de = ep - eq;
				sum += ds * ds + de * de;
				pHit = true;
				qHit = true;
			}
			if (ep <= eq) {
				if (!pHit) {
					sum += (double) (ep - sp) * (ep - sp);
				}
				p++;
				pHit = false;
			}
			if (eq <= ep) {
				if (!qHit) {
					sum += (double) (eq - sq) * (eq - sq);
				}
				q++;
				qHit = false;
			}
		}
		for (; p < pEnd; p++, pHit = false) {
			if (!pHit) {
				double l = s.end(p) - s.start(p);
				sum += l * l;
			}
		}
		for (; q < qEnd; q++, qHit = false) {
			if (!qHit) {
				double l = s.end(q) - s.start(q);
				sum += l * l;
			}
		}
		return sum;
	}

	/** A growable long array. */
	private static final class LongBuffer {
		private long[] values = new long[64];
		private int size;

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		void clear() {
			size = 0;
		}

		int size() {
			return size;
		}

		long get(int i) {
			return values[i];
		}

		/** The backing array (sorted in place by {@link GapLengths}); valid up to {@link #size()}. */
		long[] array() {
			return values;
		}
	}
}
