package org.policyannotator.model.internal.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.policyannotator.model.corpus.CorpusException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes {@code corpus.json}. */
public final class CorpusCodec {
	/** The version written. */
	public static final int VERSION = 1;

	/**
	 * The content of corpus.json.
	 *
	 * @param name     corpus name
	 * @param settings free settings, sorted by key
	 */
	public record Header(String name, Map<String, String> settings) {
		/** Copies the settings, sorted. */
		public Header {
			settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
		}
	}

	private CorpusCodec() {
	}

	/** The file content for {@code header}. */
	public static byte[] write(Header header) {
		return Pretty.write(g -> {
			g.writeStartObject();
			g.writeStringField("format", FormatHeader.CORPUS);
			g.writeNumberField("version", VERSION);
			g.writeStringField("name", header.name());
			g.writeStringField("schema", "schema.json");
			g.writeObjectFieldStart("settings");
			for (Map.Entry<String, String> e : header.settings().entrySet()) {
				g.writeStringField(e.getKey(), e.getValue());
			}
			g.writeEndObject();
			g.writeEndObject();
		});
	}

	/** Reads corpus.json. */
	public static Header read(byte[] bytes, Path file) throws CorpusException {
		ObjectNode node = Tree.parse(bytes, file, FormatHeader.CORPUS, VERSION);
		Tree t = Tree.of(file);
		t.onlyFields(node, "", "format", "version", "name", "schema", "settings");
		String schema = t.optString(node, "schema", "");
		if (!schema.isEmpty() && !schema.equals("schema.json")) {
			throw new CorpusException(file, "\"schema\" must be \"schema.json\" (other locations are not supported)");
		}
		Map<String, String> settings = new TreeMap<>();
		if (t.object(node, "settings", "").isPresent()) {
			for (Map.Entry<String, JsonNode> e : node.get("settings").properties()) {
				if (!e.getValue().isTextual()) {
					throw new CorpusException(file, "settings: \"" + e.getKey() + "\" must be a string");
				}
				settings.put(e.getKey(), e.getValue().asText());
			}
		}
		return new Header(t.string(node, "name", ""), settings);
	}
}
