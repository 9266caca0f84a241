package org.policyannotator.export;

import java.io.IOException;

/** The user cancelled an export; no output was left under the target name. */
public class ExportCancelledException extends IOException {
	private static final long serialVersionUID = 1L;

	/** Cancelled after {@code done} documents. */
	public ExportCancelledException(int done) {
		super("export cancelled after " + done + " documents");
	}
}
