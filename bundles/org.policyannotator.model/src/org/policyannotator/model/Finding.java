package org.policyannotator.model;

/**
 * One problem found by a check: how bad, where (file relative to the corpus, and the annotation or element id), and
 * what.
 *
 * @param severity error or warning
 * @param file     file the problem is in, relative to the corpus folder (empty if not about a file)
 * @param element  id of the annotation, relation, tag type... concerned (empty if about the whole file)
 * @param message  what is wrong, for an analyst
 */
public record Finding(Severity severity, String file, String element, String message) {

	/** Rejects nulls. */
	public Finding {
		if (severity == null) {
			throw new IllegalArgumentException("severity must not be null");
		}
		Strings.requireNonNull(file, "file");
		Strings.requireNonNull(element, "element");
		Strings.requireNonNull(message, "message");
	}

	/** An error. */
	public static Finding error(String file, String element, String message) {
		return new Finding(Severity.ERROR, file, element, message);
	}

	/** A warning. */
	public static Finding warning(String file, String element, String message) {
		return new Finding(Severity.WARNING, file, element, message);
	}

	/** Whether this is an error. */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** The same finding placed in another file. */
	public Finding inFile(String newFile) {
		return new Finding(severity, newFile, element, message);
	}

	/** E.g. {@code error: annotations/ana/doc-1.json: a12: quote does not match the text}. */
	@Override
	public String toString() {
		StringBuilder b = new StringBuilder(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ");
		if (!file.isEmpty()) {
			b.append(file).append(": ");
		}
		if (!element.isEmpty()) {
			b.append(element).append(": ");
		}
		return b.append(message).toString();
	}
}
