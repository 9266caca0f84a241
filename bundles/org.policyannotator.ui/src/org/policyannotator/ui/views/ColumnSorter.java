package org.policyannotator.ui.views;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a table of annotation rows by the column whose header was clicked last; a second click reverses the order.
 * Rows start in text order.
 */
final class ColumnSorter implements Comparator<AnnotationRow> {
	private final Table table;
	private final Runnable sorted;
	private final List<Comparator<AnnotationRow>> orders;
	private final Comparator<AnnotationRow> textOrder;
	private int column = -1;
	private boolean descending;

	/**
	 * @param textOrder the order without a sort column, and among rows equal in the sort column; a total order
	 * @param sorted    told after the order changed
	 */
	ColumnSorter(Table table, List<Comparator<AnnotationRow>> orders, Comparator<AnnotationRow> textOrder,
			Runnable sorted) {
		this.table = table;
		this.orders = orders;
		this.textOrder = textOrder;
		this.sorted = sorted;
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			int index = i;
			columns[i].addListener(SWT.Selection, event -> sortBy(index));
		}
	}

	/** Sorts by a column (reversing if it is already the sort column). */
	void sortBy(int index) {
		descending = index == column && !descending;
		column = index;
		table.setSortColumn(table.getColumn(index));
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		sorted.run();
	}

	@Override
	public int compare(AnnotationRow left, AnnotationRow right) {
		int result = column < 0 ? 0 : orders.get(column).compare(left, right);
		if (descending) {
			result = -result;
		}
		return result != 0 ? result : textOrder.compare(left, right);
	}

	/** Compares texts as a reader would (case-insensitive, accents after plain letters). */
	static Comparator<AnnotationRow> byText(java.util.function.Function<AnnotationRow, String> text) {
		Collator collator = Collator.getInstance();
		return (a, b) -> collator.compare(text.apply(a), text.apply(b));
	}
}
