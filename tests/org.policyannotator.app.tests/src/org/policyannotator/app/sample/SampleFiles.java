package org.policyannotator.app.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The shipped sample-corpus folder of the app bundle, found from the test's working directory. */
public final class SampleFiles {
	private static final Path RELATIVE = Path.of("bundles", "org.policyannotator.app", "sample-corpus");

	private SampleFiles() {
	}

	public static Path folder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve(RELATIVE))) {
				return dir.resolve(RELATIVE);
			}
		}
		throw new IllegalStateException("no " + RELATIVE + " above " + Path.of("").toAbsolutePath());
	}

	/** The shipped article whose file name starts with {@code prefix + "_"}, as a document with id {@code id}. */
	public static org.policyannotator.model.Document document(String id, String prefix) {
		Map<String, String> files = contents();
		String name = files.keySet().stream().filter(n -> n.startsWith(prefix + "_")).findFirst().orElseThrow();
		return org.policyannotator.model.Document.of(id, name, files.get(name));
	}

	/** File name to UTF-8 content, as the installer hands them to {@link SampleCorpus#create}. */
	public static Map<String, String> contents() {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.list(folder())) {
			for (Path path : paths.toList()) {
				files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}
}
