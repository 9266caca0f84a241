package org.policyannotator.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.policyannotator.model.Document;

/** The real news articles of the app bundle's sample corpus, found from the test's working directory. */
public final class SampleTexts {
	private static final Path RELATIVE = Path.of("bundles", "org.policyannotator.app", "sample-corpus");

	private SampleTexts() {
	}

	/** The sample-corpus folder. */
	public static Path folder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve(RELATIVE))) {
				return dir.resolve(RELATIVE);
			}
		}
		throw new IllegalStateException("no " + RELATIVE + " above " + Path.of("").toAbsolutePath());
	}

	/** The text of the sample article whose file name starts with {@code prefix}, e.g. {@code "004"}. */
	public static String text(String prefix) {
		try (Stream<Path> files = Files.list(folder())) {
			Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
					.orElseThrow(() -> new IllegalStateException("no sample article " + prefix));
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The sample article {@code prefix} as a document with id {@code id}. */
	public static Document document(String id, String prefix) {
		return Document.of(id, "sample " + prefix, text(prefix));
	}
}
