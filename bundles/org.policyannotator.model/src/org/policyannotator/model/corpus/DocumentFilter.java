package org.policyannotator.model.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Selects documents by their variables, as a user writes it on the command line: conditions separated by commas,
 * all of which must hold. {@code country=KR} (equal, ignoring case), {@code country=KR|CN} (one of),
 * {@code party!=DP} (missing or other), {@code party} (has the variable), {@code !party} (has not). The name
 * {@value #CODE} stands for the document-level codes ({@link DocumentCodes}, any annotator's), a code counting
 * for its ancestors too: {@code doc-code=economy} selects the documents coded "economy" or one of its subcodes,
 * {@code doc-code} those with any document code, {@code !doc-code} those without.
 */
public final class DocumentFilter {
	private static final Pattern CONDITION = Pattern.compile("\\s*(!?)([A-Za-z][A-Za-z0-9_.-]*)\\s*(?:(!?=)(.*))?");

	/** The name that stands for the document-level codes in a condition. */
	public static final String CODE = "doc-code";

	private record Condition(String name, boolean negated, boolean present, Set<String> values) {
		boolean accepts(Map<String, String> variables, Set<String> codes) {
			if (name.equals(CODE)) {
				if (values.isEmpty()) {
					return !codes.isEmpty() == present;
				}
				boolean in = codes.stream().anyMatch(c -> values.contains(c.toLowerCase(java.util.Locale.ROOT)));
				return in != negated;
			}
			String value = variables.get(name);
			if (values.isEmpty()) {
				return (value != null) == present;
			}
			boolean in = value != null && values.contains(value.toLowerCase(java.util.Locale.ROOT));
			return in != negated;
		}
	}

	/** Accepts every document. */
	public static final DocumentFilter ALL = new DocumentFilter(List.of(), "");

	private final List<Condition> conditions;
	private final String text;

	private DocumentFilter(List<Condition> conditions, String text) {
		this.conditions = conditions;
		this.text = text;
	}

	/**
	 * Reads a filter.
	 *
	 * @throws IllegalArgumentException saying which condition is not understood
	 */
	public static DocumentFilter parse(String text) {
		List<Condition> conditions = new ArrayList<>();
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher m = CONDITION.matcher(part);
			if (!m.matches() || (m.group(1).equals("!") && m.group(3) != null)) {
				throw new IllegalArgumentException("\"" + part.strip() + "\" is not a condition: write name=value, "
						+ "name=a|b, name!=value, name or !name (" + CODE + "=code for the document-level codes)");
			}
			if (m.group(3) == null) {
				conditions.add(new Condition(m.group(2), false, m.group(1).isEmpty(), Set.of()));
				continue;
			}
			Set<String> values = new java.util.HashSet<>();
			for (String value : m.group(4).split("\\|")) {
				if (!value.isBlank()) {
					values.add(value.strip().toLowerCase(java.util.Locale.ROOT));
				}
			}
			if (values.isEmpty()) {
				throw new IllegalArgumentException("\"" + part.strip() + "\" has no value after " + m.group(3));
			}
			conditions.add(new Condition(m.group(2), m.group(3).equals("!="), true, Set.copyOf(values)));
		}
		return new DocumentFilter(List.copyOf(conditions), text.strip());
	}

	/** Whether a document with these variables (and no document codes) is selected. */
	public boolean accepts(Map<String, String> variables) {
		return accepts(variables, Set.of());
	}

	/**
	 * Whether a document with these variables and these document codes (with their ancestors, see
	 * {@link DocumentCodes#withAncestors}) is selected.
	 */
	public boolean accepts(Map<String, String> variables, Set<String> codes) {
		return conditions.stream().allMatch(c -> c.accepts(variables, codes));
	}

	/** Whether a condition is on the document-level codes. */
	public boolean usesCodes() {
		return conditions.stream().anyMatch(c -> c.name().equals(CODE));
	}

	/** Whether it selects every document. */
	public boolean isAll() {
		return conditions.isEmpty();
	}

	@Override
	public String toString() {
		return text;
	}
}
