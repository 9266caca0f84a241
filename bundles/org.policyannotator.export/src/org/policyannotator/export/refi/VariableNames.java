package org.policyannotator.export.refi;

/** Document variable names for the variable names of a REFI project, which may hold any characters. */
final class VariableNames {
	private VariableNames() {
	}

	/**
	 * A valid variable name for {@code name}: characters other than letters, digits, '_', '.' and '-' become '_', a
	 * name that does not start with a letter gets a leading {@code v}, at most 64 characters ({@code Country of
	 * origin} gives {@code Country_of_origin}, {@code 2024 vote} gives {@code v2024_vote}).
	 */
	static String of(String name) {
		StringBuilder b = new StringBuilder();
		for (char c : name.strip().toCharArray()) {
			boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
					|| c == '.' || c == '-';
			b.append(plain ? c : '_');
		}
		String valid = b.isEmpty() || !Character.isLetter(b.charAt(0)) || b.charAt(0) > 'z' ? "v" + b : b.toString();
		return valid.length() > 64 ? valid.substring(0, 64) : valid;
	}
}
