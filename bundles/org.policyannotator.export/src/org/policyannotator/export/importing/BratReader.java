package org.policyannotator.export.importing;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Relation;

/**
 * Reads brat standoff: one {@code .ann} file with its {@code .txt} beside it, or a folder of them (our brat export:
 * {@code <annotator>/<doc>.ann}; the subfolder names the annotator, the file name the document). {@code T} lines
 * become annotations (fragments in code points; fragments separated only by a line break are one span again, as
 * brat cannot hold a line break in a fragment), {@code R} lines relations ({@code Arg1} = from, {@code Arg2} = to),
 * {@code A} lines attributes (a binary one is {@code true}; {@code suggested} marks a suggestion),
 * {@code AnnotatorNotes} the note, or attributes when it reads {@code name=value; ...}. Events ({@code E}),
 * normalisations ({@code N}), equivalences ({@code *}) and what is attached to them have no place in our model and
 * are skipped; any other line is reported as a problem.
 */
final class BratReader {
	private BratReader() {
	}

	private static final class Region {
		final String id;
		final String type;
		final List<RawSpan> spans = new ArrayList<>();
		final Map<String, String> attributes = new LinkedHashMap<>();
		AnnotationStatus status = AnnotationStatus.ACCEPTED;
		String note = "";
		final String where;

		Region(String id, String type, String where) {
			this.id = id;
			this.type = type;
			this.where = where;
		}
	}

	/** Whether {@code path} is brat: an {@code .ann} file or a folder holding some. */
	static boolean isBrat(Path path) throws IOException {
		if (Files.isRegularFile(path)) {
			return path.getFileName().toString().endsWith(".ann");
		}
		if (!Files.isDirectory(path)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(path, 2)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(".ann"));
		}
	}

	static List<RawSet> read(Path path, Instant now, List<String> problems) throws IOException {
		List<Path> anns = new ArrayList<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.walk(path, 2)) {
				files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().forEach(anns::add);
			}
		} else {
			anns.add(path);
		}
		List<RawSet> sets = new ArrayList<>();
		for (Path ann : anns) {
			String annotator = Files.isDirectory(path) && !ann.getParent().equals(path)
					? ann.getParent().getFileName().toString() : "";
			String name = ann.getFileName().toString();
			Path txt = ann.resolveSibling(name.substring(0, name.length() - 4) + ".txt");
			if (!Files.isRegularFile(txt)) {
				problems.add(ann + ": its text " + txt.getFileName() + " is not beside it");
				continue;
			}
			String text;
			List<String> lines;
			try {
				text = Files.readString(txt, StandardCharsets.UTF_8);
				lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
			} catch (CharacterCodingException e) {
				problems.add(ann + ": it or its text is not UTF-8");
				continue;
			}
			sets.add(file(ann, lines, text, annotator, name.substring(0, name.length() - 4), now, problems));
		}
		return sets;
	}

	private static RawSet file(Path ann, List<String> lines, String text, String annotator, String document,
			Instant now, List<String> problems) {
		Map<String, Region> regions = new LinkedHashMap<>();
		List<String[]> rest = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String where = ann + ": line " + (i + 1);
			if (line.isBlank()) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			if (line.startsWith("T")) {
				textBound(columns, text, where, problems).ifPresent(r -> regions.put(r.id, r));
			} else {
				rest.add(new String[] { line, where });
			}
		}
		List<Relation> relations = new ArrayList<>();
		for (String[] item : rest) {
			String line = item[0];
			String where = item[1];
			String[] columns = line.split("\t", -1);
			String[] fields = columns.length > 1 ? columns[1].split(" ") : new String[0];
			if (line.startsWith("R") && fields.length == 3 && fields[1].startsWith("Arg1:")
					&& fields[2].startsWith("Arg2:")) {
				String from = fields[1].substring(5);
				String to = fields[2].substring(5);
				if (!regions.containsKey(from) || !regions.containsKey(to)) {
					problems.add(where + ": relation " + columns[0] + " links an annotation that is not in the file");
					continue;
				}
				Relations.add(relations, columns[0], fields[0], from, to, where + ": relation " + columns[0], problems);
			} else if (line.startsWith("A") && (fields.length == 2 || fields.length == 3)) {
				Region region = regions.get(fields[1]);
				if (region == null && !fields[1].startsWith("T")) {
					continue;
				} else if (region == null) {
					problems.add(where + ": attribute of " + fields[1] + ", which is not in the file");
				} else if (fields[0].equals("suggested") && fields.length == 2) {
					region.status = AnnotationStatus.SUGGESTED;
				} else {
					region.attributes.put(fields[0], fields.length == 3 ? fields[2] : "true");
				}
			} else if (line.startsWith("#") && fields.length == 2 && fields[0].equals("AnnotatorNotes")) {
				Region region = regions.get(fields[1]);
				if (region != null && columns.length > 2) {
					notes(region, columns[2]);
				}
			} else if (line.startsWith("E") || line.startsWith("N") || line.startsWith("*") || line.startsWith("M")
					|| line.startsWith("#")) {
				continue;
			} else {
				problems.add(where + ": cannot read \"" + (line.length() > 40 ? line.substring(0, 40) + "..." : line)
						+ "\" (only T, R, A lines and AnnotatorNotes are imported)");
			}
		}
		List<RawAnnotation> annotations = new ArrayList<>();
		for (Region r : regions.values()) {
			annotations.add(new RawAnnotation(r.id, r.type, r.spans, Map.of(), r.attributes, r.status, now, now, r.note,
					r.where));
		}
		return new RawSet(annotator, document, "", text, annotations, relations, ann.toString(), "");
	}

	private static Optional<Region> textBound(String[] columns, String text, String where, List<String> problems) {
		if (columns.length < 2) {
			problems.add(where + ": a T line needs an id, a type with offsets and the text, separated by tabs");
			return Optional.empty();
		}
		String[] typeAndRanges = columns[1].split(" ", 2);
		if (typeAndRanges.length < 2) {
			problems.add(where + ": " + columns[0] + " has no offsets");
			return Optional.empty();
		}
		Region region = new Region(columns[0], typeAndRanges[0], where);
		int[] previous = null;
		for (String range : typeAndRanges[1].split(";")) {
			String[] ends = range.strip().split(" ");
			int start;
			int end;
			try {
				start = Integer.parseInt(ends[0]);
				end = Integer.parseInt(ends[1]);
			} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
				problems.add(where + ": \"" + range + "\" is not \"start end\"");
				return Optional.empty();
			}
			if (previous != null && onlyLineBreaks(text, previous[1], start)) {
				previous[1] = end;
			} else {
				previous = new int[] { start, end };
				region.spans.add(null);
			}
			region.spans.set(region.spans.size() - 1, RawSpan.codePoints(previous[0], previous[1], Optional.empty()));
		}
		return Optional.of(region);
	}

	private static boolean onlyLineBreaks(String text, int fromCodePoint, int toCodePoint) {
		if (toCodePoint <= fromCodePoint) {
			return false;
		}
		int length = text.codePointCount(0, text.length());
		if (toCodePoint > length) {
			return false;
		}
		int from = text.offsetByCodePoints(0, fromCodePoint);
		int to = text.offsetByCodePoints(from, toCodePoint - fromCodePoint);
		return text.substring(from, to).chars().allMatch(c -> c == '\n' || c == '\r');
	}

	private static void notes(Region region, String notes) {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String pair : notes.split("; ")) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				region.note = notes;
				return;
			}
			pairs.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		pairs.forEach((key, value) -> {
			if (key.equals("note")) {
				region.note = value;
			} else {
				region.attributes.put(key, value);
			}
		});
	}
}
