package org.policyannotator.ui.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a remote (a folder, e.g. on a shared drive, or an SSH, HTTPS or git:// URL) and, to clone, the folder to clone
 * into. OK is enabled only when what is typed can work.
 */
final class RemoteDialog extends TitleAreaDialog {
	private final String title;
	private final String description;
	private final String initialRemote;
	private final boolean askTarget;
	private Text remoteText;
	private Text targetText;
	private String remote = "";
	private Optional<Path> target = Optional.empty();

	RemoteDialog(Shell shell, String title, String description, String initialRemote, boolean askTarget) {
		super(shell);
		this.title = title;
		this.description = description;
		this.initialRemote = initialRemote;
		this.askTarget = askTarget;
	}

	String remote() {
		return remote;
	}

	Optional<Path> target() {
		return target;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(description);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		remoteText = field(fields, "&Remote (folder or URL):", initialRemote, "Fol&der...");
		if (askTarget) {
			targetText = field(fields, "&Into folder:", "", "&Browse...");
		}
		return area;
	}

	private Text field(Composite parent, String label, String value, String browse) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		Button button = new Button(parent, SWT.PUSH);
		button.setText(browse);
		button.addListener(SWT.Selection, e -> {
			DirectoryDialog folders = new DirectoryDialog(getShell());
			folders.setFilterPath(text.getText());
			String chosen = folders.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null || remoteText == null) {
			return;
		}
		boolean empty = remoteText.getText().isBlank() || targetText != null && targetText.getText().isBlank();
		String problem = problem();
		setErrorMessage(empty ? null : problem);
		ok.setEnabled(problem == null);
	}

	/** What keeps the input from working, or null. */
	private String problem() {
		if (remoteText.getText().isBlank()) {
			return "Give the remote: a folder (a bare repository, e.g. on a shared drive) or a URL.";
		}
		if (targetText != null) {
			if (targetText.getText().isBlank()) {
				return "Choose the folder to clone into.";
			}
			Path into = Path.of(targetText.getText().strip());
			if (Files.isRegularFile(into)) {
				return into + " is a file; choose a new or empty folder.";
			}
			if (Files.isDirectory(into) && into.toFile().list() != null && into.toFile().list().length > 0) {
				return into + " is not empty; choose a new or empty folder.";
			}
		}
		return null;
	}

	@Override
	protected void okPressed() {
		remote = remoteText.getText().strip();
		if (targetText != null) {
			target = Optional.of(Path.of(targetText.getText().strip()).toAbsolutePath().normalize());
		}
		super.okPressed();
	}
}
