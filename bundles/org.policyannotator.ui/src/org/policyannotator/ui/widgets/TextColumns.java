package org.policyannotator.ui.widgets;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A table column that shows a text worked out from each row's element. */
public final class TextColumns {
	private TextColumns() {
	}

	/** Adds a column titled {@code title}, {@code width} pixels wide, showing {@code text} of each element. */
	public static TableViewerColumn add(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		return column;
	}
}
