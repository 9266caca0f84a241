package org.policyannotator.analysis.unitizing.internal;

import java.util.Arrays;

/**
 * Segments grouped by (category, continuum, coder) and sorted by position inside each group, in primitive arrays
 * (8 bytes per segment). A group is a "run": the disjoint segments one coder marked with one category on one continuum.
 */
public final class SortedSegments {

	/** Builds the exception for two overlapping segments of one coder and category. */
	@FunctionalInterface
	public interface OverlapError {
		RuntimeException create(int coder, int continuum, int category, int firstStart, int secondStart);
	}

	private final int coderCount;
	private final int[] continuumLengths;
	private final int categoryCount;
	private final long totalLength;
	/** Group id per run: (category * continua + continuum) * coders + coder, ascending. */
	private final long[] runGroup;
	/** Segments of run r are at positions runOffset[r] .. runOffset[r + 1] - 1. */
	private final int[] runOffset;
	private final int[] starts;
	private final int[] ends;

	private SortedSegments(int coderCount, int[] continuumLengths, int categoryCount, long[] runGroup,
			int[] runOffset, int[] starts, int[] ends) {
		this.coderCount = coderCount;
		this.continuumLengths = continuumLengths;
		this.categoryCount = categoryCount;
		long total = 0;
		for (int length : continuumLengths) {
			total += length;
		}
		this.totalLength = total;
		this.runGroup = runGroup;
		this.runOffset = runOffset;
		this.starts = starts;
		this.ends = ends;
	}

	/**
	 * Sorts the segments given as parallel arrays (positions already checked to lie inside their continuum, start &lt;
	 * end). Sorting starts and ends separately is enough: within a run of disjoint segments the i-th smallest start
	 * and the i-th smallest end belong to the same segment, and if any two segments of a run overlapped, some sorted
	 * start would lie before the previous sorted end, which is exactly what is checked.
	 *
	 * @throws RuntimeException from {@code overlapError} when segments of one run overlap
	 */
	public static SortedSegments sort(int coderCount, int[] continuumLengths, int categoryCount, int[] coder,
			int[] continuum, int[] category, int[] start, int[] end, OverlapError overlapError) {
		int n = start.length;
		long continua = continuumLengths.length;
		if ((long) categoryCount * continua * coderCount >= (1L << 31)) {
			throw new IllegalArgumentException("too many categories x continua x coders (at most 2^31)");
		}
		long[] startKeys = new long[n];
		long[] endKeys = new long[n];
		for (int i = 0; i < n; i++) {
			long group = (category[i] * continua + continuum[i]) * coderCount + coder[i];
			startKeys[i] = group << 32 | start[i];
			endKeys[i] = group << 32 | end[i];
		}
		if (!sortedByCategory(startKeys, endKeys, category, categoryCount)) {
			Arrays.sort(startKeys);
			Arrays.sort(endKeys);
		}
		int[] starts = new int[n];
		int[] ends = new int[n];
		int runs = 0;
		for (int i = 0; i < n; i++) {
			starts[i] = (int) startKeys[i];
			ends[i] = (int) endKeys[i];
			if (i == 0 || startKeys[i] >>> 32 != startKeys[i - 1] >>> 32) {
				runs++;
			}
		}
		long[] runGroup = new long[runs];
		int[] runOffset = new int[runs + 1];
		int r = -1;
		for (int i = 0; i < n; i++) {
			long group = startKeys[i] >>> 32;
			if (i == 0 || group != startKeys[i - 1] >>> 32) {
				runGroup[++r] = group;
				runOffset[r] = i;
			} else if (starts[i] < ends[i - 1]) {
				int c = (int) (group % coderCount);
				int k = (int) (group / coderCount % continua);
				int cat = (int) (group / coderCount / continua);
				throw overlapError.create(c, k, cat, starts[i - 1], starts[i]);
			}
		}
		runOffset[runs] = n;
		return new SortedSegments(coderCount, continuumLengths, categoryCount, runGroup, runOffset, starts, ends);
	}

	/**
	 * When the keys of each category already come in ascending order (as when segments are added continuum by
	 * continuum, coder by coder, in text order), puts them in order with one stable pass by category instead of a
	 * sort, and says so; else leaves them as they are.
	 */
	private static boolean sortedByCategory(long[] startKeys, long[] endKeys, int[] category, int categoryCount) {
		long[] lastStart = new long[categoryCount];
		long[] lastEnd = new long[categoryCount];
		Arrays.fill(lastStart, Long.MIN_VALUE);
		Arrays.fill(lastEnd, Long.MIN_VALUE);
		int[] from = new int[categoryCount + 1];
		for (int i = 0; i < startKeys.length; i++) {
			int c = category[i];
			if (startKeys[i] < lastStart[c] || endKeys[i] < lastEnd[c]) {
				return false;
			}
			lastStart[c] = startKeys[i];
			lastEnd[c] = endKeys[i];
			from[c + 1]++;
		}
		for (int c = 0; c < categoryCount; c++) {
			from[c + 1] += from[c];
		}
		long[] starts = startKeys.clone();
		long[] ends = endKeys.clone();
		for (int i = 0; i < starts.length; i++) {
			int at = from[category[i]]++;
			startKeys[at] = starts[i];
			endKeys[at] = ends[i];
		}
		return true;
	}

	/** Number of coders, including coders without segments. */
	public int coderCount() {
		return coderCount;
	}

	/** Number of categories; category indices are 0 .. categoryCount - 1. */
	public int categoryCount() {
		return categoryCount;
	}

	/** Number of continua. */
	public int continuumCount() {
		return continuumLengths.length;
	}

	/** Length of continuum {@code continuum}. */
	public int continuumLength(int continuum) {
		return continuumLengths[continuum];
	}

	/** Summed length of all continua (L). */
	public long totalLength() {
		return totalLength;
	}

	/** Number of segments. */
	public int segmentCount() {
		return starts.length;
	}

	/** Number of runs (non-empty groups), ordered by category, continuum, coder. */
	public int runCount() {
		return runGroup.length;
	}

	/** Coder of {@code run}. */
	public int runCoder(int run) {
		return (int) (runGroup[run] % coderCount);
	}

	/** Continuum of {@code run}. */
	public int runContinuum(int run) {
		return (int) (runGroup[run] / coderCount % continuumLengths.length);
	}

	/** Category of {@code run}. */
	public int runCategory(int run) {
		return (int) (runGroup[run] / coderCount / continuumLengths.length);
	}

	/** Index of the first segment of {@code run}. */
	public int runFrom(int run) {
		return runOffset[run];
	}

	/** Index after the last segment of {@code run}. */
	public int runTo(int run) {
		return runOffset[run + 1];
	}

	/** Start of the segment at sorted position {@code segment}. */
	public int start(int segment) {
		return starts[segment];
	}

	/** End (exclusive) of the segment at sorted position {@code segment}. */
	public int end(int segment) {
		return ends[segment];
	}
}
