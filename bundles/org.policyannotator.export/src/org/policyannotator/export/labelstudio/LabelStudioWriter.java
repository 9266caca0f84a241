package org.policyannotator.export.labelstudio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DatasetWriter;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.internal.AttributeValues;
import org.policyannotator.export.internal.DocumentLoop;
import org.policyannotator.export.internal.JsonSupport;
import org.policyannotator.export.internal.TextOffsets;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.AttributeKind;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Label Studio JSON import: an array of tasks, one per document, {@code data} holding the text, its id and title.
 * Each annotator's accepted annotations are one entry of {@code annotations}, their suggestions one entry of
 * {@code predictions} ({@code model_version} = annotator). A span is a region of type {@code labels}
 * ({@code from_name} {@code label}, {@code to_name} {@code text}) with {@code start}/{@code end} in Unicode code
 * points (what Label Studio stores since its 2022 fix of emoji offsets) and {@code text} the quote; enum attributes
 * are per-region {@code choices}, other attributes per-region {@code textarea} results named after the attribute;
 * relations are {@code relation} results. A note is the region's {@code meta.text} (Label Studio's per-region
 * notes); the pieces of a discontinuous annotation after the first carry {@code parentID} = the first piece's id, so
 * they stay one annotation. The annotator is {@code completed_by} as Label Studio exports a user ({@code id},
 * {@code email}, {@code first_name}). The labelling config that opens the file is written beside it
 * ({@link LabelStudioConfig}).
 */
public final class LabelStudioWriter implements DatasetWriter {
	private static final String TO_NAME = "text";

	/** A writer (no state). */
	public LabelStudioWriter() {
	}

	@Override
	public void write(DatasetSource source, OutputStream out, ExportProgress progress) throws IOException {
		Schema schema = source.schema();
		int[] task = { 0 };
		try (JsonGenerator g = JsonSupport.pretty(out)) {
			g.writeStartArray();
			DocumentLoop.run(source, progress, entry -> document(entry, ++task[0], schema, g));
			g.writeEndArray();
			g.writeRaw('\n');
		}
	}

	private static void document(DocumentEntry entry, int taskId, Schema schema, JsonGenerator g)
			throws IOException {
		TextOffsets offsets = TextOffsets.of(entry.document().text());
		g.writeStartObject();
		g.writeNumberField("id", taskId);
		g.writeObjectFieldStart("data");
		g.writeStringField("text", entry.document().text());
		g.writeStringField("document", entry.document().id());
		g.writeStringField("title", entry.document().title());
		g.writeEndObject();
		g.writeArrayFieldStart("annotations");
		int id = taskId * 1000;
		for (AnnotatorEntry set : entry.annotators()) {
			List<Annotation> accepted = set.annotations().stream()
					.filter(a -> a.status() == AnnotationStatus.ACCEPTED).toList();
			g.writeStartObject();
			g.writeNumberField("id", ++id);
			g.writeObjectFieldStart("completed_by");
			g.writeNumberField("id", userId(set.annotator()));
			g.writeStringField("email", set.annotator() + "@policyannotator.invalid");
			g.writeStringField("first_name", set.annotator());
			g.writeStringField("last_name", "");
			g.writeEndObject();
			g.writeBooleanField("ground_truth", false);
			results(accepted, set.relations(), offsets, schema, g);
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayFieldStart("predictions");
		for (AnnotatorEntry set : entry.annotators()) {
			List<Annotation> suggested = set.annotations().stream()
					.filter(a -> a.status() == AnnotationStatus.SUGGESTED).toList();
			if (suggested.isEmpty()) {
				continue;
			}
			g.writeStartObject();
			g.writeNumberField("id", ++id);
			g.writeStringField("model_version", set.annotator());
			results(suggested, set.relations(), offsets, schema, g);
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void results(List<Annotation> annotations, List<Relation> relations, TextOffsets offsets,
			Schema schema, JsonGenerator g) throws IOException {
		java.util.Set<String> present = new java.util.HashSet<>();
		g.writeArrayFieldStart("result");
		for (Annotation annotation : annotations) {
			present.add(annotation.id());
			int piece = 0;
			for (Span span : annotation.spans()) {
				String regionId = piece == 0 ? annotation.id() : annotation.id() + "_" + (piece + 1);
				piece++;
				region(regionId, "label", "labels", span, offsets, g);
				g.writeArrayFieldStart("labels");
				g.writeString(annotation.type());
				g.writeEndArray();
				g.writeEndObject();
				if (piece > 1) {
					g.writeStringField("parentID", annotation.id());
				}
				if (!annotation.note().isEmpty()) {
					g.writeObjectFieldStart("meta");
					g.writeArrayFieldStart("text");
					g.writeString(annotation.note());
					g.writeEndArray();
					g.writeEndObject();
				}
				g.writeEndObject();
				for (Map.Entry<String, AttributeValue> e : annotation.attributes().entrySet()) {
					boolean choice = schema.tagType(annotation.type()).flatMap(t -> t.attribute(e.getKey()))
							.map(AttributeType::kind).orElse(AttributeKind.STRING) == AttributeKind.ENUM;
					region(regionId, e.getKey(), choice ? "choices" : "textarea", span, offsets, g);
					g.writeArrayFieldStart(choice ? "choices" : "text");
					g.writeString(AttributeValues.text(e.getValue()));
					g.writeEndArray();
					g.writeEndObject();
					g.writeEndObject();
				}
			}
		}
		for (Relation relation : relations) {
			if (!present.contains(relation.from()) || !present.contains(relation.to())) {
				continue;
			}
			g.writeStartObject();
			g.writeStringField("from_id", relation.from());
			g.writeStringField("to_id", relation.to());
			g.writeStringField("type", "relation");
			g.writeStringField("direction", "right");
			g.writeArrayFieldStart("labels");
			g.writeString(relation.type());
			g.writeEndArray();
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	/** A stable positive number for an annotator name (Label Studio users are numbered). */
	private static int userId(String annotator) {
		return (annotator.hashCode() & 0x7fffffff) % 1_000_000 + 1;
	}

	/** Starts a region result and its value object, leaving both open. */
	private static void region(String id, String fromName, String type, Span span, TextOffsets offsets,
			JsonGenerator g) throws IOException {
		g.writeStartObject();
		g.writeStringField("id", id);
		g.writeStringField("from_name", fromName);
		g.writeStringField("to_name", TO_NAME);
		g.writeStringField("type", type);
		g.writeObjectFieldStart("value");
		g.writeNumberField("start", offsets.codePoint(span.start()));
		g.writeNumberField("end", offsets.codePoint(span.end()));
		if (!type.equals("textarea")) {
			g.writeStringField("text", span.quote());
		}
	}
}
