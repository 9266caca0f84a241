package org.policyannotator.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * Check boxes for views. The workbench theme gives check boxes in views the view's background
 * ({@code .View Button[style~='SWT.CHECK']}); on GTK 3 that background also covers the box's "checked" fill, so a
 * ticked box looks empty (a white tick on white). These boxes are left to the toolkit's own drawing.
 */
public final class CheckBoxes {
	/** The data key by which the workbench's CSS engine leaves a widget unstyled. */
	static final String CSS_DISABLED = "org.eclipse.e4.ui.css.disabled";

	private CheckBoxes() {
	}

	/** A check box with {@code text} in {@code parent}, drawn as the toolkit draws it. */
	public static Button create(Composite parent, String text) {
		Button check = new Button(parent, SWT.CHECK);
		check.setData(CSS_DISABLED, Boolean.TRUE);
		if (text != null) {
			check.setText(text);
		}
		return check;
	}
}
