package org.policyannotator.ui.team;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * What a Synchronize did: a line saying what was sent and received and how many conflicts wait, and below it every
 * file and decision, conflicts first (each naming its file, the annotation and what differs).
 */
public final class SyncResultDialog extends Dialog {
	private final SyncOutcome outcome;

	/** The outcome shown over {@code shell}. */
	public SyncResultDialog(Shell shell, SyncOutcome outcome) {
		super(shell);
		this.outcome = outcome;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Synchronize " + outcome.corpus().getFileName());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(outcome.summary());
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
		if (outcome.rows().isEmpty()) {
			return area;
		}
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		new TableColumn(table, SWT.LEFT).setText("What");
		new TableColumn(table, SWT.LEFT).setText("File and detail");
		for (String[] row : outcome.rows()) {
			new TableItem(table, SWT.NONE).setText(row);
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
