package org.policyannotator.ui.search;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** Rows of labelled fields that wrap onto the next line when the view is narrow. */
final class Rows {

	private Rows() {
	}

	/** A full-width row whose children wrap. */
	static Composite wrapping(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.spacing = 12;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return row;
	}

	/** A label and the field created next in the returned composite, kept together when the row wraps. */
	static Composite labelled(Composite row, String label) {
		Composite pair = new Composite(row, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		pair.setLayout(layout);
		new Label(pair, SWT.NONE).setText(label);
		return pair;
	}

	/** Gives a field in a {@link #labelled} pair a width in pixels. */
	static void width(Control field, int pixels) {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.widthHint = pixels;
		field.setLayoutData(data);
	}
}
