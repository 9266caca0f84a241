package org.policyannotator.importer;

/**
 * A file could not be imported. The message names the file and the problem in words a user understands, e.g.
 * {@code "page.html: the file is empty"}.
 */
public final class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String source;
	private final ImportProblem problem;

	/**
	 * @param source  the file name or path as the user knows it
	 * @param problem the kind of problem
	 * @param detail  what exactly is wrong, without the file name
	 */
	public ImportException(String source, ImportProblem problem, String detail) {
		this(source, problem, detail, null);
	}

	/** Like {@link #ImportException(String, ImportProblem, String)}, with the underlying cause. */
	public ImportException(String source, ImportProblem problem, String detail, Throwable cause) {
		super(source + ": " + detail, cause);
		this.source = source;
		this.problem = problem;
	}

	/** The file name or path the problem belongs to. */
	public String source() {
		return source;
	}

	/** The kind of problem. */
	public ImportProblem problem() {
		return problem;
	}
}
