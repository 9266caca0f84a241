package org.policyannotator.analysis.unitizing.internal;

import java.util.Arrays;

/**
 * A sorted multiset of gap lengths answering, for a unit length l, S(l) = sum over gaps h with h &gt;= l of
 * (h - l + 1) in O(log n): the inner sum of Krippendorff's expected disagreement.
 */
final class GapLengths {
	/** Lengths up to this many times the number of gaps (plus a little) are counted in a table instead of sorted. */
	private static final int TABLE_FACTOR = 4;
	private final long[] sorted;
	private final int size;
	/** suffix[i] = sum of (sorted[j] + 1) for j &gt;= i. */
	private final long[] suffix;
	/** When counted in a table: atLeast[l] = gaps h with h &gt;= l, fitSum[l] = sum of (h + 1) over them; else null. */
	private final long[] atLeast;
	private final long[] fitSum;

	GapLengths(long[] lengths, int size) {
		this.size = size;
		long max = 0;
		for (int i = 0; i < size; i++) {
			max = Math.max(max, lengths[i]);
		}
		if (max <= (long) TABLE_FACTOR * size + 64 && lengths.length > 0 && min(lengths, size) >= 0) {
			int top = (int) max;
			atLeast = new long[top + 2];
			fitSum = new long[top + 2];
			for (int i = 0; i < size; i++) {
				atLeast[(int) lengths[i]]++;
			}
			for (int l = top; l >= 0; l--) {
				fitSum[l] = fitSum[l + 1] + atLeast[l] * (l + 1);
				atLeast[l] += atLeast[l + 1];
			}
			sorted = null;
			suffix = null;
			return;
		}
		atLeast = null;
		fitSum = null;
		this.sorted = lengths;
		Arrays.sort(sorted, 0, size);
		this.suffix = new long[size + 1];
		for (int i = size - 1; i >= 0; i--) {
			suffix[i] = suffix[i + 1] + sorted[i] + 1;
		}
	}

	private static long min(long[] lengths, int size) {
		long min = Long.MAX_VALUE;
		for (int i = 0; i < size; i++) {
			min = Math.min(min, lengths[i]);
		}
		return min;
	}

	/** S(l) = sum over gaps h &gt;= l of (h - l + 1). */
	long sumOfFits(long l) {
		if (atLeast != null) {
			if (l >= atLeast.length) {
				return 0;
			}
			int from = (int) Math.max(0, l);
			return fitSum[from] - l * atLeast[from];
		}
		int low = 0;
		int high = size;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < l) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return suffix[low] - l * (size - low);
	}
}
