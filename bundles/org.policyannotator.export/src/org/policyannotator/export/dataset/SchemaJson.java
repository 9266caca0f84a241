package org.policyannotator.export.dataset;

import java.io.IOException;
import java.util.List;

import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes the tag set into a dataset, so that a dataset file explains its own types. */
final class SchemaJson {
	private SchemaJson() {
	}

	static void write(Schema schema, JsonGenerator g) throws IOException {
		g.writeStartObject();
		g.writeStringField("name", schema.name());
		g.writeArrayFieldStart("tagTypes");
		for (TagType type : schema.tagTypes()) {
			g.writeStartObject();
			g.writeStringField("id", type.id());
			g.writeStringField("label", type.label());
			g.writeStringField("colour", type.colour());
			g.writeStringField("description", type.description());
			g.writeBooleanField("mayOverlap", type.mayOverlap());
			g.writeArrayFieldStart("attributes");
			for (AttributeType attribute : type.attributes()) {
				g.writeStartObject();
				g.writeStringField("id", attribute.id());
				g.writeStringField("label", attribute.label());
				g.writeStringField("kind", attribute.kind().key());
				g.writeStringField("description", attribute.description());
				strings(g, "allowedValues", attribute.allowedValues());
				strings(g, "targetTypes", attribute.targetTypes());
				g.writeBooleanField("required", attribute.required());
				if (attribute.countsRelation().isPresent()) {
					g.writeStringField("countsRelation", attribute.countsRelation().get());
				}
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayFieldStart("relationTypes");
		for (RelationType relation : schema.relationTypes()) {
			g.writeStartObject();
			g.writeStringField("id", relation.id());
			g.writeStringField("label", relation.label());
			g.writeStringField("description", relation.description());
			strings(g, "fromTypes", relation.fromTypes());
			strings(g, "toTypes", relation.toTypes());
			g.writeBooleanField("required", relation.required());
			g.writeBooleanField("single", relation.single());
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
}
