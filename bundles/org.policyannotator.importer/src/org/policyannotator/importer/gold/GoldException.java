package org.policyannotator.importer.gold;

/** A gold set that cannot be read; the message names the file and the problem. */
public final class GoldException extends Exception {
	private static final long serialVersionUID = 1L;

	/** With a message that names the file. */
	public GoldException(String message) {
		super(message);
	}
}
