package org.policyannotator.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal brat {@code .ann} reader for tests: reads fragments with code point offsets, as brat does. */
final class BratFile {
	private final Map<String, String> entities = new LinkedHashMap<>();
	private final List<String[]> relations = new ArrayList<>();

	static BratFile read(Path ann, String text) throws IOException {
		BratFile file = new BratFile();
		int[] codePoints = text.codePoints().toArray();
		for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t");
			if (line.startsWith("T")) {
				String[] typeAndRanges = fields[1].split(" ", 2);
				StringBuilder b = new StringBuilder(typeAndRanges[0]);
				List<String> pieces = new ArrayList<>();
				for (String range : typeAndRanges[1].split(";")) {
					String[] se = range.split(" ");
					int start = Integer.parseInt(se[0]);
					int end = Integer.parseInt(se[1]);
					String piece = new String(codePoints, start, end - start);
					pieces.add(piece);
					b.append(" | ").append(piece);
				}
				if (!String.join(" ", pieces).equals(fields[2])) {
					throw new AssertionError("text field " + fields[2] + " differs from the fragments " + pieces);
				}
				file.entities.put(fields[0], b.toString());
			} else if (line.startsWith("R")) {
				String[] parts = fields[1].split(" ");
				file.relations.add(new String[] { parts[0], parts[1].substring(5), parts[2].substring(5) });
			}
		}
		return file;
	}

	/** Each entity as {@code type | piece | piece}, in file order. */
	List<String> entities() {
		return List.copyOf(entities.values());
	}

	/** Each relation as {@code type from to}, with T ids mapped to the annotation ids in file order. */
	List<String> relations(List<String> annotationIds) {
		List<String> ids = List.copyOf(entities.keySet());
		List<String> result = new ArrayList<>();
		for (String[] r : relations) {
			result.add(r[0] + " " + annotationIds.get(ids.indexOf(r[1])) + " " + annotationIds.get(ids.indexOf(r[2])));
		}
		return result;
	}
}
