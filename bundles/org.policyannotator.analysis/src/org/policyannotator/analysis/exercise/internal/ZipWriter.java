package org.policyannotator.analysis.exercise.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip atomically (a temporary file next to the target, then a rename) with entries in name order and a
 * fixed time stamp, so that the same content gives the same bytes.
 */
public final class ZipWriter {
	private static final FileTime FIXED = FileTime.fromMillis(315_532_800_000L + 86_400_000L);

	private ZipWriter() {
	}

	/** Writes {@code entries} (name with {@code /} to content) to {@code zip}. */
	public static void write(Path zip, Map<String, byte[]> entries) throws IOException {
		Path parent = zip.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temp = Files.createTempFile(parent, "." + zip.getFileName(), ".part");
		try {
			try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
				for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
					ZipEntry entry = new ZipEntry(e.getKey());
					entry.setLastModifiedTime(FIXED);
					out.putNextEntry(entry);
					out.write(e.getValue());
					out.closeEntry();
				}
			}
			Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Every regular file under {@code folder}, by relative name with {@code /}. */
	public static Map<String, byte[]> filesUnder(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
					.toList()) {
				files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		return files;
	}
}
