package org.policyannotator.ui.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.policyannotator.search.Hit;

/**
 * The hits as keyword in context: document (with its number of hits) | position | left | hit | right | type,
 * with a check box per row. Clicking a header sorts by that column (again: reversed); the left context sorts by
 * the words nearest the hit, as concordances do.
 */
final class ResultsTable {
	private final CheckboxTableViewer viewer;
	private final List<Hit> hits = new ArrayList<>();
	private final Map<String, Integer> perDocument = new HashMap<>();
	private final List<Comparator<Hit>> orders;
	private int column = -1;
	private boolean descending;
	private final ViewerComparator comparator;

	ResultsTable(Composite parent) {
		viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		Collator collator = Collator.getInstance();
		Comparator<Hit> position = Comparator.comparing(Hit::documentId).thenComparingInt(Hit::start);
		column("Document", 220, SWT.LEFT, h -> h.title() + "  (" + perDocument.getOrDefault(h.documentId(), 0) + ")");
		column("Position", 70, SWT.RIGHT, h -> Integer.toString(h.start()));
		column("Left", 280, SWT.RIGHT, Hit::left);
		column("Hit", 110, SWT.LEFT, Hit::match);
		column("Right", 280, SWT.LEFT, Hit::right);
		column("Type", 110, SWT.LEFT, h -> h.type().isEmpty() ? "" : h.type() + " (" + h.annotator() + ")");
		orders = List.of(Comparator.<Hit, String>comparing(Hit::title, collator).thenComparing(position), position,
				Comparator.<Hit, String>comparing(h -> reversed(h.left()), collator).thenComparing(position),
				Comparator.<Hit, String>comparing(Hit::match, collator).thenComparing(position),
				Comparator.<Hit, String>comparing(Hit::right, collator).thenComparing(position),
				Comparator.<Hit, String>comparing(Hit::type).thenComparing(position));
		for (int i = 0; i < table.getColumnCount(); i++) {
			int index = i;
			table.getColumn(i).addListener(SWT.Selection, e -> sortBy(index));
		}
		comparator = new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				if (column < 0) {
					return 0;
				}
				int result = orders.get(column).compare((Hit) a, (Hit) b);
				return descending ? -result : result;
			}
		};
		viewer.setInput(hits);
	}

	private void column(String title, int width, int align, Function<Hit, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, align);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Hit) element);
			}
		});
	}

	private static String reversed(String text) {
		return new StringBuilder(text).reverse().toString();
	}

	/** Sorts by a column (reversing if it is already the sort column). */
	void sortBy(int index) {
		descending = index == column && !descending;
		column = index;
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(index));
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		if (viewer.getComparator() == null) {
			viewer.setComparator(comparator);
		} else {
			viewer.refresh();
		}
	}

	CheckboxTableViewer viewer() {
		return viewer;
	}

	void clear() {
		hits.clear();
		perDocument.clear();
		viewer.refresh();
	}

	/** Adds one document's hits (all of them at once, so its count is final). */
	void add(List<Hit> documentHits) {
		if (documentHits.isEmpty()) {
			return;
		}
		perDocument.merge(documentHits.get(0).documentId(), documentHits.size(), Integer::sum);
		hits.addAll(documentHits);
		viewer.add(documentHits.toArray());
	}

	/** Every hit, in the order the table shows them. */
	List<Hit> all() {
		List<Hit> sorted = new ArrayList<>(hits);
		if (column >= 0) {
			Comparator<Hit> order = orders.get(column);
			sorted.sort(descending ? order.reversed() : order);
		}
		return sorted;
	}

	List<Hit> checked() {
		return Arrays.stream(viewer.getCheckedElements()).map(Hit.class::cast).toList();
	}

	int documents() {
		return perDocument.size();
	}

	int size() {
		return hits.size();
	}
}
