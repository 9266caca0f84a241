package org.policyannotator.ui.views;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a table of annotation rows by the column whose header was clicked last; a second click reverses the order.
 * Rows start in text order.
 */
final class ColumnSorter extends ViewerComparator {
	private final TableViewer viewer;
	private final List<Comparator<AnnotationRow>> orders;
	private final Comparator<AnnotationRow> textOrder;
	private int column = -1;
	private boolean descending;

	ColumnSorter(TableViewer viewer, List<Comparator<AnnotationRow>> orders, Comparator<AnnotationRow> textOrder) {
		this.viewer = viewer;
		this.orders = orders;
		this.textOrder = textOrder;
		TableColumn[] columns = viewer.getTable().getColumns();
		for (int i = 0; i < columns.length; i++) {
			int index = i;
			columns[i].addListener(SWT.Selection, event -> sortBy(index));
		}
	}

	/** Sorts by a column (reversing if it is already the sort column). */
	void sortBy(int index) {
		descending = index == column && !descending;
		column = index;
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(index));
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	@Override
	public int compare(Viewer v, Object a, Object b) {
		AnnotationRow left = (AnnotationRow) a;
		AnnotationRow right = (AnnotationRow) b;
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
