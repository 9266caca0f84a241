package org.policyannotator.suggest.gold;

/** A gold standard folder that cannot be read; the message names the file and line. */
public final class GoldException extends Exception {
	private static final long serialVersionUID = 1L;

	/** An exception with a message for the user. */
	public GoldException(String message) {
		super(message);
	}
}
