package org.policyannotator.export.refi;

import java.util.ArrayList;
import java.util.List;

/**
 * A code's guideline as one REFI-QDA {@code <Description>}: the description, then, after an empty line, what has no
 * field of its own in the standard, one labelled line each ({@code Code number: 105}, {@code Include: ...},
 * {@code Exclude: ...}, {@code Example: ...}), readable in any tool and read back here.
 */
final class CodeDescription {
	static final String NUMBER = "Code number: ";
	static final String INCLUDE = "Include: ";
	static final String EXCLUDE = "Exclude: ";
	static final String EXAMPLE = "Example: ";

	/** The parts of a description read back. */
	record Parts(String description, String number, String inclusion, String exclusion, List<String> examples) {
	}

	private CodeDescription() {
	}

	static String compose(String description, String number, String inclusion, String exclusion,
			List<String> examples) {
		List<String> lines = new ArrayList<>();
		line(lines, NUMBER, number);
		line(lines, INCLUDE, inclusion);
		line(lines, EXCLUDE, exclusion);
		examples.forEach(e -> line(lines, EXAMPLE, e));
		if (lines.isEmpty()) {
			return description;
		}
		String rules = String.join("\n", lines);
		return description.isBlank() ? rules : description.strip() + "\n\n" + rules;
	}

	private static void line(List<String> lines, String label, String value) {
		if (!value.isBlank()) {
			lines.add(label + value.strip().replaceAll("\\s*\\R\\s*", " "));
		}
	}

	/** Splits a description written by {@link #compose} (or by hand in that shape); other text stays whole. */
	static Parts parse(String text) {
		String[] lines = text.strip().split("\\R", -1);
		int first = lines.length;
		while (first > 0 && isRule(lines[first - 1])) {
			first--;
		}
		if (first == lines.length || (first > 0 && !lines[first - 1].isBlank())) {
			return new Parts(text.strip(), "", "", "", List.of());
		}
		String number = "";
		String inclusion = "";
		String exclusion = "";
		List<String> examples = new ArrayList<>();
		for (int i = first; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.startsWith(NUMBER)) {
				number = value(line, NUMBER);
			} else if (line.startsWith(INCLUDE)) {
				inclusion = value(line, INCLUDE);
			} else if (line.startsWith(EXCLUDE)) {
				exclusion = value(line, EXCLUDE);
			} else {
				examples.add(value(line, EXAMPLE));
			}
		}
		String description = String.join("\n", List.of(lines).subList(0, first)).strip();
		return new Parts(description, number, inclusion, exclusion, examples);
	}

	private static boolean isRule(String line) {
		String l = line.strip();
		return l.startsWith(NUMBER) || l.startsWith(INCLUDE) || l.startsWith(EXCLUDE) || l.startsWith(EXAMPLE);
	}

	private static String value(String line, String label) {
		return line.substring(label.length()).strip();
	}
}
