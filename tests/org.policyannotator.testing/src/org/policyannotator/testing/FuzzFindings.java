package org.policyannotator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;

/** Where a fuzz test keeps an input that broke a reader: {@code target/fuzz-findings/}, named in the failure. */
public final class FuzzFindings {
	private static final Path FOLDER = Path.of("target", "fuzz-findings");

	private FuzzFindings() {
	}

	/** Saves {@code input} and fails the test, saying where it is and what went wrong. */
	public static void fail(String name, int index, byte[] input, String problem, Throwable cause) {
		Path saved = FOLDER.resolve(name.replace(' ', '-') + "-" + index + ".bin");
		try {
			Files.createDirectories(FOLDER);
			Files.write(saved, input);
		} catch (IOException ignored) {
			// the failure below still says what went wrong
		}
		Assertions.fail(name + " input " + index + " (saved in " + saved.toAbsolutePath() + "): " + problem
				+ (cause == null ? "" : ": " + cause), cause);
	}
}
