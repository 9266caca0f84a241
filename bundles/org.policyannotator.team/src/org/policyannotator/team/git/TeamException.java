package org.policyannotator.team.git;

/** A team operation that could not be done; the message names the corpus or remote and the problem. */
public final class TeamException extends Exception {
	private static final long serialVersionUID = 1L;

	/** With a message for the user. */
	public TeamException(String message) {
		super(message);
	}

	/** With a message for the user and its cause. */
	public TeamException(String message, Throwable cause) {
		super(message, cause);
	}
}
