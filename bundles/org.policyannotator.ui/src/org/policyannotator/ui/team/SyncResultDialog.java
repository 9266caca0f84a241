package org.policyannotator.ui.team;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * What a Synchronize did: a line saying what was sent and received and how many conflicts wait, and below it every
 * file and decision, conflicts first (each naming its file, the annotation and what differs); a conflict in a set opens
 * in the comparison editor from here.
 */
public final class SyncResultDialog extends Dialog {
	private static final int RESOLVE = IDialogConstants.CLIENT_ID + 1;
	private final SyncOutcome outcome;
	private final Predicate<String> resolvable;
	private final Consumer<String> resolve;
	private Table table;

	/**
	 * The outcome shown over {@code shell}; a conflict the user chooses to resolve (double-click, or Resolve
	 * Conflict...) goes to {@code resolve} after the dialog closed, if it is {@code resolvable}.
	 */
	public SyncResultDialog(Shell shell, SyncOutcome outcome, Predicate<String> resolvable, Consumer<String> resolve) {
		super(shell);
		this.outcome = outcome;
		this.resolvable = resolvable;
		this.resolve = resolve;
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
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
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
		table.addListener(SWT.Selection, e -> {
			Button button = getButton(RESOLVE);
			if (button != null) {
				button.setEnabled(selectedConflict().isPresent());
			}
		});
		table.addListener(SWT.DefaultSelection, e -> resolveSelected());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (outcome.rows().stream().anyMatch(r -> r[0].equals("Conflict") && resolvable.test(r[1]))) {
			createButton(parent, RESOLVE, "&Resolve Conflict...", false).setEnabled(false);
		}
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == RESOLVE) {
			resolveSelected();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private void resolveSelected() {
		Optional<String> conflict = selectedConflict();
		if (conflict.isPresent()) {
			close();
			resolve.accept(conflict.get());
		}
	}

	/** The conflict of the selected row, when it is one the comparison editor resolves. */
	private Optional<String> selectedConflict() {
		int index = table == null ? -1 : table.getSelectionIndex();
		if (index < 0) {
			return Optional.empty();
		}
		String[] row = outcome.rows().get(index);
		return row[0].equals("Conflict") && resolvable.test(row[1]) ? Optional.of(row[1]) : Optional.empty();
	}
}
