package org.policyannotator.export.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Relation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads Label Studio's JSON export of text tasks: an array of tasks {@code {"data": {"text", ...}, "annotations":
 * [{"completed_by", "result": [...]}], "predictions": [{"model_version", "result": [...]}]}}. Regions with
 * {@code labels} become annotations (offsets in code points, the region's {@code text} checked as the quote; a
 * region with {@code parentID} is one more span of its parent), per-region {@code choices} and {@code textarea}
 * results become attributes named after their {@code from_name}, {@code relation} results relations, a region's
 * {@code meta.text} its note. The annotator is {@code completed_by} ({@code first_name}, else the e-mail's local
 * part, else {@code user-<id>}); predictions are suggestions of {@code model_version}. Cancelled annotations are
 * skipped.
 */
final class LabelStudioReader {
	private LabelStudioReader() {
	}

	private static final class Group {
		final Map<String, Region> regions = new LinkedHashMap<>();
		final List<Relation> relations = new ArrayList<>();
	}

	private static final class Region {
		final String id;
		final String type;
		final List<RawSpan> spans = new ArrayList<>();
		final Map<String, String> attributes = new LinkedHashMap<>();
		final AnnotationStatus status;
		final String where;
		String note = "";

		Region(String id, String type, AnnotationStatus status, String where) {
			this.id = id;
			this.type = type;
			this.status = status;
			this.where = where;
		}
	}

	static List<RawSet> read(Path file, Instant now, List<String> problems) throws IOException {
		JsonNode root;
		try {
			root = JsonFields.MAPPER.readTree(file.toFile());
		} catch (JsonProcessingException e) {
			throw new ImportException(List.of(JsonFields.malformed(file, e)));
		}
		List<JsonNode> tasks = new ArrayList<>();
		if (root != null && root.isArray()) {
			root.forEach(tasks::add);
		} else if (root != null && root.isObject() && root.has("data")) {
			tasks.add(root);
		} else {
			throw new ImportException(List.of(file + ": not a Label Studio export (expected an array of tasks)"));
		}
		List<RawSet> sets = new ArrayList<>();
		int n = 0;
		for (JsonNode task : tasks) {
			n++;
			String where = file + ": task " + (task.path("id").isNumber() || task.path("id").isTextual()
					? task.get("id").asText() : "#" + n);
			task(task, where, now, problems, sets);
		}
		return sets;
	}

	private static void task(JsonNode task, String where, Instant now, List<String> problems, List<RawSet> sets) {
		JsonNode data = task.path("data");
		if (!data.isObject() || !data.path("text").isTextual()) {
			problems.add(where + ": \"data.text\" is missing (only text tasks can be imported)");
			return;
		}
		String text = data.get("text").textValue();
		String document = JsonFields.optionalText(data, "document");
		String title = JsonFields.optionalText(data, "title");
		Map<String, Group> groups = new LinkedHashMap<>();
		for (JsonNode annotation : JsonFields.array(task, "annotations", where, problems)) {
			if (annotation.path("was_cancelled").asBoolean(false)) {
				continue;
			}
			String annotator = annotator(annotation);
			results(annotation, where + ", annotation " + annotation.path("id").asText("?"),
					groups.computeIfAbsent(annotator, a -> new Group()), AnnotationStatus.ACCEPTED, problems);
		}
		for (JsonNode prediction : JsonFields.array(task, "predictions", where, problems)) {
			String annotator = JsonFields.optionalText(prediction, "model_version");
			results(prediction, where + ", prediction " + prediction.path("id").asText("?"),
					groups.computeIfAbsent(annotator, a -> new Group()), AnnotationStatus.SUGGESTED, problems);
		}
		if (groups.isEmpty()) {
			sets.add(new RawSet("", document, "", text, List.of(), List.of(), where, title));
		}
		groups.forEach((annotator, group) -> {
			List<RawAnnotation> annotations = new ArrayList<>();
			for (Region r : group.regions.values()) {
				annotations.add(new RawAnnotation(r.id, r.type, r.spans, Map.of(), r.attributes, r.status, now, now,
						r.note, r.where));
			}
			sets.add(new RawSet(annotator, document, "", text, annotations, group.relations,
					where + (annotator.isEmpty() ? "" : ", annotator " + annotator), title));
		});
	}

	private static String annotator(JsonNode annotation) {
		JsonNode by = annotation.path("completed_by");
		if (by.isObject()) {
			String first = JsonFields.optionalText(by, "first_name").strip();
			if (!first.isEmpty()) {
				return first;
			}
			String email = JsonFields.optionalText(by, "email");
			if (!email.isEmpty()) {
				return email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
			}
			return by.has("id") ? "user-" + by.get("id").asText() : "";
		}
		if (by.isNumber() || by.isTextual()) {
			return "user-" + by.asText();
		}
		return JsonFields.optionalText(annotation, "annotator");
	}

	private static void results(JsonNode entry, String where, Group group, AnnotationStatus status,
			List<String> problems) {
		List<JsonNode> results = JsonFields.array(entry, "result", where, problems);
		for (JsonNode result : results) {
			JsonNode labels = result.path("value").path("labels");
			if (labels.isArray() && !labels.isEmpty()) {
				region(result, labels, where, group, status, problems);
			}
		}
		for (JsonNode result : results) {
			String type = result.path("type").asText();
			String id = result.path("id").asText();
			JsonNode value = result.path("value");
			if (type.equals("relation")) {
				String from = result.path("from_id").asText();
				String to = result.path("to_id").asText();
				String label = result.path("labels").isArray() && !result.get("labels").isEmpty()
						? result.get("labels").get(0).asText() : "related";
				if (!group.regions.containsKey(from) || !group.regions.containsKey(to)) {
					problems.add(where + ": relation " + from + " -> " + to + " links a region that is not there");
					continue;
				}
				Relations.add(group.relations, "r" + (group.relations.size() + 1), label, from, to,
						where + ": relation " + from + " -> " + to, problems);
			} else if ((type.equals("choices") || type.equals("textarea")) && !id.isEmpty()) {
				JsonNode values = value.path(type.equals("choices") ? "choices" : "text");
				Region region = group.regions.get(id);
				if (region == null || !values.isArray() || values.isEmpty()) {
					continue;
				}
				region.attributes.put(result.path("from_name").asText(), values.get(0).asText());
			}
		}
	}

	private static void region(JsonNode result, JsonNode labels, String where, Group group, AnnotationStatus status,
			List<String> problems) {
		JsonNode value = result.path("value");
		String id = result.path("id").asText("");
		String rWhere = where + ": region " + id;
		if (id.isEmpty()) {
			problems.add(where + ": a region has no \"id\"");
			return;
		}
		Optional<Integer> start = JsonFields.integer(value, "start", rWhere, problems);
		Optional<Integer> end = JsonFields.integer(value, "end", rWhere, problems);
		if (start.isEmpty() || end.isEmpty()) {
			return;
		}
		Optional<String> quote = value.path("text").isTextual() ? Optional.of(value.get("text").textValue())
				: Optional.empty();
		RawSpan span = RawSpan.codePoints(start.get(), end.get(), quote);
		String parent = result.path("parentID").asText("");
		if (!parent.isEmpty() && group.regions.containsKey(parent)) {
			group.regions.get(parent).spans.add(span);
			return;
		}
		for (int i = 0; i < labels.size(); i++) {
			String regionId = i == 0 ? id : id + "_" + labels.get(i).asText();
			Region region = new Region(regionId, labels.get(i).asText(), status, rWhere);
			region.spans.add(span);
			JsonNode meta = result.path("meta").path("text");
			if (meta.isArray() && !meta.isEmpty()) {
				region.note = meta.get(0).asText();
			} else if (meta.isTextual()) {
				region.note = meta.asText();
			}
			group.regions.put(regionId, region);
		}
	}
}
