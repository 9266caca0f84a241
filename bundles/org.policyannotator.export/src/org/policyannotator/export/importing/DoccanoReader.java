package org.policyannotator.export.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Relation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads doccano sequence labelling JSONL in its shapes: {@code {"text", "entities": [{"id", "label",
 * "start_offset", "end_offset"}], "relations": [{"from_id", "to_id", "type"}]}} (with relations),
 * {@code "label": [[start, end, "label"]]} (without) or {@code "labels"} for the same. Offsets count what doccano
 * counts (UTF-16 code units, as the browser does) unless told otherwise. The document is the {@code document}
 * field if present, else the corpus document with the same text; the annotator the {@code annotator} field if
 * present; a title is taken from {@code title} or {@code meta.title}. Entity {@code n} becomes annotation
 * {@code an}. A line without labels only brings its text (a document nobody annotated).
 */
final class DoccanoReader {
	private DoccanoReader() {
	}

	static void read(Path file, OffsetUnit unit, Instant now, List<String> problems, SetSink sets)
			throws IOException {
		try (BufferedReader reader = DatasetText.open(file)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = JsonFields.MAPPER.readTree(line);
				} catch (JsonProcessingException e) {
					throw new ImportException(List.of(JsonFields.malformedLine(file, number, e)));
				}
				Optional<RawSet> set = line(node, file + ": line " + number, unit, now, problems);
				if (set.isPresent()) {
					sets.accept(set.get());
				}
			}
		}
	}

	private static Optional<RawSet> line(JsonNode node, String where, OffsetUnit unit, Instant now,
			List<String> problems) {
		if (!node.isObject()) {
			problems.add(where + ": a doccano line must be a JSON object");
			return Optional.empty();
		}
		Optional<String> text = JsonFields.text(node, "text", where, problems);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		List<RawAnnotation> annotations = new ArrayList<>();
		Map<Integer, String> ids = new HashMap<>();
		if (node.has("entities")) {
			for (JsonNode entity : JsonFields.array(node, "entities", where, problems)) {
				Optional<Integer> id = JsonFields.integer(entity, "id", where + ": entity", problems);
				String eWhere = where + ": entity " + id.map(String::valueOf).orElse("?");
				Optional<String> label = JsonFields.text(entity, "label", eWhere, problems);
				Optional<Integer> start = JsonFields.integer(entity, "start_offset", eWhere, problems);
				Optional<Integer> end = JsonFields.integer(entity, "end_offset", eWhere, problems);
				if (id.isPresent() && label.isPresent() && start.isPresent() && end.isPresent()) {
					String annotationId = "a" + id.get();
					ids.put(id.get(), annotationId);
					annotations.add(annotation(annotationId, label.get(), start.get(), end.get(), unit, now, eWhere));
				}
			}
		} else {
			int n = 0;
			String field = node.has("label") || !node.has("labels") ? "label" : "labels";
			for (JsonNode label : JsonFields.array(node, field, where, problems)) {
				n++;
				String lWhere = where + ": label #" + n;
				if (!label.isArray() || label.size() != 3 || !label.get(0).isIntegralNumber()
						|| !label.get(1).isIntegralNumber() || !label.get(2).isTextual()) {
					problems.add(lWhere + ": expected [start, end, \"label\"]");
					continue;
				}
				annotations.add(annotation("a" + n, label.get(2).textValue(), label.get(0).intValue(),
						label.get(1).intValue(), unit, now, lWhere));
			}
		}
		List<Relation> relations = new ArrayList<>();
		int r = 0;
		for (JsonNode relation : JsonFields.array(node, "relations", where, problems)) {
			r++;
			String rWhere = where + ": relation #" + r;
			Optional<Integer> from = JsonFields.integer(relation, "from_id", rWhere, problems);
			Optional<Integer> to = JsonFields.integer(relation, "to_id", rWhere, problems);
			Optional<String> type = JsonFields.text(relation, "type", rWhere, problems);
			if (from.isEmpty() || to.isEmpty() || type.isEmpty()) {
				continue;
			}
			if (!ids.containsKey(from.get()) || !ids.containsKey(to.get())) {
				problems.add(rWhere + ": links entity " + (ids.containsKey(from.get()) ? to.get() : from.get())
						+ ", which is not in this line");
				continue;
			}
			Relations.add(relations, "r" + r, type.get(), ids.get(from.get()), ids.get(to.get()), rWhere, problems);
		}
		String title = JsonFields.optionalText(node, "title");
		if (title.isEmpty() && node.path("meta").isObject()) {
			title = JsonFields.optionalText(node.get("meta"), "title");
		}
		return Optional.of(new RawSet(JsonFields.optionalText(node, "annotator"),
				JsonFields.optionalText(node, "document"), "", text.get(), annotations, relations, where, title));
	}

	private static RawAnnotation annotation(String id, String label, int start, int end, OffsetUnit unit,
			Instant now, String where) {
		return new RawAnnotation(id, label, List.of(RawSpan.of(start, end, unit, Optional.empty())), Map.of(),
				Map.of(), AnnotationStatus.ACCEPTED, now, now, "", where);
	}
}
