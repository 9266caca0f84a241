package org.policyannotator.export.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Relation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads UIMA CAS JSON (Apache UIMA's JSON CAS format, as INCEpTION and our export write it): one {@code .json} CAS, or
 * a folder of them ({@code <annotator>/<doc>.json}: the subfolder names the annotator, the file name the document).
 * The Sofa gives the text; every other feature structure with {@code begin}/{@code end} (UTF-16 units) is an
 * annotation whose tag type is its {@code label} feature (our span layer), else its {@code value} (INCEpTION's named
 * entity layer), else its type's short name; one with {@code @Governor} and {@code @Dependent} is a relation of the
 * type's short name ({@code SaidBy} is {@code said-by}). {@code note}, {@code suggested} and {@code fragmentOf} (the
 * later part of a discontinuous annotation) are ours; other features are attributes, references naming the annotation.
 * Document metadata and DKPro segmentation (tokens, sentences) are skipped.
 */
final class UimaReader {
	private static final String SKIPPED = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.";

	private UimaReader() {
	}

	/** Whether {@code path} is a folder holding CAS JSON files (one level down, as our export writes them). */
	static boolean isFolder(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(path, 2)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
		}
	}

	static List<RawSet> read(Path path, Instant now, List<String> problems) throws IOException {
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> all = Files.walk(path, 2)) {
				all.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
			}
		} else {
			files.add(path);
		}
		List<RawSet> sets = new ArrayList<>();
		for (Path file : files) {
			String annotator = Files.isDirectory(path) && !file.getParent().equals(path)
					? file.getParent().getFileName().toString() : "";
			String name = file.getFileName().toString();
			JsonNode root;
			try {
				root = JsonFields.MAPPER.readTree(file.toFile());
			} catch (JsonProcessingException e) {
				problems.add(JsonFields.malformed(file, e));
				continue;
			}
			cas(root, file, annotator, name.substring(0, name.length() - 5), now, problems).ifPresent(sets::add);
		}
		return sets;
	}

	private static Optional<RawSet> cas(JsonNode root, Path file, String annotator, String document, Instant now,
			List<String> problems) {
		JsonNode all = root.path("%FEATURE_STRUCTURES");
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		if (all.isArray()) {
			all.forEach(fs -> byId.put(fs.path("%ID").asText(), fs));
		} else if (all.isObject()) {
			all.fields().forEachRemaining(e -> byId.put(e.getKey(), e.getValue()));
		} else {
			problems.add(file + ": no %FEATURE_STRUCTURES: not a UIMA CAS JSON file");
			return Optional.empty();
		}
		String text = null;
		String title = "";
		for (JsonNode fs : byId.values()) {
			if (fs.path("%TYPE").asText().equals("uima.cas.Sofa") && fs.has("sofaString") && text == null) {
				text = fs.get("sofaString").asText();
			}
			if (fs.has("documentTitle")) {
				title = fs.get("documentTitle").asText();
			}
		}
		if (text == null) {
			problems.add(file + ": no Sofa with a sofaString: the CAS carries no text");
			return Optional.empty();
		}
		Map<String, Part> parts = new LinkedHashMap<>();
		List<Relation> relations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
			JsonNode fs = e.getValue();
			String type = fs.path("%TYPE").asText();
			String where = file + ": feature structure " + e.getKey();
			if (!fs.has("begin") || !fs.has("end") || type.startsWith("uima.") || type.startsWith(SKIPPED)
					|| type.endsWith(".DocumentMetaData")) {
				continue;
			}
			if (fs.has("@Governor") && fs.has("@Dependent")) {
				Relations.add(relations, "r" + e.getKey(), kebab(shortName(type)), fs.get("@Governor").asText(),
						fs.get("@Dependent").asText(), where, problems);
				continue;
			}
			parts.put(e.getKey(), part(fs, type, where));
		}
		List<RawAnnotation> annotations = new ArrayList<>();
		Map<String, Part> heads = new LinkedHashMap<>();
		for (Map.Entry<String, Part> e : parts.entrySet()) {
			Part part = e.getValue();
			Part head = part.fragmentOf == null ? null : parts.get(part.fragmentOf);
			if (head != null) {
				head.spans.addAll(part.spans);
			} else {
				heads.put(e.getKey(), part);
			}
		}
		heads.forEach((id, p) -> annotations.add(new RawAnnotation(id, p.type, p.spans, Map.of(), p.attributes,
				p.status, now, now, p.note, p.where)));
		relations.removeIf(r -> {
			boolean known = heads.containsKey(r.from()) && heads.containsKey(r.to());
			if (!known) {
				problems.add(file + ": relation " + r.id() + " links a feature structure that is not an annotation");
			}
			return !known;
		});
		return Optional.of(new RawSet(annotator, document, "", text, annotations, relations, file.toString(), title));
	}

	private static final class Part {
		String type;
		final List<RawSpan> spans = new ArrayList<>();
		final Map<String, String> attributes = new LinkedHashMap<>();
		AnnotationStatus status = AnnotationStatus.ACCEPTED;
		String note = "";
		String fragmentOf;
		String where;
	}

	private static Part part(JsonNode fs, String type, String where) {
		Part part = new Part();
		part.where = where;
		part.type = fs.has("label") ? fs.get("label").asText()
				: fs.has("value") ? fs.get("value").asText() : kebab(shortName(type));
		part.spans.add(RawSpan.of(fs.get("begin").asInt(), fs.get("end").asInt(), OffsetUnit.UTF16, Optional.empty()));
		for (Iterator<Map.Entry<String, JsonNode>> it = fs.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> f = it.next();
			String key = f.getKey();
			switch (key) {
			case "%ID", "%TYPE", "@sofa", "begin", "end", "label", "value" -> {
			}
			case "note" -> part.note = f.getValue().asText();
			case "suggested" -> part.status = f.getValue().asBoolean() ? AnnotationStatus.SUGGESTED
					: AnnotationStatus.ACCEPTED;
			case "@fragmentOf" -> part.fragmentOf = f.getValue().asText();
			default -> {
				if (f.getValue().isValueNode() && !f.getValue().isNull()) {
					part.attributes.put(key.startsWith("@") ? key.substring(1) : key, f.getValue().asText());
				}
			}
			}
		}
		return part;
	}

	private static String shortName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	/** {@code SaidBy} becomes {@code said-by}, {@code ProposalPoint} {@code proposal-point}. */
	static String kebab(String name) {
		StringBuilder b = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
				b.append('-');
			}
			b.append(Character.toLowerCase(c));
		}
		return b.toString();
	}
}
