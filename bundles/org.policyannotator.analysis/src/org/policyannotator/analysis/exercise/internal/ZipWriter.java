package org.policyannotator.analysis.exercise.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.policyannotator.model.internal.io.AtomicFiles;

/**
 * Writes a zip with the corpus's atomic writing (temporary file flushed to disk, then renamed) with entries in name
 * order and a fixed time stamp, so that the same content gives the same bytes.
 */
public final class ZipWriter {
	private static final FileTime FIXED = FileTime.fromMillis(315_532_800_000L + 86_400_000L);

	private ZipWriter() {
	}

	/** Writes {@code entries} (name with {@code /} to content) to {@code zip}. */
	public static void write(Path zip, Map<String, byte[]> entries) throws IOException {
		AtomicFiles.write(zip, file -> {
			ZipOutputStream out = new ZipOutputStream(file);
			for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
				ZipEntry entry = new ZipEntry(e.getKey());
				entry.setLastModifiedTime(FIXED);
				out.putNextEntry(entry);
				out.write(e.getValue());
				out.closeEntry();
			}
			out.finish();
			out.flush();
		}, true);
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
