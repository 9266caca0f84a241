package org.policyannotator.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place tests find their fixture files: {@code fixtures/<name>} relative to the working directory (the test
 * bundle's root). Adapt only this class when the tests run inside OSGi.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/** The path of fixture {@code name}, e.g. {@code "html/wire-service-article.html"}. */
	public static Path path(String name) {
		Path p = Path.of("fixtures").resolve(name).toAbsolutePath().normalize();
		if (!Files.exists(p)) {
			throw new IllegalStateException("fixture not found: " + p + " (run the tests from the test bundle's folder)");
		}
		return p;
	}

	/** The bytes of fixture {@code name}. */
	public static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(path(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
