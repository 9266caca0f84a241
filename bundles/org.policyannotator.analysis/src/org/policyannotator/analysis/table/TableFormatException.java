package org.policyannotator.analysis.table;

import java.nio.file.Path;

/** A table file that cannot be used; the message names the file and, where there is one, the line. */
public class TableFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;

	/**
	 * @param file    the file
	 * @param line    1-based line number, or 0 when the problem is not on one line
	 * @param problem what is wrong, e.g. {@code row has 3 cells, the header has 4}
	 */
	public TableFormatException(Path file, int line, String problem) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem);
		this.file = file;
		this.line = line;
	}

	/** The file the problem is in. */
	public Path file() {
		return file;
	}

	/** The 1-based line of the problem, or 0 when it is not on one line. */
	public int line() {
		return line;
	}
}
