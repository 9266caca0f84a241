package org.policyannotator.model.internal.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.policyannotator.model.corpus.CorpusException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reading small corpus files (corpus, schema, documents) as JSON trees, with messages naming file and field. */
public final class Tree {
	static final ObjectMapper MAPPER = new ObjectMapper(Json.FACTORY);
	private final Path file;

	private Tree(Path file) {
		this.file = file;
	}

	/** Parses {@code bytes} (the content of {@code file}) into an object node and checks the format header. */
	public static ObjectNode parse(byte[] bytes, Path file, String format, int newest) throws CorpusException {
		if (bytes.length == 0) {
			throw new CorpusException(file, "the file is empty");
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(bytes);
		} catch (JsonProcessingException e) {
			throw Json.malformed(file, e);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read JSON: " + e.getMessage(), e);
		}
		if (!(node instanceof ObjectNode object)) {
			throw new CorpusException(file, "expected a JSON object");
		}
		JsonNode formatNode = object.get("format");
		JsonNode versionNode = object.get("version");
		if (formatNode == null || !formatNode.isTextual()) {
			throw new CorpusException(file, "missing \"format\": this is not a Policy Annotator file");
		}
		if (!formatNode.asText().equals(format)) {
			throw new CorpusException(file,
					"is a \"" + formatNode.asText() + "\" file where a \"" + format + "\" file was expected");
		}
		if (versionNode == null || !versionNode.canConvertToInt() || versionNode.asInt() < 1) {
			throw new CorpusException(file, "missing or invalid \"version\"");
		}
		if (versionNode.asInt() > newest) {
			throw new CorpusException(file, "was written by a newer Policy Annotator (format version "
					+ versionNode.asInt() + "; this version reads up to " + newest + "). Update Policy Annotator to open it.");
		}
		return object;
	}

	/** A reader of fields of {@code file}. */
	public static Tree of(Path file) {
		return new Tree(file);
	}

	/** A required string field. */
	public String string(JsonNode node, String field, String where) throws CorpusException {
		JsonNode value = node.get(field);
		if (value == null || !value.isTextual()) {
			throw new CorpusException(file, where + "\"" + field + "\" must be a string");
		}
		return value.asText();
	}

	/** An optional string field ({@code ""} if absent). */
	public String optString(JsonNode node, String field, String where) throws CorpusException {
		return node.has(field) ? string(node, field, where) : "";
	}

	/** An optional boolean field. */
	public boolean bool(JsonNode node, String field, boolean otherwise, String where) throws CorpusException {
		JsonNode value = node.get(field);
		if (value == null) {
			return otherwise;
		}
		if (!value.isBoolean()) {
			throw new CorpusException(file, where + "\"" + field + "\" must be true or false");
		}
		return value.asBoolean();
	}

	/** An optional array of strings (empty if absent). */
	public List<String> strings(JsonNode node, String field, String where) throws CorpusException {
		JsonNode value = node.get(field);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new CorpusException(file, where + "\"" + field + "\" must be an array of strings");
		}
		List<String> list = new ArrayList<>();
		for (JsonNode element : value) {
			if (!element.isTextual()) {
				throw new CorpusException(file, where + "\"" + field + "\" must be an array of strings");
			}
			list.add(element.asText());
		}
		return list;
	}

	/** An optional array of objects (empty if absent). */
	public List<JsonNode> objects(JsonNode node, String field, String where) throws CorpusException {
		JsonNode value = node.get(field);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new CorpusException(file, where + "\"" + field + "\" must be an array");
		}
		List<JsonNode> list = new ArrayList<>();
		for (JsonNode element : value) {
			if (!element.isObject()) {
				throw new CorpusException(file, where + "\"" + field + "\" must contain objects");
			}
			list.add(element);
		}
		return list;
	}

	/** Fails on fields other than {@code known}: a typo must not be silently ignored. */
	public void onlyFields(JsonNode node, String where, String... known) throws CorpusException {
		Iterator<String> names = node.fieldNames();
		outer: while (names.hasNext()) {
			String name = names.next();
			for (String k : known) {
				if (k.equals(name)) {
					continue outer;
				}
			}
			throw new CorpusException(file, where + "unknown field \"" + name + "\"");
		}
	}

	/** An optional nested object. */
	public Optional<JsonNode> object(JsonNode node, String field, String where) throws CorpusException {
		JsonNode value = node.get(field);
		if (value == null) {
			return Optional.empty();
		}
		if (!value.isObject()) {
			throw new CorpusException(file, where + "\"" + field + "\" must be an object");
		}
		return Optional.of(value);
	}

	/** The file. */
	public Path file() {
		return file;
	}
}
