package org.policyannotator.ui.team;

import java.util.Optional;

import org.policyannotator.team.git.Credentials;

/**
 * The user name and password or token for an HTTPS remote, as the command line takes them: from
 * {@code POLICYANNOTATOR_GIT_USER} and {@code POLICYANNOTATOR_GIT_PASSWORD}. Paths and {@code git://} need none.
 */
final class TeamCredentials {

	private TeamCredentials() {
	}

	static Optional<Credentials> fromEnvironment() {
		String user = System.getenv("POLICYANNOTATOR_GIT_USER");
		String password = System.getenv("POLICYANNOTATOR_GIT_PASSWORD");
		if (user == null || user.isBlank() || password == null) {
			return Optional.empty();
		}
		return Optional.of(new Credentials(user, password.toCharArray()));
	}
}
