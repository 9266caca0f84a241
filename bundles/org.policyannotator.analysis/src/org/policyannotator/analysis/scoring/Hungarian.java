package org.policyannotator.analysis.scoring;

import java.util.Arrays;

/**
 * The Hungarian algorithm (Kuhn-Munkres with potentials, O(n&sup2;m)) for a rectangular assignment problem: each row
 * gets a distinct column so that the total cost is smallest. Deterministic: rows are added in order and columns are
 * scanned in order, the first of equal candidates winning.
 */
final class Hungarian {
	private Hungarian() {
	}

	/**
	 * The column of each row in a minimum-cost assignment.
	 *
	 * @param cost n rows of m costs, n &le; m
	 */
	static int[] minimumCostAssignment(long[][] cost) {
		int n = cost.length;
		int m = n == 0 ? 0 : cost[0].length;
		if (n > m) {
			throw new IllegalArgumentException("more rows (" + n + ") than columns (" + m + ")");
		}
		long[] u = new long[n + 1];
		long[] v = new long[m + 1];
		int[] rowOf = new int[m + 1];
		int[] way = new int[m + 1];
		long[] minimum = new long[m + 1];
		boolean[] visited = new boolean[m + 1];
		for (int i = 1; i <= n; i++) {
			rowOf[0] = i;
			int column = 0;
			Arrays.fill(minimum, Long.MAX_VALUE);
			Arrays.fill(visited, false);
			do {
				visited[column] = true;
				int row = rowOf[column];
				long delta = Long.MAX_VALUE;
				int next = 0;
				for (int j = 1; j <= m; j++) {
					if (!visited[j]) {
						long reduced = cost[row - 1][j - 1] - u[row] - v[j];
						if (reduced < minimum[j]) {
							minimum[j] = reduced;
							way[j] = column;
						}
						if (minimum[j] < delta) {
							delta = minimum[j];
							next = j;
						}
					}
				}
				for (int j = 0; j <= m; j++) {
					if (visited[j]) {
						u[rowOf[j]] += delta;
						v[j] -= delta;
					} else {
						minimum[j] -= delta;
					}
				}
				column = next;
			} while (rowOf[column] != 0);
			do {
				int previous = way[column];
				rowOf[column] = rowOf[previous];
				column = previous;
			} while (column != 0);
		}
		int[] assignment = new int[n];
		for (int j = 1; j <= m; j++) {
			if (rowOf[j] != 0) {
				assignment[rowOf[j] - 1] = j;
			}
		}
		for (int i = 0; i < n; i++) {
			assignment[i]--;
		}
		return assignment;
	}
}
