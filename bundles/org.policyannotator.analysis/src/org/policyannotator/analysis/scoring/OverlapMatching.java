package org.policyannotator.analysis.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.policyannotator.model.Annotation;

/**
 * A maximum one-to-one pairing of reference and submitted annotations that share characters: first as many pairs
 * as possible (maximum cardinality), then, among those, the largest total of shared characters. Annotations are
 * split into groups connected by overlaps and each group is solved exactly with the Hungarian algorithm (Kuhn 1955,
 * Munkres 1957) on the weight {@code B + shared} per overlapping pair, where {@code B} exceeds the sum of all shared
 * characters in the group, so one more pair always outweighs any gain in overlap. The remaining ties are resolved
 * by the algorithm's fixed order over the annotations in set order, so the same input always gives the same pairs.
 */
final class OverlapMatching {
	private OverlapMatching() {
	}

	/**
	 * Pairs {reference index, submitted index, shared characters} of annotations not yet used, of the same type or
	 * of different types, sorted by reference index; marks the paired annotations as used.
	 */
	static List<int[]> pairs(List<Annotation> ref,
			List<Annotation> sub, boolean[] refUsed, boolean[] subUsed, boolean sameType) {
		List<int[]> edges = new ArrayList<>();
		int[] parent = new int[ref.size() + sub.size()];
		Arrays.setAll(parent, i -> i);
		for (int r = 0; r < ref.size(); r++) {
			if (refUsed[r]) {
				continue;
			}
			for (int s = 0; s < sub.size(); s++) {
				if (subUsed[s] || ref.get(r).type().equals(sub.get(s).type()) != sameType) {
					continue;
				}
				int shared = Scoring.sharedCharacters(ref.get(r), sub.get(s));
				if (shared > 0) {
					edges.add(new int[] { r, s, shared });
					parent[find(parent, r)] = find(parent, ref.size() + s);
				}
			}
		}
		Map<Integer, List<int[]>> groups = new TreeMap<>();
		for (int[] edge : edges) {
			groups.computeIfAbsent(find(parent, edge[0]), g -> new ArrayList<>()).add(edge);
		}
		List<int[]> pairs = new ArrayList<>();
		for (List<int[]> group : groups.values()) {
			pairs.addAll(solve(group));
		}
		for (int[] pair : pairs) {
			refUsed[pair[0]] = true;
			subUsed[pair[1]] = true;
		}
		pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
		return pairs;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** The best pairs of one connected group of overlapping annotations. */
	private static List<int[]> solve(List<int[]> group) {
		if (group.size() == 1) {
			return List.of(group.get(0));
		}
		List<Integer> refs = new ArrayList<>(new TreeSet<>(group.stream().map(e -> e[0]).toList()));
		List<Integer> subs = new ArrayList<>(new TreeSet<>(group.stream().map(e -> e[1]).toList()));
		boolean refRows = refs.size() <= subs.size();
		int n = refRows ? refs.size() : subs.size();
		int m = refRows ? subs.size() : refs.size();
		long big = 1;
		for (int[] edge : group) {
			big += edge[2];
		}
		long[][] cost = new long[n][m];
		int[][] shared = new int[n][m];
		for (int[] edge : group) {
			int r = refs.indexOf(edge[0]);
			int s = subs.indexOf(edge[1]);
			int row = refRows ? r : s;
			int column = refRows ? s : r;
			cost[row][column] = -(big + edge[2]);
			shared[row][column] = edge[2];
		}
		int[] assigned = Hungarian.minimumCostAssignment(cost);
		List<int[]> pairs = new ArrayList<>();
		for (int row = 0; row < n; row++) {
			int column = assigned[row];
			if (shared[row][column] > 0) {
				int r = refRows ? refs.get(row) : refs.get(column);
				int s = refRows ? subs.get(column) : subs.get(row);
				pairs.add(new int[] { r, s, shared[row][column] });
			}
		}
		return pairs;
	}
}
