package org.policyannotator.ui.imports;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.importer.CorpusImporter;

/** What an import did: counts, and every skipped or failed file with its reason. */
final class ImportSummaryDialog extends TrayDialog {
	private final CorpusImporter.Summary summary;

	ImportSummaryDialog(Shell shell, CorpusImporter.Summary summary) {
		super(shell);
		this.summary = summary;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Import Summary");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label headline = new Label(area, SWT.WRAP);
		headline.setText(headline(summary));
		Text details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.widthHint = 640;
		layout.heightHint = 260;
		details.setLayoutData(layout);
		details.setText(details(summary));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	static String headline(CorpusImporter.Summary summary) {
		long warned = summary.added().stream().filter(a -> !a.warnings().isEmpty()).count();
		return String.format("Imported %d%s, skipped %d duplicate%s, failed %d%s.", summary.added().size(),
				warned == 0 ? "" : " (" + warned + " with warnings)",
				summary.duplicates().size(), summary.duplicates().size() == 1 ? "" : "s", summary.failed().size(),
				summary.cancelled() ? " (cancelled: the files after that were not read)" : "");
	}

	static String details(CorpusImporter.Summary summary) {
		StringBuilder text = new StringBuilder();
		summary.failed().forEach(f -> text.append("FAILED   ").append(f.file()).append(": ").append(f.reason()).append('\n'));
		summary.duplicates().forEach(d -> text.append("SKIPPED  ").append(d.file()).append(": same text as document ")
				.append(d.existing()).append('\n'));
		summary.added().forEach(a -> {
			text.append("IMPORTED ").append(a.file()).append(" -> ").append(a.title()).append('\n');
			a.warnings().forEach(w -> text.append("  WARNING ").append(w).append('\n'));
		});
		return text.toString();
	}
}
