package org.policyannotator.export;

import java.io.IOException;

/** An export or import failed; the message names the file (and line, for JSON Lines) and the problem. */
public class ExportException extends IOException {
	private static final long serialVersionUID = 1L;

	/** A failure with this message. */
	public ExportException(String message) {
		super(message);
	}

	/** A failure with this message, caused by {@code cause}. */
	public ExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
