package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Path;

/** An exercise package, submission or reference cannot be used; the message names the file and the problem. */
public class ExerciseException extends IOException {
	private static final long serialVersionUID = 1L;

	/** A problem with {@code file}. */
	public ExerciseException(Path file, String problem) {
		super(file + ": " + problem);
	}

	/** A problem with {@code file} caused by {@code cause}. */
	public ExerciseException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
	}
}
