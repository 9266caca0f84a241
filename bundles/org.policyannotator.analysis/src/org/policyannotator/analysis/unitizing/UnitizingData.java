package org.policyannotator.analysis.unitizing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.analysis.unitizing.internal.SortedSegments;

/**
 * Segments that coders marked on one or more continua (e.g. the texts of a corpus, positions = UTF-16 offsets).
 * A segment is {@code [start, end)} with a category; segments of one coder and one category on one continuum must not
 * overlap (they may touch). Several continua are evaluated as one: observed disagreement sums over continua, the
 * lengths add up to L, and a gap (the stretch between a coder's segments of a category) never extends across the end
 * of its continuum. With a single continuum this is exactly Krippendorff's (2004) formula.
 * Immutable; build with {@link #builder()}.
 */
public final class UnitizingData {
	private final List<String> coders;
	private final List<String> continua;
	private final List<String> categories;
	private final SortedSegments segments;
	/** Per category and coder: the position of the coder's first segment of the category as added, or -1. */
	private final int[][] firstSegment;
	/** Per coder: how many segments it has. */
	private final int[] coderSegments;

	private UnitizingData(List<String> coders, List<String> continua, List<String> categories,
			SortedSegments segments, int[][] firstSegment, int[] coderSegments) {
		this.coders = coders;
		this.continua = continua;
		this.categories = categories;
		this.segments = segments;
		this.firstSegment = firstSegment;
		this.coderSegments = coderSegments;
	}

	/** A builder for unitizing data. */
	public static Builder builder() {
		return new Builder();
	}

	/** The coders, in the order they were first named. */
	public List<String> coders() {
		return coders;
	}

	/** The continua (e.g. document ids), in the order they were declared. */
	public List<String> continua() {
		return continua;
	}

	/** The categories that occur in at least one segment, in order of first appearance. */
	public List<String> categories() {
		return categories;
	}

	/** The number of segments. */
	public int segmentCount() {
		return segments.segmentCount();
	}

	/** The summed length of all continua (L). */
	public long totalLength() {
		return segments.totalLength();
	}

	/** The segments sorted for the sweep. */
	SortedSegments sortedSegments() {
		return segments;
	}

	/** How many segments the coders with these indices (positions in {@link #coders()}) have together. */
	int segmentCount(int[] coderIndices) {
		int count = 0;
		for (int c : coderIndices) {
			count += coderSegments[c];
		}
		return count;
	}

	/**
	 * The indices of the categories in which one of these coders has a segment, in the order of the first such
	 * segment added: the categories, in their order, of data that held only these coders' segments.
	 */
	int[] categoriesOf(int[] coderIndices) {
		List<int[]> firsts = new ArrayList<>();
		for (int category = 0; category < firstSegment.length; category++) {
			int first = Integer.MAX_VALUE;
			for (int c : coderIndices) {
				if (firstSegment[category][c] >= 0) {
					first = Math.min(first, firstSegment[category][c]);
				}
			}
			if (first != Integer.MAX_VALUE) {
				firsts.add(new int[] { first, category });
			}
		}
		firsts.sort((a, b) -> Integer.compare(a[0], b[0]));
		return firsts.stream().mapToInt(f -> f[1]).toArray();
	}

	/** Collects coders, continua and segments; {@link #build()} validates and sorts them in O(n log n). */
	public static final class Builder {
		private final Map<String, Integer> coderIndex = new HashMap<>();
		private final List<String> coderNames = new ArrayList<>();
		private final Map<String, Integer> continuumIndex = new HashMap<>();
		private final List<String> continuumNames = new ArrayList<>();
		private final Map<String, Integer> categoryIndex = new HashMap<>();
		private final List<String> categoryNames = new ArrayList<>();
		private int[] continuumLengths = new int[16];
		private int[] coder = new int[1024];
		private int[] continuum = new int[1024];
		private int[] category = new int[1024];
		private int[] start = new int[1024];
		private int[] end = new int[1024];
		private int size;
		private String lastContinuumName = "";
		private int lastContinuum = -1;

		private Builder() {
		}

		/** Declares a coder, so that a coder who marked nothing still counts. Naming a coder twice is harmless. */
		public Builder coder(String name) {
			indexOfCoder(name);
			return this;
		}

		/**
		 * Declares a continuum of positions {@code 0 .. length}.
		 *
		 * @throws IllegalArgumentException when the id was declared before or the length is negative
		 */
		public Builder continuum(String id, int length) {
			if (length < 0) {
				throw new IllegalArgumentException("continuum '" + id + "' has negative length " + length);
			}
			if (continuumIndex.putIfAbsent(id, continuumNames.size()) != null) {
				throw new IllegalArgumentException("continuum '" + id + "' is declared twice");
			}
			if (continuumNames.size() == continuumLengths.length) {
				continuumLengths = Arrays.copyOf(continuumLengths, continuumLengths.length * 2);
			}
			continuumLengths[continuumNames.size()] = length;
			continuumNames.add(id);
			return this;
		}

		/**
		 * Adds the segment {@code [start, end)} of {@code category} that {@code coderName} marked on {@code continuumId}.
		 *
		 * @throws IllegalArgumentException when the continuum was not declared, or the segment is empty or lies
		 *                                  outside the continuum
		 */
		public Builder segment(String coderName, String continuumId, int start, int end, String category) {
			int k = indexOfContinuum(continuumId);
			check(coderName, k, start, end);
			add(indexOfCoder(coderName), k, start, end, indexOfCategory(category));
			return this;
		}

		/**
		 * Adds the segments {@code [starts[i], ends[i])}, i from {@code from} to {@code to - 1}, of {@code category}
		 * that {@code coderName} marked on the {@code continuum}-th declared continuum: {@link #segment} for many
		 * segments at once.
		 *
		 * @throws IllegalArgumentException as {@link #segment}, or when fewer continua were declared
		 */
		public Builder segments(String coderName, int continuum, String category, int[] starts, int[] ends, int from,
				int to) {
			if (continuum < 0 || continuum >= continuumNames.size()) {
				throw new IllegalArgumentException("continuum " + continuum + " was not declared; there are "
						+ continuumNames.size());
			}
			if (from >= to) {
				return this;
			}
			for (int i = from; i < to; i++) {
				check(coderName, continuum, starts[i], ends[i]);
			}
			int c = indexOfCoder(coderName);
			int cat = indexOfCategory(category);
			for (int i = from; i < to; i++) {
				add(c, continuum, starts[i], ends[i], cat);
			}
			return this;
		}

		private void check(String coderName, int k, int start, int end) {
			if (start >= end) {
				throw new IllegalArgumentException("segment [" + start + ", " + end + ") of coder '" + coderName
						+ "' in '" + continuumNames.get(k) + "' is empty; segments need a positive length");
			}
			if (start < 0 || end > continuumLengths[k]) {
				throw new IllegalArgumentException("segment [" + start + ", " + end + ") of coder '" + coderName
						+ "' lies outside continuum '" + continuumNames.get(k) + "' [0, " + continuumLengths[k] + ")");
			}
		}

		/** Adds a checked segment. */
		private void add(int c, int k, int start, int end, int cat) {
			if (size == this.start.length) {
				grow();
			}
			this.coder[size] = c;
			this.continuum[size] = k;
			this.category[size] = cat;
			this.start[size] = start;
			this.end[size] = end;
			size++;
		}

		private int indexOfCategory(String name) {
			return categoryIndex.computeIfAbsent(name, c -> {
				categoryNames.add(c);
				return categoryNames.size() - 1;
			});
		}

		/**
		 * Validates and sorts the segments.
		 *
		 * @throws IllegalArgumentException when segments of one coder and category overlap on a continuum
		 */
		public UnitizingData build() {
			int[] lengths = Arrays.copyOf(continuumLengths, continuumNames.size());
			SortedSegments sorted = SortedSegments.sort(coderNames.size(), lengths, categoryNames.size(),
					Arrays.copyOf(coder, size), Arrays.copyOf(continuum, size), Arrays.copyOf(category, size),
					Arrays.copyOf(start, size), Arrays.copyOf(end, size),
					(c, k, cat, first, second) -> new IllegalArgumentException("coder '" + coderNames.get(c)
							+ "' has overlapping '" + categoryNames.get(cat) + "' segments in '" + continuumNames.get(k)
							+ "' (starting at " + first + " and " + second
							+ "); segments of one coder and category must not overlap"));
			int[][] firstSegment = new int[categoryNames.size()][coderNames.size()];
			for (int[] row : firstSegment) {
				Arrays.fill(row, -1);
			}
			int[] coderSegments = new int[coderNames.size()];
			for (int i = 0; i < size; i++) {
				if (firstSegment[category[i]][coder[i]] < 0) {
					firstSegment[category[i]][coder[i]] = i;
				}
				coderSegments[coder[i]]++;
			}
			return new UnitizingData(List.copyOf(coderNames), List.copyOf(continuumNames), List.copyOf(categoryNames),
					sorted, firstSegment, coderSegments);
		}

		private int indexOfCoder(String name) {
			return coderIndex.computeIfAbsent(name, n -> {
				coderNames.add(n);
				return coderNames.size() - 1;
			});
		}

		private int indexOfContinuum(String id) {
			if (lastContinuum >= 0 && lastContinuumName.equals(id)) {
				return lastContinuum;
			}
			Integer k = continuumIndex.get(id);
			if (k == null) {
				throw new IllegalArgumentException(
						"unknown continuum '" + id + "'; declare it with continuum(id, length) first");
			}
			lastContinuumName = id;
			lastContinuum = k;
			return k;
		}

		private void grow() {
			int capacity = start.length * 2;
			coder = Arrays.copyOf(coder, capacity);
			continuum = Arrays.copyOf(continuum, capacity);
			category = Arrays.copyOf(category, capacity);
			start = Arrays.copyOf(start, capacity);
			end = Arrays.copyOf(end, capacity);
		}
	}
}
