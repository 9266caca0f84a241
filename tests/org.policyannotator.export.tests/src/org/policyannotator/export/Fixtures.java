package org.policyannotator.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The one way tests reach files: {@code fixtures/<name>} of this test bundle (the working directory), the sample
 * articles of the app bundle, the dataset format documentation and the W3C test suite outside the repository,
 * found by walking up from the working directory (the suite also by the system property
 * {@code policyannotator.conformance}).
 */
public final class Fixtures {
	private static final Path SAMPLES = Path.of("bundles", "org.policyannotator.app", "sample-corpus");
	private static final Path SUITE = Path.of("shared", "conformance", "w3c-web-annotation-tests");
	private static final Path DATASET_DOCS = Path.of("docs", "dataset-format");
	private static final Path REFI_QDA = Path.of("shared", "conformance", "refi-qda");

	private Fixtures() {
	}

	/** {@code fixtures/<name>}. */
	public static Path file(String name) {
		Path file = Path.of("fixtures").resolve(name).toAbsolutePath();
		if (!Files.exists(file)) {
			throw new IllegalStateException("no fixture " + file + " (run the tests in the test bundle folder)");
		}
		return file;
	}

	/** The content of {@code fixtures/<name>} (UTF-8). */
	public static String text(String name) {
		try {
			return Files.readString(file(name), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The sample articles ({@code *.txt}) of the app bundle, sorted by name. */
	public static List<Path> sampleArticles() {
		Path folder = above(SAMPLES);
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code docs/dataset-format} of the repository: the JSON Schema and examples of our dataset format. */
	public static Path datasetFormatDocs() {
		return above(DATASET_DOCS);
	}

	/** Why the W3C suite's tests are skipped, and where the suite goes. */
	public static final String W3C_SUITE_MISSING = "the W3C Web Annotation test suite is not here: put it "
			+ "(github w3c/web-annotation-tests) in " + SUITE + " beside or above the checkout, or name its folder with "
			+ "-Dpolicyannotator.conformance=<dir>";

	/**
	 * The W3C Web Annotation test suite, used as it is. It lives outside the repository ({@code shared/} beside the
	 * checkout): where it is missing the calling tests are skipped with {@link #W3C_SUITE_MISSING}, except under
	 * continuous integration ({@code CI=true}), where a missing suite fails the run, so that these tests can never
	 * vanish silently.
	 */
	public static Optional<Path> w3cSuiteIfPresent() {
		String property = System.getProperty("policyannotator.conformance");
		if (property != null && !property.isBlank()) {
			return Optional.of(Path.of(property).toAbsolutePath());
		}
		Optional<Path> suite = find(SUITE);
		if (suite.isEmpty()) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true and " + W3C_SUITE_MISSING);
			}
			System.err.println("[WARNING] W3C conformance tests skipped: " + W3C_SUITE_MISSING);
		}
		return suite;
	}

	/** The W3C suite; a test that calls this without it is skipped (see {@link #w3cSuiteIfPresent()}). */
	public static Path w3cSuite() {
		return w3cSuiteIfPresent().orElseGet(() -> {
			Assumptions.abort("Skipped: " + W3C_SUITE_MISSING);
			return null;
		});
	}

	/**
	 * The REFI-QDA Project schema ({@code shared/conformance/refi-qda/Project-mrt2019.xsd} beside or above the
	 * checkout), used as it is; skipped where missing, except under {@code CI=true}, like {@link #w3cSuite()}.
	 */
	public static Path refiQdaProjectSchema() {
		Optional<Path> folder = find(REFI_QDA);
		String missing = "the REFI-QDA schema is not here: put Project-mrt2019.xsd in " + REFI_QDA
				+ " beside or above the checkout";
		if (folder.isEmpty()) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true and " + missing);
			}
			Assumptions.abort("Skipped: " + missing);
		}
		return folder.get().resolve("Project-mrt2019.xsd");
	}

	private static Path above(Path relative) {
		return find(relative).orElseThrow(
				() -> new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath()));
	}

	private static Optional<Path> find(Path relative) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve(relative))) {
				return Optional.of(dir.resolve(relative));
			}
		}
		return Optional.empty();
	}
}
