package org.policyannotator.analysis.exercise.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.policyannotator.analysis.exercise.ExerciseDocument;
import org.policyannotator.analysis.exercise.ExerciseException;
import org.policyannotator.model.DocumentIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small JSON chores of the exercise files (Jackson trees, messages naming the file and the field). */
public final class JsonFiles {
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private JsonFiles() {
	}

	/** A new empty object node. */
	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	/** Pretty UTF-8 JSON with a final line end. */
	public static byte[] bytes(JsonNode node) {
		try {
			return (MAPPER.writeValueAsString(node) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a tree node always serialises", e);
		}
	}

	/**
	 * Reads an object with {@code "format": format} and a {@code version} no newer than {@code version}; messages
	 * name {@code file} itself.
	 */
	public static JsonNode readObject(Path file, String format, int version) throws ExerciseException {
		return readObject(file, file, format, version);
	}

	/** As {@link #readObject(Path, String, int)}, but messages name {@code shown} (e.g. the zip and the entry). */
	public static JsonNode readObject(Path read, Path file, String format, int version) throws ExerciseException {
		JsonNode root;
		try {
			root = MAPPER.readTree(Files.readAllBytes(read));
		} catch (NoSuchFileException e) {
			throw new ExerciseException(file, "is missing", e);
		} catch (JsonProcessingException e) {
			throw new ExerciseException(file, "is not valid JSON: " + e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new ExerciseException(file, "cannot be read: " + e, e);
		}
		if (root == null || !root.isObject()) {
			throw new ExerciseException(file, "must hold a JSON object");
		}
		if (!format.equals(root.path("format").asText())) {
			throw new ExerciseException(file, "\"format\" must be \"" + format + "\"");
		}
		if (!root.path("version").canConvertToInt() || root.path("version").asInt() < 1) {
			throw new ExerciseException(file, "\"version\" must be a positive number");
		}
		if (root.path("version").asInt() > version) {
			throw new ExerciseException(file, "has version " + root.path("version").asInt()
					+ ", newer than this program reads (" + version + ")");
		}
		return root;
	}

	/** The text field {@code name}. */
	public static String text(JsonNode node, String name, Path file) throws ExerciseException {
		JsonNode value = node.get(name);
		if (value == null || !value.isTextual()) {
			throw new ExerciseException(file, "\"" + name + "\" must be a string");
		}
		return value.asText();
	}

	/** The array field {@code name}. */
	public static Iterable<JsonNode> array(JsonNode node, String name, Path file) throws ExerciseException {
		JsonNode value = node.get(name);
		if (value == null || !value.isArray()) {
			throw new ExerciseException(file, "\"" + name + "\" must be an array");
		}
		return value;
	}

	/** A {@code {"id": ..., "sha256": ...}} object. */
	public static ExerciseDocument document(JsonNode node, Path file) throws ExerciseException {
		if (!node.isObject()) {
			throw new ExerciseException(file, "\"documents\" must hold objects");
		}
		String id = text(node, "id", file);
		String sha = text(node, "sha256", file);
		if (!DocumentIds.isValid(id) || !sha.matches("[0-9a-f]{64}")) {
			throw new ExerciseException(file, "document \"" + id + "\" has a bad id or sha256");
		}
		return new ExerciseDocument(id, sha);
	}
}
