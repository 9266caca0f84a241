package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Path;

/** A zip was refused: it is not a zip, or an entry is unsafe or too large. The message names the zip and the entry. */
public class UnsafeZipException extends IOException {
	private static final long serialVersionUID = 1L;

	/** A problem of {@code zip} as a whole. */
	public UnsafeZipException(Path zip, String problem) {
		super(zip + ": " + problem);
	}

	/** A problem of entry {@code entry} of {@code zip}. */
	public UnsafeZipException(Path zip, String entry, String problem) {
		super(zip + ": entry \"" + printable(entry) + "\": " + problem);
	}

	private static String printable(String name) {
		StringBuilder b = new StringBuilder();
		name.codePoints().limit(300).forEach(c -> {
			if (c < 0x20 || c == 0x7f) {
				b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
			} else {
				b.appendCodePoint(c);
			}
		});
		return b.toString();
	}
}
