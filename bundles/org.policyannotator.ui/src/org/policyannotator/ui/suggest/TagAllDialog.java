package org.policyannotator.ui.suggest;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.suggest.TagAll;

/** Asks what to tag everywhere: the text or regular expression, the type, the scope, whether to keep the rule. */
final class TagAllDialog extends Dialog {
	private final String initialText;
	private final List<TagType> types;
	private final int initialType;
	private Text pattern;
	private Button regex;
	private Combo type;
	private Button wholeCorpus;
	private Button saveRule;
	private Label problem;
	private TagAllOccurrences.Request request;

	TagAllDialog(Shell shell, String initialText, List<TagType> types, int initialType) {
		super(shell);
		this.initialText = initialText;
		this.types = types;
		this.initialType = initialType;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Tag All Occurrences");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Find:");
		pattern = new Text(area, SWT.BORDER);
		pattern.setText(initialText);
		pattern.setMessage("text (whole words, case ignored) or a regular expression");
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 360;
		pattern.setLayoutData(wide);
		new Label(area, SWT.NONE);
		regex = new Button(area, SWT.CHECK);
		regex.setText("Regular expression");
		new Label(area, SWT.NONE).setText("Tag as:");
		type = new Combo(area, SWT.READ_ONLY);
		types.forEach(t -> type.add(t.label()));
		type.select(Math.max(0, initialType));
		new Label(area, SWT.NONE).setText("In:");
		Composite scope = new Composite(area, SWT.NONE);
		scope.setLayout(new GridLayout(2, false));
		Button thisDocument = new Button(scope, SWT.RADIO);
		thisDocument.setText("This document");
		thisDocument.setSelection(true);
		wholeCorpus = new Button(scope, SWT.RADIO);
		wholeCorpus.setText("The whole corpus");
		new Label(area, SWT.NONE);
		saveRule = new Button(area, SWT.CHECK);
		saveRule.setText("Keep as a rule of the corpus (suggest-rules.tsv, shared with the team)");
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Tag All", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (type.getSelectionIndex() < 0 || types.isEmpty()) {
			problem.setText("The schema has no tag type.");
			return;
		}
		String typeId = types.get(type.getSelectionIndex()).id();
		try {
			TagAll.rule(typeId, pattern.getText(), regex.getSelection());
		} catch (IllegalArgumentException e) {
			problem.setText(e.getMessage().substring(0, 1).toUpperCase() + e.getMessage().substring(1) + ".");
			problem.getParent().layout(true);
			return;
		}
		request = new TagAllOccurrences.Request(pattern.getText(), regex.getSelection(), typeId,
				wholeCorpus.getSelection(), saveRule.getSelection());
		super.okPressed();
	}

	/** What was asked, once OK was pressed with a valid pattern. */
	Optional<TagAllOccurrences.Request> request() {
		return Optional.ofNullable(request);
	}
}
