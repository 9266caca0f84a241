package org.policyannotator.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

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

	/**
	 * A real PDF of {@code shared/conformance/} beside or above the checkout (kept outside the repository with its
	 * licence, e.g. {@code refi-qda/REFI-QDA-1-5.pdf}, MIT); a test that asks for it is skipped where it is missing,
	 * except under continuous integration ({@code CI=true}), where that fails, so the test cannot vanish silently.
	 */
	public static Path sharedConformance(String name) {
		Path relative = Path.of("shared", "conformance").resolve(name);
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(relative))) {
				return dir.resolve(relative);
			}
		}
		String missing = relative + " is not beside or above " + Path.of("").toAbsolutePath();
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true and " + missing);
		}
		Assumptions.abort("Skipped: " + missing);
		return null;
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
