package org.policyannotator.ui.team;

import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.policyannotator.team.git.Credentials;
import org.policyannotator.team.git.TeamException;

/**
 * The user name and password or token of one remote for one team operation: from {@code POLICYANNOTATOR_GIT_USER}
 * and {@code POLICYANNOTATOR_GIT_PASSWORD}, else from secure storage; when the remote refuses them (or wants some),
 * the user is asked, again after a wrong password, and what they chose to remember is stored once the remote has
 * accepted it. Paths and {@code git://} need none.
 */
final class TeamCredentials {
	private final String remote;
	private final CredentialStore store;
	private Optional<Credentials> credentials;
	private boolean fromStore;
	private boolean remember;

	private TeamCredentials(String remote, CredentialStore store) {
		this.remote = remote;
		this.store = store;
		this.credentials = fromEnvironment();
		if (credentials.isEmpty() && CredentialStore.needsCredentials(remote)) {
			try {
				credentials = store.find(remote);
				fromStore = credentials.isPresent();
			} catch (TeamException e) {
				credentials = Optional.empty();
			}
		}
	}

	/** The credentials known for {@code remote}, from the environment or secure storage. */
	static TeamCredentials forRemote(String remote) {
		return new TeamCredentials(remote, CredentialStore.standard());
	}

	/** What to try now. */
	Optional<Credentials> credentials() {
		return credentials;
	}

	/**
	 * On the display thread, after the remote refused the credentials: forgets remembered ones that it refused, asks
	 * the user, and says whether they gave new ones (then run the operation again).
	 */
	boolean askAgain(Shell shell) {
		if (shell.isDisposed()) {
			return false;
		}
		if (fromStore) {
			try {
				store.forget(remote);
			} catch (TeamException e) {
				MessageDialog.openWarning(shell, CredentialsDialog.TITLE, e.getMessage());
			}
			fromStore = false;
		}
		String reason = credentials.isEmpty() ? "The remote needs a user name and a password or access token."
				: "The remote refused the user name and password (or token): type them again.";
		CredentialsDialog dialog = new CredentialsDialog(shell, remote, reason,
				credentials.map(Credentials::user).orElse(""));
		if (dialog.open() != Window.OK) {
			return false;
		}
		credentials = Optional.of(dialog.credentials());
		remember = dialog.remember();
		return true;
	}

	/** On the display thread, after the remote accepted the credentials: remembers them when the user asked to. */
	void succeeded(Shell shell) {
		if (!remember || credentials.isEmpty()) {
			return;
		}
		remember = false;
		try {
			store.remember(remote, credentials.get());
		} catch (TeamException e) {
			if (!shell.isDisposed()) {
				MessageDialog.openWarning(shell, CredentialsDialog.TITLE, "Not remembered: " + e.getMessage());
			}
		}
	}

	private static Optional<Credentials> fromEnvironment() {
		String user = System.getenv("POLICYANNOTATOR_GIT_USER");
		String password = System.getenv("POLICYANNOTATOR_GIT_PASSWORD");
		if (user == null || user.isBlank() || password == null) {
			return Optional.empty();
		}
		return Optional.of(new Credentials(user, password.toCharArray()));
	}
}
