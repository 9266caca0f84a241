package org.policyannotator.ui.compare;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks which two annotators of a document to compare: A (left) and B (right, e.g. a reference). */
final class AnnotatorPairDialog extends TitleAreaDialog {
	private final String document;
	private final List<String> annotators;
	private String left;
	private String right;
	private String title = "Compare Annotators";
	private String message;
	private Combo leftCombo;
	private Combo rightCombo;

	AnnotatorPairDialog(Shell shell, String document, List<String> annotators, String left, String right) {
		super(shell);
		this.document = document;
		this.annotators = annotators;
		this.left = left;
		this.right = right;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message != null ? message : "Compare two annotators' tags of \u201c" + shortened(document)
				+ "\u201d and merge them into the curated set.");
		getShell().setText(title);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		leftCombo = combo(form, "Annotator A (left):", left);
		rightCombo = combo(form, "Annotator B (right, or reference):", right);
		return area;
	}

	/** The same dialog under another title and message (e.g. for calibrating two references). */
	AnnotatorPairDialog titled(String newTitle, String newMessage) {
		title = newTitle;
		message = newMessage;
		return this;
	}

	private static String shortened(String title) {
		return title.length() > 60 ? title.substring(0, 57) + "..." : title;
	}

	private Combo combo(Composite parent, String label, String initial) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(annotators.toArray(String[]::new));
		combo.select(Math.max(0, annotators.indexOf(initial)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.addListener(SWT.Selection, event -> validate());
		return combo;
	}

	private void validate() {
		boolean same = leftCombo.getText().equals(rightCombo.getText());
		setErrorMessage(same ? "Choose two different annotators." : null);
		getButton(IDialogConstants.OK_ID).setEnabled(!same);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	protected void okPressed() {
		left = leftCombo.getText();
		right = rightCombo.getText();
		super.okPressed();
	}

	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		org.eclipse.swt.graphics.Point size = super.getInitialSize();
		return new org.eclipse.swt.graphics.Point(Math.min(size.x, 640), size.y);
	}

	String left() {
		return left;
	}

	String right() {
		return right;
	}
}
