package org.policyannotator.export.importing;

import java.util.List;

import org.policyannotator.export.ExportException;

/**
 * The file could not be imported; nothing was written to the corpus. {@link #problems()} lists the problems (the
 * first thousand, then how many more there were), each naming the file (and line for JSON Lines).
 */
public class ImportException extends ExportException {
	private static final long serialVersionUID = 1L;
	private static final int SHOWN = 20;
	private final transient List<String> problems;

	/** A failed import with these problems (at least one). */
	public ImportException(List<String> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found. */
	public List<String> problems() {
		return problems;
	}

	private static String summary(List<String> problems) {
		StringBuilder b = new StringBuilder();
		b.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
				.append(", nothing was imported:");
		for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
			b.append("\n  ").append(problems.get(i));
		}
		if (problems.size() > SHOWN) {
			b.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
		}
		return b.toString();
	}
}
