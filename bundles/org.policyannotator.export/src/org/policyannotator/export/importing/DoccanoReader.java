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
 * Reads doccano sequence labelling JSONL: {@code {"text", "entities": [{"id", "label", "start_offset",
 * "end_offset"}], "relations": [{"from_id", "to_id", "type"}]}} or the older {@code "label": [[start, end, label]]},
 * offsets in code points. The document is the {@code document} field if present, else the corpus document with
 * the same text; the annotator the {@code annotator} field if present. Entity {@code n} becomes annotation
 * {@code an}.
 */
final class DoccanoReader {
	private DoccanoReader() {
	}

	static List<RawSet> read(Path file, Instant now, List<String> problems) throws IOException {
		List<RawSet> sets = new ArrayList<>();
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
				line(node, file + ": line " + number, now, problems).ifPresent(sets::add);
			}
		}
		return sets;
	}

	private static Optional<RawSet> line(JsonNode node, String where, Instant now, List<String> problems) {
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
					annotations.add(annotation(annotationId, label.get(), start.get(), end.get(), now, eWhere));
				}
			}
		} else {
			int n = 0;
			for (JsonNode label : JsonFields.array(node, "label", where, problems)) {
				n++;
				String lWhere = where + ": label #" + n;
				if (!label.isArray() || label.size() != 3 || !label.get(0).isIntegralNumber()
						|| !label.get(1).isIntegralNumber() || !label.get(2).isTextual()) {
					problems.add(lWhere + ": expected [start, end, \"label\"]");
					continue;
				}
				annotations.add(annotation("a" + n, label.get(2).textValue(), label.get(0).intValue(),
						label.get(1).intValue(), now, lWhere));
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
			relations.add(new Relation("r" + r, type.get(), ids.get(from.get()), ids.get(to.get())));
		}
		return Optional.of(new RawSet(JsonFields.optionalText(node, "annotator"),
				JsonFields.optionalText(node, "document"), "", text.get(), annotations, relations, where));
	}

	private static RawAnnotation annotation(String id, String label, int start, int end, Instant now, String where) {
		return new RawAnnotation(id, label, List.of(RawSpan.codePoints(start, end, Optional.empty())), Map.of(),
				Map.of(), AnnotationStatus.ACCEPTED, now, now, "", where);
	}
}
