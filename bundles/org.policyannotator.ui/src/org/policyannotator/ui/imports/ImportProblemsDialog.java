package org.policyannotator.ui.imports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Why an annotation set could not be imported: every problem the importer found, with file and line. */
final class ImportProblemsDialog extends TrayDialog {
	private final Path file;
	private final List<String> problems;

	ImportProblemsDialog(Shell shell, Path file, List<String> problems) {
		super(shell);
		this.file = file;
		this.problems = List.copyOf(problems);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Annotation Set Not Imported");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label headline = new Label(area, SWT.WRAP);
		headline.setText(headline(file, problems));
		Text details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.widthHint = 700;
		layout.heightHint = 260;
		details.setLayoutData(layout);
		details.setText(String.join("\n", problems.stream().map(ImportProblemsDialog::inWizardTerms).toList()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	/** The importer speaks in command-line options; the wizard has fields for them. */
	static String inWizardTerms(String problem) {
		return problem.replace("give --annotator <name>", "enter a name in the Annotator field")
				.replace("give --format ", "choose the format: ");
	}

	static String headline(Path file, List<String> problems) {
		return (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in " + file
				+ ". Nothing was imported: the corpus is unchanged.";
	}
}
