package org.policyannotator.export.importing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.policyannotator.export.internal.JsonSupport;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small helpers for readers: typed access to fields, each problem recorded with where it is. */
final class JsonFields {
	static final ObjectMapper MAPPER = new ObjectMapper(JsonSupport.FACTORY);

	private JsonFields() {
	}

	/** A string field, or a recorded problem. */
	static Optional<String> text(JsonNode node, String field, String where, List<String> problems) {
		JsonNode value = node.get(field);
		if (value == null || !value.isTextual()) {
			problems.add(where + ": \"" + field + "\" is " + (value == null ? "missing" : "not a string"));
			return Optional.empty();
		}
		return Optional.of(value.textValue());
	}

	/** An optional string field ({@code ""} if absent). */
	static String optionalText(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isTextual() ? value.textValue() : "";
	}

	/** A whole number field, or a recorded problem. */
	static Optional<Integer> integer(JsonNode node, String field, String where, List<String> problems) {
		JsonNode value = node.get(field);
		if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
			problems.add(where + ": \"" + field + "\" is " + (value == null ? "missing" : "not a whole number"));
			return Optional.empty();
		}
		return Optional.of(value.intValue());
	}

	/** A time field, or a recorded problem. */
	static Optional<Instant> instant(JsonNode node, String field, String where, List<String> problems) {
		return text(node, field, where, problems).flatMap(s -> {
			try {
				return Optional.of(Instant.parse(s));
			} catch (DateTimeParseException e) {
				problems.add(where + ": \"" + field + "\" is not a time (" + s + ")");
				return Optional.empty();
			}
		});
	}

	/** An array field (empty if absent), or a recorded problem if it is something else. */
	static List<JsonNode> array(JsonNode node, String field, String where, List<String> problems) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			problems.add(where + ": \"" + field + "\" is not an array");
			return List.of();
		}
		java.util.ArrayList<JsonNode> items = new java.util.ArrayList<>(value.size());
		value.forEach(items::add);
		return items;
	}

	/** The message for a file that is not valid JSON, with line and column. */
	static String malformed(Path file, JsonProcessingException e) {
		JsonLocation at = e.getLocation();
		String where = at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr();
		String message = e.getOriginalMessage();
		boolean truncated = message != null && message.contains("end-of-input");
		return file + where + ": " + (truncated ? "the file ends too early (truncated?): " : "malformed JSON: ")
				+ firstLine(message);
	}

	/** The message for a bad line of a JSON Lines file. */
	static String malformedLine(Path file, int line, JsonProcessingException e) {
		String message = e.getOriginalMessage();
		boolean truncated = message != null && message.contains("end-of-input");
		return file + ": line " + line + ": " + (truncated ? "the line ends too early (truncated?): "
				: "malformed JSON: ") + firstLine(message);
	}

	private static String firstLine(String s) {
		if (s == null) {
			return "";
		}
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}
}
