package org.policyannotator.model.schema;

import java.util.regex.Pattern;

/** Rules for ids inside a schema (tag types, attributes, relation types). */
final class SchemaNames {
	private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private SchemaNames() {
	}

	static String requireId(String id, String what) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					what + " \"" + id + "\" is not valid: use a letter then letters, digits, '_' or '-'");
		}
		return id;
	}

	static boolean isColour(String colour) {
		return colour != null && COLOUR.matcher(colour).matches();
	}
}
