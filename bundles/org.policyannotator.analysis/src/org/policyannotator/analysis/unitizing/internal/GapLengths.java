package org.policyannotator.analysis.unitizing.internal;

import java.util.Arrays;

/**
 * A sorted multiset of gap lengths answering, for a unit length l, S(l) = sum over gaps h with h &gt;= l of
 * (h - l + 1) in O(log n): the inner sum of Krippendorff's expected disagreement.
 */
final class GapLengths {
	private final long[] sorted;
	private final int size;
	/** suffix[i] = sum of (sorted[j] + 1) for j &gt;= i. */
	private final long[] suffix;

	GapLengths(long[] lengths, int size) {
		this.sorted = lengths;
		this.size = size;
		Arrays.sort(sorted, 0, size);
		this.suffix = new long[size + 1];
		for (int i = size - 1; i >= 0; i--) {
			suffix[i] = suffix[i + 1] + sorted[i] + 1;
		}
	}

	/** S(l) = sum over gaps h &gt;= l of (h - l + 1). */
	long sumOfFits(long l) {
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
