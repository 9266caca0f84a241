package org.policyannotator.ui.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.model.DocumentDetails;

/**
 * Edits the variables of one or more documents as lines {@code name = value}. For several documents it shows the
 * variables they share with the same value; what the user leaves applies to all, a line taken out removes that
 * variable from all, variables that differ between them are kept.
 */
final class VariablesDialog extends TitleAreaDialog {
	private final String subject;
	private final Map<String, String> shown;
	private Text lines;
	private Map<String, String> changes = Map.of();

	VariablesDialog(Shell shell, String subject, Map<String, String> shown) {
		super(shell);
		this.subject = subject;
		this.shown = shown;
	}

	/** The variables common to all of {@code variables} (same value everywhere). */
	static Map<String, String> common(List<SortedMap<String, String>> variables) {
		Map<String, String> common = new LinkedHashMap<>(variables.isEmpty() ? Map.of() : variables.get(0));
		for (SortedMap<String, String> other : variables) {
			common.entrySet().removeIf(e -> !e.getValue().equals(other.get(e.getKey())));
		}
		return common;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Document Variables");
		setMessage(subject + ": one variable per line, name = value (e.g. country = KR). Filter by them with "
				+ "--where on the command line.");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(body, SWT.NONE).setText("&Variables:");
		lines = new Text(body, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 160;
		data.widthHint = 420;
		lines.setLayoutData(data);
		StringBuilder text = new StringBuilder();
		shown.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n'));
		lines.setText(text.toString());
		lines.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		Optional<String> problem = parse(lines.getText()).problem();
		setErrorMessage(problem.orElse(null));
		if (problem.isEmpty()) {
			setMessage(getMessage(), IMessageProvider.NONE);
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
		}
	}

	/** Lines read: the variables, or what is wrong with the first bad line. */
	record Parsed(Map<String, String> variables, Optional<String> problem) {
	}

	static Parsed parse(String text) {
		Map<String, String> variables = new LinkedHashMap<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq <= 0) {
				return new Parsed(variables, Optional.of("Line " + (i + 1) + ": write name = value"));
			}
			String name = line.substring(0, eq).strip();
			String value = line.substring(eq + 1).strip();
			try {
				DocumentDetails.checkVariable(name, value);
			} catch (IllegalArgumentException e) {
				return new Parsed(variables, Optional.of("Line " + (i + 1) + ": " + e.getMessage()));
			}
			if (variables.put(name, value) != null) {
				return new Parsed(variables, Optional.of("Line " + (i + 1) + ": " + name + " is given twice"));
			}
		}
		return new Parsed(variables, Optional.empty());
	}

	@Override
	protected void okPressed() {
		Map<String, String> edited = parse(lines.getText()).variables();
		Map<String, String> result = new LinkedHashMap<>(edited);
		shown.keySet().stream().filter(name -> !edited.containsKey(name)).forEach(name -> result.put(name, ""));
		changes = result;
		super.okPressed();
	}

	/** What to set on every document (an empty value removes the variable), after OK. */
	Map<String, String> changes() {
		return changes;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
