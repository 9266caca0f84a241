package org.policyannotator.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What an importer knew about a document besides its title, source, date and language.
 *
 * @param byline     the author or authors as the source names them, e.g. {@code "Jane Doe, John Roe"} ("" if unknown)
 * @param siteName   the publication or site, e.g. {@code "The Daily Planet"} ("" if unknown)
 * @param pageStarts for a paged source (a PDF): the UTF-16 offset in the text where each page starts, page 1 first,
 *                   never decreasing (a page without text starts where the next one does); empty for texts without
 *                   pages
 * @param variables  the document's variables for analysis, by name, e.g. {@code country=KR}, {@code party=DP},
 *                   {@code type=speech}: what researchers filter and compare documents by (sorted by name)
 */
public record DocumentDetails(String byline, String siteName, List<Integer> pageStarts,
		SortedMap<String, String> variables) {
	/** Nothing known. */
	public static final DocumentDetails NONE = new DocumentDetails("", "", List.of());

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

	/** Details without variables. */
	public DocumentDetails(String byline, String siteName, List<Integer> pageStarts) {
		this(byline, siteName, pageStarts, new TreeMap<>());
	}

	/**
	 * Checks that no component is null, that page starts never decrease and are not negative, and that variable
	 * names are names ({@link #checkVariable}) with one-line values that are not empty; copies the collections.
	 */
	public DocumentDetails {
		Strings.requireNonNull(byline, "byline");
		Strings.requireNonNull(siteName, "siteName");
		if (pageStarts == null || variables == null) {
			throw new IllegalArgumentException("pageStarts and variables must not be null (use empty ones for none)");
		}
		variables.forEach(DocumentDetails::checkVariable);
		variables = Collections.unmodifiableSortedMap(new TreeMap<>(variables));
		pageStarts = List.copyOf(pageStarts);
		int previous = 0;
		for (int start : pageStarts) {
			if (start < previous) {
				throw new IllegalArgumentException("page starts must not be negative or decrease: " + pageStarts);
			}
			previous = start;
		}
	}

	/**
	 * Checks a variable: a name of letters, digits, '_', '.' or '-' starting with a letter (at most 64), and a
	 * value on one line that is not blank.
	 *
	 * @throws IllegalArgumentException saying what is wrong
	 */
	public static void checkVariable(String name, String value) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("variable name \"" + name + "\" is not valid: use a letter, then "
					+ "letters, digits, '_', '.' or '-' (at most 64)");
		}
		if (value == null || value.isBlank() || value.contains("\n") || value.contains("\r")) {
			throw new IllegalArgumentException("variable " + name + ": the value must be one line of text, not empty");
		}
	}

	/** A copy without page starts (for a changed text they no longer fit). */
	public DocumentDetails withoutPages() {
		return pageStarts.isEmpty() ? this : new DocumentDetails(byline, siteName, List.of(), variables);
	}

	/**
	 * A copy with variables changed: each entry of {@code changes} sets a variable, or removes it when its value is
	 * empty; values are stripped.
	 */
	public DocumentDetails withVariables(Map<String, String> changes) {
		TreeMap<String, String> next = new TreeMap<>(variables);
		changes.forEach((name, value) -> {
			if (value == null || value.isBlank()) {
				next.remove(name);
			} else {
				next.put(name, value.strip());
			}
		});
		return new DocumentDetails(byline, siteName, pageStarts, next);
	}

	/** Whether nothing is known. */
	public boolean isEmpty() {
		return byline.isEmpty() && siteName.isEmpty() && pageStarts.isEmpty() && variables.isEmpty();
	}
}
