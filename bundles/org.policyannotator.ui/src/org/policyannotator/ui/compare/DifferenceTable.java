package org.policyannotator.ui.compare;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.policyannotator.model.Annotation;

/** The list of differences: kind (in its colour), left and right annotation, detail, and what the curated set has. */
final class DifferenceTable {
	private final TableViewer viewer;
	private final ComparisonSession session;

	DifferenceTable(Composite parent, ComparisonSession session, SpanPainter colours) {
		this.session = session;
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Difference", 14, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Difference) element).kind().label();
			}

			@Override
			public Color getForeground(Object element) {
				return colours.colour(((Difference) element).kind().rgb());
			}
		});
		column(layout, "Left (A)", 30, text(d -> d.left()));
		column(layout, "Right (B)", 30, text(d -> d.right()));
		column(layout, "Detail", 14, label(Difference::detail));
		column(layout, "Curated", 10, label(this::curated));
		viewer.setInput(session.differences());
	}

	TableViewer viewer() {
		return viewer;
	}

	Optional<Difference> selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Difference d ? Optional.of(d) : Optional.empty();
	}

	void select(Difference difference) {
		viewer.setSelection(new StructuredSelection(difference), true);
	}

	void refresh() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		viewer.refresh();
		viewer.setSelection(selection);
	}

	private String curated(Difference d) {
		boolean left = d.left().filter(a -> CuratedCopies.contains(session.curated(), a)).isPresent();
		boolean right = d.right().filter(a -> CuratedCopies.contains(session.curated(), a)).isPresent();
		if (d.kind() == DifferenceKind.MATCH || d.kind() == DifferenceKind.ATTRIBUTES) {
			return left ? "\u2713" : "";
		}
		return left && right ? "both" : left ? "left" : right ? "right" : "";
	}

	private ColumnLabelProvider text(java.util.function.Function<Difference, Optional<Annotation>> side) {
		return label(d -> side.apply(d).map(this::describe).orElse(""));
	}

	private String describe(Annotation a) {
		String text = session.document().text();
		String quote = a.spans().stream()
				.map(s -> text.substring(Math.min(s.start(), text.length()), Math.min(s.end(), text.length())))
				.reduce((x, y) -> x + " \u2026 " + y).orElse("");
		if (quote.length() > 80) {
			quote = quote.substring(0, 77) + "...";
		}
		return a.type() + ": \u201c" + quote.replace('\n', ' ') + "\u201d";
	}

	private static ColumnLabelProvider label(java.util.function.Function<Difference, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Difference) element);
			}
		};
	}

	private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider provider) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(provider);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	List<Difference> differences() {
		return session.differences();
	}
}
