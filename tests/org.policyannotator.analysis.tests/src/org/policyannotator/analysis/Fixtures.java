package org.policyannotator.analysis;

import java.nio.file.Files;
import java.nio.file.Path;

/** The one place tests find fixture files: {@code fixtures/<name>} below the test bundle's working directory. */
public final class Fixtures {
	private Fixtures() {
	}

	/** The path of fixture {@code name}; fails when it does not exist, so a wrong working directory is obvious. */
	public static Path path(String name) {
		Path path = Path.of("fixtures", name).toAbsolutePath();
		if (!Files.isRegularFile(path)) {
			throw new IllegalStateException("fixture not found: " + path + " (run the tests in the test bundle folder)");
		}
		return path;
	}
}
