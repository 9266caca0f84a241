package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads a zip's entries for the tests. */
final class ExerciseWorkflowTestZips {
	private ExerciseWorkflowTestZips() {
	}

	static Map<String, byte[]> entries(Path zip) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry e : Collections.list(file.entries())) {
				entries.put(e.getName(), file.getInputStream(e).readAllBytes());
			}
		}
		return entries;
	}
}
