package org.policyannotator.export.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.export.internal.Iris;
import org.policyannotator.export.internal.W3cIris;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Relation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads W3C Web Annotation as written by our W3C export: an {@code AnnotationCollection} with embedded first page,
 * an {@code AnnotationPage}, one {@code Annotation} or an array of annotations. Documents, annotators and ids come
 * from our IRIs ({@code urn:policyannotator:...:document:<id>} etc.) or, for the annotator, the creator's nickname
 * or name; each target needs a {@code TextPositionSelector} (code points), checked against its
 * {@code TextQuoteSelector}.
 */
final class W3cReader {
	private W3cReader() {
	}

	private record Key(String document, String annotator) {
	}

	private static final class Group {
		final List<RawAnnotation> annotations = new ArrayList<>();
		final List<Relation> relations = new ArrayList<>();
		String sha256 = "";
	}

	static List<RawSet> read(Path file, Instant now, List<String> problems) throws IOException {
		JsonNode root;
		try {
			try (java.io.Reader reader = DatasetText.open(file)) {
				root = JsonFields.MAPPER.readTree(reader);
			}
		} catch (JsonProcessingException e) {
			throw new ImportException(List.of(JsonFields.malformed(file, e)));
		}
		List<JsonNode> items = items(root);
		if (items.isEmpty() && !isCollection(root)) {
			throw new ImportException(List.of(file + ": not W3C Web Annotation (no Annotation, AnnotationPage or "
					+ "AnnotationCollection)"));
		}
		Map<Key, Group> groups = new LinkedHashMap<>();
		int n = 0;
		for (JsonNode item : items) {
			n++;
			String where = file + ": item #" + n + (item.path("id").isTextual() ? " (" + item.get("id").textValue()
					+ ")" : "");
			if (item.path("motivation").asText().equals("linking")) {
				relation(item, where, groups, problems);
			} else {
				annotation(item, where, now, groups, problems);
			}
		}
		List<RawSet> sets = new ArrayList<>();
		groups.forEach((key, group) -> sets.add(new RawSet(key.annotator(), key.document(), group.sha256, "",
				group.annotations, group.relations, file + ": document " + key.document() + ", annotator "
						+ key.annotator())));
		return sets;
	}

	private static boolean isCollection(JsonNode root) {
		return root.path("type").asText().equals("AnnotationCollection");
	}

	private static List<JsonNode> items(JsonNode root) {
		List<JsonNode> items = new ArrayList<>();
		JsonNode list = root.isArray() ? root
				: isCollection(root) ? root.path("first").path("items") : root.path("items");
		if (list.isArray()) {
			list.forEach(items::add);
		} else if (root.path("type").asText().equals("Annotation")) {
			items.add(root);
		}
		return items;
	}

	private static void annotation(JsonNode item, String where, Instant now, Map<Key, Group> groups,
			List<String> problems) {
		String iri = item.path("id").asText();
		Optional<String[]> parts = W3cIris.parts(iri, W3cIris.ANNOTATION);
		List<JsonNode> targets = item.path("target").isArray() ? list(item.get("target")) : List.of(item.path("target"));
		String document = parts.map(p -> p[0]).orElse("");
		String sha = "";
		List<RawSpan> spans = new ArrayList<>();
		for (JsonNode target : targets) {
			JsonNode source = target.path("source");
			String sourceIri = source.isTextual() ? source.textValue() : source.path("id").asText();
			document = W3cIris.after(sourceIri, W3cIris.DOCUMENT).map(Iris::decode).orElse(foreignDocument(sourceIri));
			sha = source.path("pa:sha256").asText("");
			Optional<String> quote = Optional.empty();
			Integer start = null;
			Integer end = null;
			JsonNode selectors = target.path("selector");
			for (JsonNode selector : selectors.isArray() ? list(selectors) : List.of(selectors)) {
				String type = selector.path("type").asText();
				if (type.equals("TextQuoteSelector") && selector.path("exact").isTextual()) {
					quote = Optional.of(selector.get("exact").textValue());
				} else if (type.equals("TextPositionSelector") && selector.path("start").isIntegralNumber()
						&& selector.path("end").isIntegralNumber()) {
					start = selector.get("start").intValue();
					end = selector.get("end").intValue();
				}
			}
			if (start == null) {
				problems.add(where + ": a target has no TextPositionSelector with start and end (code points); "
						+ "annotations are never placed by searching for their quote");
				return;
			}
			spans.add(RawSpan.codePoints(start, end, quote));
		}
		String type = "";
		Map<String, String> attributes = new LinkedHashMap<>();
		String note = "";
		JsonNode bodies = item.path("body");
		for (JsonNode body : bodies.isArray() ? list(bodies) : List.of(bodies)) {
			String purpose = body.path("purpose").asText();
			String value = body.path("value").asText();
			if (purpose.equals("classifying") || purpose.equals("tagging")
					|| (purpose.isEmpty() && type.isEmpty() && !value.isEmpty())) {
				type = value;
			} else if (purpose.equals("describing") && body.path("pa:attribute").isTextual()) {
				attributes.put(body.get("pa:attribute").textValue(), value);
			} else if (purpose.equals("commenting")) {
				note = value;
			}
		}
		if (type.isEmpty()) {
			problems.add(where + ": has no body with purpose \"classifying\" naming the tag type");
			return;
		}
		if (spans.isEmpty()) {
			problems.add(where + ": has no target");
			return;
		}
		String annotator = parts.map(p -> p[1]).orElse(creator(item.path("creator")));
		String id = parts.map(p -> p[2]).orElse(foreignId(iri, where));
		String statusKey = item.path("pa:status").asText("accepted");
		AnnotationStatus status = AnnotationStatus.fromKey(statusKey).orElse(AnnotationStatus.ACCEPTED);
		Instant created = time(item, "created", now, where, problems);
		Instant modified = time(item, "modified", created, where, problems);
		Group group = groups.computeIfAbsent(new Key(document, annotator), k -> new Group());
		if (!sha.isEmpty()) {
			group.sha256 = sha;
		}
		group.annotations.add(new RawAnnotation(id, type, spans, Map.of(), attributes, status, created, modified,
				note, where));
	}

	private static void relation(JsonNode item, String where, Map<Key, Group> groups, List<String> problems) {
		Optional<String[]> parts = W3cIris.parts(item.path("id").asText(), W3cIris.RELATION);
		Optional<String[]> from = W3cIris.parts(item.path("target").asText(), W3cIris.ANNOTATION);
		String type = "";
		Optional<String[]> to = Optional.empty();
		JsonNode bodies = item.path("body");
		for (JsonNode body : bodies.isArray() ? list(bodies) : List.of(bodies)) {
			if (body.isTextual()) {
				to = W3cIris.parts(body.textValue(), W3cIris.ANNOTATION);
			} else if (body.path("purpose").asText().equals("classifying")) {
				type = body.path("value").asText();
			}
		}
		if (parts.isEmpty() || from.isEmpty() || to.isEmpty() || type.isEmpty()) {
			problems.add(where + ": a linking annotation needs our relation IRI as id, an annotation IRI as target,"
					+ " one as body and a classifying body with the relation type");
			return;
		}
		Relations.add(groups.computeIfAbsent(new Key(parts.get()[0], parts.get()[1]), k -> new Group()).relations,
				parts.get()[2], type, from.get()[2], to.get()[2], where, problems);
	}

	/**
	 * The document id another tool's source names (the last segment of its IRI or file name, without extension), or
	 * empty: then the document is the corpus document whose text holds the quotes at their offsets.
	 */
	private static String foreignDocument(String sourceIri) {
		String name = sourceIri.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.substring(name.lastIndexOf(':') + 1);
		int hash = name.indexOf('#');
		name = hash >= 0 ? name.substring(0, hash) : name;
		if (name.isBlank()) {
			return "";
		}
		String id = org.policyannotator.model.DocumentIds.fromFileName(Iris.decode(name));
		return id.startsWith("doc-") ? "" : id;
	}

	/** An annotation id from another tool's id (relative, a fragment, a URL), or one from the position. */
	private static String foreignId(String iri, String where) {
		String id = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
		id = id.replaceAll("[^A-Za-z0-9._-]", "-");
		if (id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0))) {
			id = "w" + where.substring(where.indexOf('#') + 1).replaceAll("[^0-9].*", "");
		}
		return id;
	}

	private static String creator(JsonNode creator) {
		if (creator.isTextual()) {
			return W3cIris.after(creator.textValue(), W3cIris.ANNOTATOR).map(Iris::decode).orElse("");
		}
		for (String field : List.of("nickname", "name")) {
			if (creator.path(field).isTextual()) {
				return creator.get(field).textValue();
			}
		}
		return W3cIris.after(creator.path("id").asText(), W3cIris.ANNOTATOR).map(Iris::decode).orElse("");
	}

	private static Instant time(JsonNode item, String field, Instant fallback, String where, List<String> problems) {
		if (!item.path(field).isTextual()) {
			return fallback;
		}
		try {
			return Instant.parse(item.get(field).textValue());
		} catch (DateTimeParseException e) {
			problems.add(where + ": \"" + field + "\" is not a time");
			return fallback;
		}
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list;
	}
}
