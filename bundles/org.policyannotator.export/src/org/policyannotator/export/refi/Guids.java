package org.policyannotator.export.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * REFI-QDA guids of what this program writes, derived from ids (name-based UUIDs). A code's guid comes from its id, so that exporting the same codebook twice gives the same
 * guids and a codebook that comes back from another tool (which keeps guids, as the standard asks) finds its codes
 * again even when they were renamed there.
 */
final class Guids {
	private static final String PREFIX = "policyannotator:";
	private static final Pattern GUID = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private Guids() {
	}

	/** The guid of the code with this id, upper case as the standard's examples write it. */
	static String of(String codeId) {
		return named("code", codeId);
	}

	/** The guid of something of this kind (user, document, selection, ...) with this key. */
	static String named(String kind, String key) {
		return UUID.nameUUIDFromBytes((PREFIX + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString()
				.toUpperCase(Locale.ROOT);
	}

	/** Whether {@code text} is a guid ({@code 8-4-4-4-12} hexadecimal digits, any case). */
	static boolean isGuid(String text) {
		return GUID.matcher(text).matches();
	}

	/** A guid as written in a file ({@code {...}} braces allowed, any case), in the form {@link #of} gives. */
	static String normal(String guid) {
		String g = guid.strip();
		if (g.startsWith("{") && g.endsWith("}")) {
			g = g.substring(1, g.length() - 1);
		}
		return g.toUpperCase(Locale.ROOT);
	}
}
