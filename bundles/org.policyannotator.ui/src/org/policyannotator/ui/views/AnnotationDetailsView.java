package org.policyannotator.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** Attributes and links of the selected annotation. Editing arrives with the annotation editor. */
public final class AnnotationDetailsView extends ViewPart {
	private Label message;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		message = new Label(parent, SWT.WRAP);
		message.setText("Select an annotation in the editor or the Annotations view to see its attributes and links.");
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	@Override
	public void setFocus() {
		message.setFocus();
	}
}
