package org.policyannotator.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place tests find files: {@code fixtures/} of this test bundle and the sample corpus of the app bundle,
 * both resolved against the working directory (the test bundle folder, also under OSGi).
 */
public final class Fixtures {
	private static final Path BUNDLE = Path.of("").toAbsolutePath();

	private Fixtures() {
	}

	/** {@code fixtures/<name>}. */
	public static Path path(String name) {
		Path path = BUNDLE.resolve("fixtures").resolve(name);
		if (!Files.exists(path)) {
			throw new IllegalStateException("missing fixture " + path + " (tests must run in the test bundle folder)");
		}
		return path;
	}

	/** Content of {@code fixtures/<name>} as UTF-8 text. */
	public static String read(String name) {
		try {
			return Files.readString(path(name), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The folder of the five real sample articles. */
	public static Path sampleCorpus() {
		Path path = BUNDLE.resolve("../../bundles/org.policyannotator.app/sample-corpus").normalize();
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("missing sample corpus " + path);
		}
		return path;
	}

	/** The sample article whose file name starts with {@code prefix} (e.g. {@code "003"}). */
	public static Path sampleArticle(String prefix) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(sampleCorpus(), prefix + "*.txt")) {
			for (Path file : files) {
				return file;
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		throw new IllegalStateException("no sample article " + prefix + "*.txt");
	}

	/** The text of a sample article. */
	public static String sampleText(String prefix) {
		try {
			return Files.readString(sampleArticle(prefix), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
