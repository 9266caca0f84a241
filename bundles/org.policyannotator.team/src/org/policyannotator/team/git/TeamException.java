package org.policyannotator.team.git;

/** A team operation that could not be done; the message names the corpus or remote and the problem. */
public final class TeamException extends Exception {
	private static final long serialVersionUID = 1L;

	private final boolean credentialsRefused;

	/** With a message for the user. */
	public TeamException(String message) {
		this(message, null, false);
	}

	/** With a message for the user and its cause. */
	public TeamException(String message, Throwable cause) {
		this(message, cause, false);
	}

	/**
	 * With a message for the user and its cause; {@code credentialsRefused} when the remote asked for a user name and
	 * password (or token) that were not given, or refused those given.
	 */
	public TeamException(String message, Throwable cause, boolean credentialsRefused) {
		super(message, cause);
		this.credentialsRefused = credentialsRefused;
	}

	/** Whether the remote wants other credentials: ask the user (again) and try again. */
	public boolean credentialsRefused() {
		return credentialsRefused;
	}
}
