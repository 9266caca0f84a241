package org.policyannotator.suggest.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a gold standard folder: {@code <id>.txt} (the text, UTF-8) with {@code <id>.tsv} (its annotations). Format
 * of a line: type TAB exact text [TAB key=value; key=value]; the span is the first occurrence of the text at or after
 * the start of the previous line's span that overlaps no earlier annotation of its type ({@code \n} in it stands
 * for a line break, for spans over several paragraphs); {@code #} starts a comment. See the GUIDELINES.md of the gold folder.
 */
public final class GoldReader {

	private GoldReader() {
	}

	/** Every document of the folder, ordered by id. */
	public static List<GoldDocument> read(Path folder) throws GoldException {
		if (!Files.isDirectory(folder)) {
			throw new GoldException(folder + ": not a folder");
		}
		List<Path> tsvs;
		try (Stream<Path> files = Files.list(folder)) {
			tsvs = files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
		} catch (IOException e) {
			throw new GoldException(folder + ": cannot list: " + e.getMessage());
		}
		if (tsvs.isEmpty()) {
			throw new GoldException(folder + ": no <id>.tsv gold files");
		}
		List<GoldDocument> documents = new ArrayList<>();
		for (Path tsv : tsvs) {
			documents.add(readOne(tsv));
		}
		return documents;
	}

	private static GoldDocument readOne(Path tsv) throws GoldException {
		String name = tsv.getFileName().toString();
		String id = name.substring(0, name.length() - 4);
		Path txt = tsv.resolveSibling(id + ".txt");
		String text;
		List<String> lines;
		try {
			text = Files.readString(txt, StandardCharsets.UTF_8);
			lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new GoldException(tsv + ": cannot read it or " + txt.getFileName() + ": " + e.getMessage());
		}
		List<GoldDocument.Gold> annotations = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			if (f.length < 2 || f[1].isEmpty()) {
				throw new GoldException(tsv + ": line " + (i + 1) + ": needs a type and a text separated by a tab");
			}
			String type = f[0].strip();
			f[1] = f[1].replace("\\n", "\n"); // a span over several paragraphs
			int start = text.indexOf(f[1], from);
			while (start >= 0 && overlapsSameType(annotations, type, start, start + f[1].length())) {
				start = text.indexOf(f[1], start + 1);
			}
			if (start < 0) {
				throw new GoldException(tsv + ": line " + (i + 1) + ": text not found in " + txt.getFileName()
						+ " after offset " + from + ": " + f[1]);
			}
			annotations.add(new GoldDocument.Gold(type, start, start + f[1].length(),
					attributes(f.length > 2 ? f[2] : "")));
			from = start;
		}
		return new GoldDocument(id, text, annotations);
	}

	private static boolean overlapsSameType(List<GoldDocument.Gold> annotations, String type, int start, int end) {
		return annotations.stream().anyMatch(g -> g.type().equals(type) && g.start() < end && start < g.end());
	}

	private static Map<String, String> attributes(String field) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (String pair : field.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				attributes.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
			}
		}
		return attributes;
	}
}
