package org.policyannotator.ui.team;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policyannotator.team.git.Credentials;

/**
 * Asks for the user name and password (or access token) of a remote, with why they are asked (none given yet, or
 * the remote refused the last ones) and whether to remember them in secure storage.
 */
final class CredentialsDialog extends TitleAreaDialog {
	static final String TITLE = "Sign In to the Remote";

	private final String remote;
	private final String reason;
	private final String initialUser;
	private Text user;
	private Text password;
	private Button rememberButton;
	private Credentials credentials;
	private boolean remember = true;

	CredentialsDialog(Shell shell, String remote, String reason, String initialUser) {
		super(shell);
		this.remote = remote;
		this.reason = reason;
		this.initialUser = initialUser;
	}

	/** What the user typed (after OK). */
	Credentials credentials() {
		return credentials;
	}

	/** Whether to remember them in secure storage (after OK). */
	boolean remember() {
		return remember;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(remote);
		setMessage(reason);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		user = field(fields, "&User name:", SWT.BORDER);
		user.setText(initialUser);
		password = field(fields, "&Password or token:", SWT.BORDER | SWT.PASSWORD);
		rememberButton = new Button(fields, SWT.CHECK);
		rememberButton.setText("&Remember in secure storage (encrypted, for this host)");
		rememberButton.setSelection(remember);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(rememberButton);
		(initialUser.isBlank() ? user : password).setFocus();
		return area;
	}

	private Text field(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null && user != null && password != null) {
			ok.setEnabled(!user.getText().isBlank() && !password.getText().isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		credentials = new Credentials(user.getText().strip(), password.getTextChars());
		remember = rememberButton.getSelection();
		super.okPressed();
	}
}
