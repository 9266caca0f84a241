package org.policyannotator.model.internal.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.AttributeKind;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.CodeInfo;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code schema.json}. A schema file with {@code "extends": "default"} adds to (or replaces types
 * of) the default schema; without it, it replaces the default schema entirely.
 * <p>
 * Version 2 adds hierarchical codebooks: a tag type may have {@code "parent"}, {@code "code"} (its number),
 * {@code "inclusion"}, {@code "exclusion"} and {@code "examples"}, and a code with a parent may leave out
 * {@code "colour"} to inherit it. A schema without any of these is written as version 1, so that older versions of
 * the program still open it.
 */
public final class SchemaCodec {
	/** The newest version, written when the schema uses codebook fields. */
	public static final int VERSION = 2;
	/** The version of a flat schema (no codebook fields), readable by every version of the program. */
	public static final int FLAT_VERSION = 1;

	/** The colour a code that inherits its colour holds until the {@link Schema} gives it the parent's. */
	private static final String INHERITED_PLACEHOLDER = "#808080";

	private SchemaCodec() {
	}

	/** The file content for {@code schema} (written in full, never as an extension). */
	public static byte[] write(Schema schema) {
		return Pretty.write(g -> {
			g.writeStartObject();
			g.writeStringField("format", FormatHeader.SCHEMA);
			boolean codebook = schema.tagTypes().stream().anyMatch(t -> !t.code().isNone());
			g.writeNumberField("version", codebook ? VERSION : FLAT_VERSION);
			g.writeStringField("name", schema.name());
			g.writeArrayFieldStart("tagTypes");
			for (TagType type : schema.tagTypes()) {
				writeTagType(g, type);
			}
			g.writeEndArray();
			g.writeArrayFieldStart("relationTypes");
			for (RelationType type : schema.relationTypes()) {
				g.writeStartObject();
				g.writeStringField("id", type.id());
				g.writeStringField("label", type.label());
				g.writeStringField("description", type.description());
				strings(g, "from", type.fromTypes());
				strings(g, "to", type.toTypes());
				g.writeBooleanField("required", type.required());
				g.writeBooleanField("single", type.single());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		});
	}

	private static void writeTagType(JsonGenerator g, TagType type) throws IOException {
		g.writeStartObject();
		g.writeStringField("id", type.id());
		g.writeStringField("label", type.label());
		CodeInfo code = type.code();
		if (!code.parent().isEmpty()) {
			g.writeStringField("parent", code.parent());
		}
		if (!code.number().isEmpty()) {
			g.writeStringField("code", code.number());
		}
		if (!code.inheritsColour()) {
			g.writeStringField("colour", type.colour());
		}
		g.writeStringField("key", type.key());
		g.writeStringField("description", type.description());
		if (!code.inclusion().isEmpty()) {
			g.writeStringField("inclusion", code.inclusion());
		}
		if (!code.exclusion().isEmpty()) {
			g.writeStringField("exclusion", code.exclusion());
		}
		if (!code.examples().isEmpty()) {
			strings(g, "examples", code.examples());
		}
		g.writeBooleanField("mayOverlap", type.mayOverlap());
		g.writeArrayFieldStart("attributes");
		for (AttributeType a : type.attributes()) {
			g.writeStartObject();
			g.writeStringField("id", a.id());
			g.writeStringField("label", a.label());
			g.writeStringField("kind", a.kind().key());
			g.writeStringField("description", a.description());
			if (!a.allowedValues().isEmpty()) {
				strings(g, "values", a.allowedValues());
			}
			if (!a.targetTypes().isEmpty()) {
				strings(g, "targets", a.targetTypes());
			}
			if (a.required()) {
				g.writeBooleanField("required", true);
			}
			if (a.countsRelation().isPresent()) {
				g.writeStringField("counts", a.countsRelation().get());
			}
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
		g.writeArrayFieldStart(field);
		for (String value : values) {
			g.writeString(value);
		}
		g.writeEndArray();
	}

	/** Reads a schema file (resolving {@code "extends": "default"}). */
	public static Schema read(byte[] bytes, Path file) throws CorpusException {
		ObjectNode node = Tree.parse(bytes, file, FormatHeader.SCHEMA, VERSION);
		Tree t = Tree.of(file);
		t.onlyFields(node, "", "format", "version", "name", "extends", "tagTypes", "relationTypes");
		String base = t.optString(node, "extends", "");
		if (!base.isEmpty() && !base.equals("default")) {
			throw new CorpusException(file, "\"extends\" can only be \"default\", not \"" + base + "\"");
		}
		List<TagType> tagTypes = new ArrayList<>();
		for (JsonNode type : t.objects(node, "tagTypes", "")) {
			tagTypes.add(readTagType(t, type));
		}
		List<RelationType> relationTypes = new ArrayList<>();
		for (JsonNode type : t.objects(node, "relationTypes", "")) {
			String where = "relation type " + type.path("id").asText("?") + ": ";
			t.onlyFields(type, where, "id", "label", "description", "from", "to", "required", "single");
			try {
				relationTypes.add(new RelationType(t.string(type, "id", where), t.string(type, "label", where),
						t.optString(type, "description", where), t.strings(type, "from", where),
						t.strings(type, "to", where), t.bool(type, "required", false, where),
						t.bool(type, "single", false, where)));
			} catch (IllegalArgumentException e) {
				throw new CorpusException(file, e.getMessage());
			}
		}
		try {
			Schema schema = new Schema(t.optString(node, "name", ""), tagTypes, relationTypes);
			return base.isEmpty() ? schema : Schema.defaultSchema().extendedBy(schema);
		} catch (IllegalArgumentException e) {
			throw new CorpusException(file, e.getMessage());
		}
	}

	private static TagType readTagType(Tree t, JsonNode type) throws CorpusException {
		String where = "tag type " + type.path("id").asText("?") + ": ";
		t.onlyFields(type, where, "id", "label", "colour", "key", "description", "mayOverlap", "attributes", "parent",
				"code", "inclusion", "exclusion", "examples");
		List<AttributeType> attributes = new ArrayList<>();
		for (JsonNode a : t.objects(type, "attributes", where)) {
			String at = where + "attribute " + a.path("id").asText("?") + ": ";
			t.onlyFields(a, at, "id", "label", "kind", "description", "values", "targets", "required", "counts");
			String kindKey = t.string(a, "kind", at);
			AttributeKind kind = AttributeKind.fromKey(kindKey).orElseThrow(() -> new CorpusException(t.file(),
					at + "unknown kind \"" + kindKey + "\" (enum, string, number, boolean, date or reference)"));
			String counts = t.optString(a, "counts", at);
			try {
				attributes.add(new AttributeType(t.string(a, "id", at), t.optString(a, "label", at), kind,
						t.optString(a, "description", at), t.strings(a, "values", at), t.strings(a, "targets", at),
						t.bool(a, "required", false, at), counts.isEmpty() ? Optional.empty() : Optional.of(counts)));
			} catch (IllegalArgumentException e) {
				throw new CorpusException(t.file(), at + e.getMessage());
			}
		}
		try {
			String id = t.string(type, "id", where);
			String label = t.optString(type, "label", where);
			String parent = t.optString(type, "parent", where);
			boolean inherits = !parent.isEmpty() && !type.has("colour");
			CodeInfo code = new CodeInfo(parent, t.optString(type, "code", where), t.optString(type, "inclusion", where),
					t.optString(type, "exclusion", where), t.strings(type, "examples", where), inherits);
			return new TagType(id, label.isEmpty() ? id : label,
					inherits ? INHERITED_PLACEHOLDER : t.string(type, "colour", where), t.optString(type, "key", where),
					t.optString(type, "description", where), attributes, t.bool(type, "mayOverlap", false, where), code);
		} catch (IllegalArgumentException e) {
			throw new CorpusException(t.file(), e.getMessage());
		}
	}
}
