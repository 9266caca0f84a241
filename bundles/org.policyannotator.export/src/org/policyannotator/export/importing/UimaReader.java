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
import org.policyannotator.model.DocumentDetails;
import org.policyannotator.model.Relation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads UIMA CAS JSON (Apache UIMA's JSON CAS format, as INCEpTION and our export write it): one {@code .json} CAS, a
 * folder of them ({@code <annotator>/<doc>.json}: the subfolder names the annotator, the file name the document), or an
 * unpacked INCEpTION project export ({@code annotation/<doc>/<user>.json}).
 * The Sofa gives the text; every other feature structure with {@code begin}/{@code end} (UTF-16 units) is an
 * annotation whose tag type is its {@code label} feature (our span layer), else, for a type without a label, its
 * {@code value} (INCEpTION's named entity layer), else its type's short name; a {@code value} beside a label is an
 * attribute (a statistic's value); one with {@code @Governor} and {@code @Dependent} is a relation of the
 * type's short name ({@code SaidBy} is {@code said-by}). {@code note}, {@code suggested} and {@code fragmentOf} (the
 * later part of a discontinuous annotation) are ours; other features are attributes, references naming the annotation.
 * Document metadata and DKPro segmentation (tokens, sentences) are skipped.
 */
final class UimaReader {
	private static final String SKIPPED = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.";

	private UimaReader() {
	}

	/** Whether {@code path} is a folder holding CAS JSON files (as our export or INCEpTION's project export writes). */
	static boolean isFolder(Path path) throws IOException {
		return Files.isDirectory(path) && !files(path).isEmpty();
	}

	static List<RawSet> read(Path path, Instant now, List<String> problems) throws IOException {
		List<RawSet> sets = new ArrayList<>();
		for (Located located : files(path)) {
			JsonNode root;
			try {
				root = JsonFields.MAPPER.readTree(located.file().toFile());
			} catch (JsonProcessingException e) {
				problems.add(JsonFields.malformed(located.file(), e));
				continue;
			}
			cas(root, located.file(), located.annotator(), located.document(), now, problems)
					.map(set -> located.textOnly() ? new RawSet("", set.documentId(), "", set.text(), List.of(),
							List.of(), set.where(), set.document()) : set)
					.ifPresent(sets::add);
		}
		return sets;
	}

	/** A CAS file with the annotator and the document its place names. */
	private record Located(Path file, String annotator, String document, boolean textOnly) {
		Located(Path file, String annotator, String document) {
			this(file, annotator, document, false);
		}
	}

	/**
	 * The CAS files of {@code path}: the file itself; in an unpacked INCEpTION project export,
	 * {@code annotation/<document>/<user>.json} ({@code INITIAL_CAS} gives only the text, {@code CURATION_USER} the
	 * curated set, stored as {@code curation}); else our export's {@code <annotator>/<doc>.json}.
	 */
	private static List<Located> files(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return List.of(new Located(path, "", stem(path)));
		}
		Path inception = path.resolve("annotation");
		boolean project = Files.isDirectory(inception);
		Path root = project ? inception : path;
		List<Located> found = new ArrayList<>();
		try (Stream<Path> all = Files.walk(root, 2)) {
			for (Path file : all.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
					.sorted().toList()) {
				boolean nested = !file.getParent().equals(root);
				if (project && nested) {
					String user = stem(file);
					String annotator = switch (user) {
					case "INITIAL_CAS" -> "";
					case "CURATION_USER" -> "curation";
					default -> AnnotatorNames.of(user);
					};
					found.add(new Located(file, annotator, stem(file.getParent()), user.equals("INITIAL_CAS")));
				} else if (!project) {
					found.add(new Located(file, nested ? file.getParent().getFileName().toString() : "", stem(file)));
				}
			}
		}
		return found;
	}

	/** A file or folder name without its last extension: {@code article.txt} gives {@code article}. */
	private static String stem(Path path) {
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
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
		String language = "";
		for (JsonNode fs : byId.values()) {
			if (fs.path("%TYPE").asText().equals("uima.cas.Sofa") && fs.has("sofaString") && text == null) {
				text = fs.get("sofaString").asText();
			}
			if (fs.has("documentTitle")) {
				title = fs.get("documentTitle").asText();
			}
			if (fs.has("language") && fs.has("begin") && !fs.get("language").asText().equals("x-unspecified")) {
				language = fs.get("language").asText();
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
		RawDocument facts = new RawDocument(title, "", Optional.empty(), language, DocumentDetails.NONE);
		return Optional.of(new RawSet(annotator, document, "", text, annotations, relations, file.toString(), facts));
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
		String tagFeature = fs.has("label") ? "label" : fs.has("value") ? "value" : null;
		part.type = tagFeature == null ? kebab(shortName(type)) : fs.get(tagFeature).asText();
		part.spans.add(RawSpan.of(fs.get("begin").asInt(), fs.get("end").asInt(), OffsetUnit.UTF16, Optional.empty()));
		for (Iterator<Map.Entry<String, JsonNode>> it = fs.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> f = it.next();
			String key = f.getKey();
			if (key.equals(tagFeature)) {
				continue;
			}
			switch (key) {
			case "%ID", "%TYPE", "@sofa", "begin", "end" -> {
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
