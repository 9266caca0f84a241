package org.policyannotator.model.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** A corpus file could not be read or written; the message names the file and the problem. */
public class CorpusException extends IOException {
	private static final long serialVersionUID = 1L;
	private final transient Path file;

	/** A problem with {@code file}. */
	public CorpusException(Path file, String problem) {
		super(file + ": " + problem);
		this.file = file;
	}

	/** A problem with {@code file} caused by {@code cause}. */
	public CorpusException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	/** The file concerned. */
	public Path file() {
		return file;
	}
}
