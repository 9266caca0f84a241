package org.policyannotator.model.corpus;

import java.nio.file.Path;

/** Thrown when another process is writing the same annotation set at this moment. */
public class SetLockedException extends CorpusException {
	private static final long serialVersionUID = 1L;

	/** The set file that is locked. */
	public SetLockedException(Path file) {
		super(file, "is being written by another process right now; try again");
	}
}
