package org.policyannotator.export.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.export.dataset.DatasetFormat;
import org.policyannotator.export.internal.AttributeValues;
import org.policyannotator.export.internal.JsonSupport;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads our dataset format, both flavours, into raw sets. Syntax errors stop at once; other problems are listed. */
final class NativeReader {
	private NativeReader() {
	}

	static void readJson(Path file, List<String> problems, SetSink sets) throws IOException {
		boolean sawFormat = false;
		boolean sawVersion = false;
		try (JsonParser p = JsonSupport.FACTORY.createParser(DatasetText.open(file))) {
			p.setCodec(JsonFields.MAPPER);
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw new ImportException(List.of(file + ": not a Policy Annotator dataset (no JSON object)"));
			}
			int n = 0;
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String field = p.currentName();
				JsonToken value = p.nextToken();
				if (field.equals("documents") && value == JsonToken.START_ARRAY) {
					while (p.nextToken() == JsonToken.START_OBJECT) {
						long line = p.currentTokenLocation().getLineNr();
						JsonNode document = p.readValueAsTree();
						document(document, file + ": document #" + ++n + " (line " + line + ")", sets, problems);
					}
				} else if (value.isStructStart()) {
					p.skipChildren();
				} else if (field.equals("format")) {
					sawFormat = true;
					header(file, "format", p.getText(), DatasetFormat.FORMAT);
				} else if (field.equals("flavour")) {
					header(file, "flavour", p.getText(), DatasetFormat.JSON);
				} else if (field.equals("version")) {
					sawVersion = true;
					version(file, p.getValueAsInt(0));
				}
			}
			if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
				throw new ImportException(List.of(file + ": unexpected " + p.currentToken() + " at line "
						+ p.currentTokenLocation().getLineNr() + " (one JSON object expected)"));
			}
		} catch (JsonProcessingException e) {
			throw new ImportException(List.of(JsonFields.malformed(file, e)));
		}
		if (!sawFormat) {
			throw new ImportException(List.of(file + ": not a Policy Annotator dataset (no \"format\": \""
					+ DatasetFormat.FORMAT + "\")"));
		}
		if (!sawVersion) {
			throw new ImportException(List.of(file + ": the dataset does not state its \"version\""));
		}
	}

	static void readLines(Path file, List<String> problems, SetSink sets) throws IOException {
		try (BufferedReader reader = DatasetText.open(file)) {
			String line;
			int number = 0;
			boolean header = false;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = JsonFields.MAPPER.readTree(line);
				} catch (JsonProcessingException e) {
					throw new ImportException(List.of(JsonFields.malformedLine(file, number, e)
							+ (header ? "" : " (if this is the one-file flavour, use --format native)")));
				}
				if (!header) {
					header = true;
					String format = JsonFields.optionalText(node, "format");
					if (!format.equals(DatasetFormat.FORMAT)) {
						throw new ImportException(List.of(file + ": line " + number
								+ ": not a Policy Annotator dataset header (no \"format\": \"" + DatasetFormat.FORMAT
								+ "\")"));
					}
					header(file, "flavour", JsonFields.optionalText(node, "flavour"), DatasetFormat.JSONL);
					version(file, node.path("version").asInt(0));
					continue;
				}
				document(node, file + ": line " + number, sets, problems);
			}
			if (!header) {
				throw new ImportException(List.of(file + ": is empty"));
			}
		}
	}

	private static void header(Path file, String field, String actual, String expected) throws ImportException {
		if (!actual.equals(expected)) {
			throw new ImportException(List.of(file + ": \"" + field + "\" is \"" + actual + "\", expected \""
					+ expected + "\"" + (field.equals("flavour") ? " (use --format "
							+ (actual.equals(DatasetFormat.JSONL) ? "jsonl" : "native") + ")" : "")));
		}
	}

	private static void version(Path file, int version) throws ImportException {
		if (version < 1 || version > DatasetFormat.VERSION) {
			throw new ImportException(List.of(file + ": dataset format version " + version
					+ " is not supported (this program reads version " + DatasetFormat.VERSION + ")"));
		}
	}

	private static void document(JsonNode node, String where, SetSink sets, List<String> problems)
			throws IOException {
		if (!node.isObject()) {
			problems.add(where + ": a document must be a JSON object");
			return;
		}
		Optional<String> id = JsonFields.text(node, "id", where, problems);
		if (id.isEmpty()) {
			return;
		}
		String documentWhere = where + ": document " + id.get();
		String sha = JsonFields.text(node, "sha256", documentWhere, problems).orElse("");
		String text = JsonFields.optionalText(node, "text");
		RawDocument facts = DocumentFacts.read(node, documentWhere, problems);
		List<JsonNode> annotatorSets = JsonFields.array(node, "sets", documentWhere, problems);
		if (annotatorSets.isEmpty() && (!text.isEmpty() || !facts.codes().isEmpty())) {
			sets.accept(new RawSet("", id.get(), sha, text, List.of(), List.of(), documentWhere, facts));
		}
		for (JsonNode set : annotatorSets) {
			Optional<String> annotator = JsonFields.text(set, "annotator", documentWhere, problems);
			if (annotator.isEmpty()) {
				continue;
			}
			String setWhere = documentWhere + ", annotator " + annotator.get();
			List<RawAnnotation> annotations = new ArrayList<>();
			for (JsonNode annotation : JsonFields.array(set, "annotations", setWhere, problems)) {
				annotation(annotation, setWhere, problems).ifPresent(annotations::add);
			}
			List<Relation> relations = new ArrayList<>();
			for (JsonNode relation : JsonFields.array(set, "relations", setWhere, problems)) {
				Optional<String> rid = JsonFields.text(relation, "id", setWhere + ": relation", problems);
				String rWhere = setWhere + ": relation " + rid.orElse("?");
				Optional<String> type = JsonFields.text(relation, "type", rWhere, problems);
				Optional<String> from = JsonFields.text(relation, "from", rWhere, problems);
				Optional<String> to = JsonFields.text(relation, "to", rWhere, problems);
				if (rid.isPresent() && type.isPresent() && from.isPresent() && to.isPresent()) {
					try {
						relations.add(new Relation(rid.get(), type.get(), from.get(), to.get()));
					} catch (IllegalArgumentException e) {
						problems.add(rWhere + ": " + e.getMessage());
					}
				}
			}
			sets.accept(new RawSet(annotator.get(), id.get(), sha, text, annotations, relations, setWhere, facts));
		}
	}

	private static Optional<RawAnnotation> annotation(JsonNode node, String setWhere, List<String> problems) {
		Optional<String> id = JsonFields.text(node, "id", setWhere + ": annotation", problems);
		String where = setWhere + ": annotation " + id.orElse("?");
		Optional<String> type = JsonFields.text(node, "type", where, problems);
		List<RawSpan> spans = new ArrayList<>();
		for (JsonNode span : JsonFields.array(node, "spans", where, problems)) {
			Optional<Integer> start = JsonFields.integer(span, "start", where, problems);
			Optional<Integer> end = JsonFields.integer(span, "end", where, problems);
			Optional<String> quote = JsonFields.text(span, "quote", where, problems);
			Optional<Integer> cpStart = span.has("codePointStart")
					? JsonFields.integer(span, "codePointStart", where, problems) : Optional.empty();
			Optional<Integer> cpEnd = span.has("codePointEnd")
					? JsonFields.integer(span, "codePointEnd", where, problems) : Optional.empty();
			if (start.isPresent() && end.isPresent()) {
				spans.add(new RawSpan(start.get(), end.get(), OffsetUnit.UTF16, quote, cpStart, cpEnd));
			}
		}
		Map<String, AttributeValue> attributes = new LinkedHashMap<>();
		JsonNode values = node.path("attributes");
		values.properties().forEach(e -> {
			try {
				attributes.put(e.getKey(), AttributeValues.read(e.getValue()));
			} catch (IllegalArgumentException ex) {
				problems.add(where + ": attribute " + e.getKey() + ": " + ex.getMessage());
			}
		});
		String statusKey = JsonFields.text(node, "status", where, problems).orElse("accepted");
		Optional<AnnotationStatus> status = AnnotationStatus.fromKey(statusKey);
		if (status.isEmpty()) {
			problems.add(where + ": status \"" + statusKey + "\" is not accepted or suggested");
		}
		var created = JsonFields.instant(node, "created", where, problems);
		var modified = JsonFields.instant(node, "modified", where, problems);
		if (id.isEmpty() || type.isEmpty() || spans.isEmpty() || status.isEmpty() || created.isEmpty()
				|| modified.isEmpty()) {
			if (spans.isEmpty() && id.isPresent()) {
				problems.add(where + ": has no spans");
			}
			return Optional.empty();
		}
		return Optional.of(new RawAnnotation(id.get(), type.get(), spans, attributes, Map.of(), status.get(),
				created.get(), modified.get(), JsonFields.optionalText(node, "note"), where));
	}
}
