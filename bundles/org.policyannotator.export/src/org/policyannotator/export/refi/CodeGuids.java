package org.policyannotator.export.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The REFI-QDA guid of a code: derived from the code's id, so that exporting the same codebook twice gives the same
 * guids and a codebook that comes back from another tool (which keeps guids, as the standard asks) finds its codes
 * again even when they were renamed there.
 */
final class CodeGuids {
	private static final String PREFIX = "policyannotator:code:";

	private CodeGuids() {
	}

	/** The guid of the code with this id, upper case as the standard's examples write it. */
	static String of(String codeId) {
		return UUID.nameUUIDFromBytes((PREFIX + codeId).getBytes(StandardCharsets.UTF_8)).toString()
				.toUpperCase(Locale.ROOT);
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
