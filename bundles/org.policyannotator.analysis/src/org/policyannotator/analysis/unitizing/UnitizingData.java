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

	private UnitizingData(List<String> coders, List<String> continua, List<String> categories,
			SortedSegments segments) {
		this.coders = coders;
		this.continua = continua;
		this.categories = categories;
		this.segments = segments;
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
			if (start >= end) {
				throw new IllegalArgumentException("segment [" + start + ", " + end + ") of coder '" + coderName
						+ "' in '" + continuumId + "' is empty; segments need a positive length");
			}
			if (start < 0 || end > continuumLengths[k]) {
				throw new IllegalArgumentException("segment [" + start + ", " + end + ") of coder '" + coderName
						+ "' lies outside continuum '" + continuumId + "' [0, " + continuumLengths[k] + ")");
			}
			if (size == this.start.length) {
				grow();
			}
			this.coder[size] = indexOfCoder(coderName);
			this.continuum[size] = k;
			this.category[size] = categoryIndex.computeIfAbsent(category, c -> {
				categoryNames.add(c);
				return categoryNames.size() - 1;
			});
			this.start[size] = start;
			this.end[size] = end;
			size++;
			return this;
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
			return new UnitizingData(List.copyOf(coderNames), List.copyOf(continuumNames), List.copyOf(categoryNames),
					sorted);
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
