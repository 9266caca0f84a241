package org.policyannotator.ui.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rows of the Annotations view: every row, and the rows shown (those the filter keeps, in the chosen order),
 * kept in step one row at a time, so that a tag on a long document costs a search, not a rebuild of every row.
 */
final class ShownRows {
	private final Set<AnnotationRow> all = new LinkedHashSet<>();
	private final Predicate<AnnotationRow> filter;
	private final Comparator<AnnotationRow> order;
	private List<AnnotationRow> shown = new ArrayList<>();

	/** @param order a total order: two different rows never compare equal */
	ShownRows(Predicate<AnnotationRow> filter, Comparator<AnnotationRow> order) {
		this.filter = filter;
		this.order = order;
	}

	/** Replaces every row. */
	void setAll(Collection<AnnotationRow> rows) {
		all.clear();
		all.addAll(rows);
		reshow();
	}

	/** Filters and sorts again, after the filter or the order changed. */
	void reshow() {
		List<AnnotationRow> kept = new ArrayList<>(all.size());
		for (AnnotationRow row : all) {
			if (filter.test(row)) {
				kept.add(row);
			}
		}
		kept.sort(order);
		shown = kept;
	}

	/** Adds a row: its index among the shown rows, or -1 if it is not shown (filtered out, or there already). */
	int add(AnnotationRow row) {
		if (!all.add(row) || !filter.test(row)) {
			return -1;
		}
		int search = Collections.binarySearch(shown, row, order);
		int at = search >= 0 ? search : -search - 1;
		shown.add(at, row);
		return at;
	}

	/** Removes a row: the index it had among the shown rows, or -1 if it was not shown. */
	int remove(AnnotationRow row) {
		if (!all.remove(row)) {
			return -1;
		}
		int at = indexOf(row);
		if (at >= 0) {
			shown.remove(at);
		}
		return at;
	}

	/**
	 * Replaces a row by its changed version: the index it had and the index it has among the shown rows (-1: not
	 * shown then, or not now).
	 */
	int[] replace(AnnotationRow before, AnnotationRow after) {
		int from = remove(before);
		int to = add(after);
		return new int[] { from, to };
	}

	/** The index of a row among the shown rows, or -1. */
	int indexOf(AnnotationRow row) {
		int at = Collections.binarySearch(shown, row, order);
		return at >= 0 && shown.get(at).equals(row) ? at : -1;
	}

	AnnotationRow get(int index) {
		return shown.get(index);
	}

	/** How many rows are shown. */
	int size() {
		return shown.size();
	}

	/** How many rows there are, shown or not. */
	int total() {
		return all.size();
	}
}
