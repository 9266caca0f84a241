package org.policyannotator.model;

import java.util.Arrays;

/**
 * Fast UTF-16 / code point conversion for one text: remembers where the supplementary characters (surrogate pairs)
 * are, so that each conversion is a binary search instead of a scan. Immutable and thread-safe.
 */
public final class OffsetMap {
	private final int length;
	/** UTF-16 indices of the high surrogates of all surrogate pairs, ascending. */
	private final int[] pairs;

	private OffsetMap(int length, int[] pairs) {
		this.length = length;
		this.pairs = pairs;
	}

	/** Builds the map for {@code text}. */
	public static OffsetMap of(String text) {
		int[] found = new int[16];
		int count = 0;
		for (int i = 0; i < text.length() - 1; i++) {
			if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = i;
				i++;
			}
		}
		return new OffsetMap(text.length(), Arrays.copyOf(found, count));
	}

	/** Whether code point and UTF-16 offsets are the same for this text. */
	public boolean isIdentity() {
		return pairs.length == 0;
	}

	/** Code point offset of a UTF-16 offset; an offset inside a pair counts as after the pair's first half. */
	public int toCodePoints(int utf16) {
		if (utf16 < 0 || utf16 > length) {
			throw new IndexOutOfBoundsException("offset " + utf16 + " outside a text of length " + length);
		}
		// pairs whose low surrogate lies before utf16 each take two units but one code point
		int before = lowerBound(utf16 - 1);
		return utf16 - before;
	}

	/** UTF-16 offset of a code point offset. */
	public int toUtf16(int codePoints) {
		if (codePoints < 0 || codePoints > length - pairs.length) {
			throw new IndexOutOfBoundsException(
					"code point offset " + codePoints + " outside a text of " + (length - pairs.length) + " code points");
		}
		// find the number k of pairs starting before the result: result = codePoints + k, pairs[k-1] < result
		int lo = 0;
		int hi = pairs.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			// pair mid starts at code point pairs[mid] - mid
			if (pairs[mid] - mid < codePoints) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return codePoints + lo;
	}

	/** Number of pair starts strictly less than {@code limit}. */
	private int lowerBound(int limit) {
		int lo = 0;
		int hi = pairs.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (pairs[mid] < limit) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
