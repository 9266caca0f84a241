package org.policyannotator.export.uima;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.FolderWriter;
import org.policyannotator.export.internal.AttributeValues;
import org.policyannotator.export.internal.DocumentLoop;
import org.policyannotator.export.internal.JsonSupport;
import org.policyannotator.export.internal.Names;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.AttributeType;
import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * UIMA CAS JSON (the Apache UIMA JSON CAS format that INCEpTION imports as "UIMA CAS JSON"): per annotator a folder
 * with one {@code <doc>.json} CAS per document. {@code %TYPES} declares one span type per tag type
 * ({@code webanno.custom.<CamelCaseId>}, super type {@code uima.tcas.Annotation}, one feature per attribute) and one
 * relation type per relation type with the reference features {@code Governor} (from) and {@code Dependent} (to),
 * the layout of INCEpTION relation layers. {@code %FEATURE_STRUCTURES} holds the Sofa (the text), the
 * {@code DocumentAnnotation} (language) and the annotations; {@code begin}/{@code end} are UTF-16 code units, the
 * format's default (Java and INCEpTION count so). Numbers and dates are strings (exact), booleans booleans,
 * references {@code @feature} ids. A discontinuous annotation becomes one feature structure per span, each with
 * the attributes; relations use the first.
 */
public final class UimaJsonWriter implements FolderWriter {
	/** Package of the generated types, as INCEpTION names custom layers. */
	public static final String PACKAGE = "webanno.custom.";

	/** A writer (no state). */
	public UimaJsonWriter() {
	}

	/** The UIMA type name of a tag or relation type id. */
	public static String typeName(String id) {
		return PACKAGE + Names.camel(id);
	}

	@Override
	public void write(DatasetSource source, Path folder, ExportProgress progress) throws IOException {
		Schema schema = source.schema();
		DocumentLoop.run(source, progress, entry -> {
			for (AnnotatorEntry set : entry.annotators()) {
				Path dir = folder.resolve(set.annotator());
				Files.createDirectories(dir);
				try (OutputStream out = new BufferedOutputStream(
						Files.newOutputStream(dir.resolve(entry.document().id() + ".json")), 1 << 16)) {
					cas(entry, set, schema, out);
				}
			}
		});
	}

	private static void cas(DocumentEntry entry, AnnotatorEntry set, Schema schema, OutputStream out)
			throws IOException {
		Document document = entry.document();
		try (JsonGenerator g = JsonSupport.pretty(out)) {
			g.writeStartObject();
			g.writeFieldName("%TYPES");
			types(schema, g);
			g.writeArrayFieldStart("%FEATURE_STRUCTURES");
			g.writeStartObject();
			g.writeNumberField("%ID", 1);
			g.writeStringField("%TYPE", "uima.cas.Sofa");
			g.writeNumberField("sofaNum", 1);
			g.writeStringField("sofaID", "_InitialView");
			g.writeStringField("mimeType", "text");
			g.writeStringField("sofaString", document.text());
			g.writeEndObject();
			g.writeStartObject();
			g.writeNumberField("%ID", 2);
			g.writeStringField("%TYPE", "uima.tcas.DocumentAnnotation");
			g.writeNumberField("@sofa", 1);
			g.writeNumberField("begin", 0);
			g.writeNumberField("end", document.text().length());
			g.writeStringField("language", document.language().isEmpty() ? "x-unspecified" : document.language());
			g.writeEndObject();
			List<Integer> members = new ArrayList<>();
			members.add(2);
			Map<String, Integer> first = new HashMap<>();
			int next = 3;
			for (Annotation annotation : set.annotations()) {
				for (Span span : annotation.spans()) {
					first.putIfAbsent(annotation.id(), next);
					next++;
				}
			}
			int id = 3;
			for (Annotation annotation : set.annotations()) {
				for (Span span : annotation.spans()) {
					members.add(id);
					g.writeStartObject();
					g.writeNumberField("%ID", id++);
					g.writeStringField("%TYPE", typeName(annotation.type()));
					g.writeNumberField("@sofa", 1);
					g.writeNumberField("begin", span.start());
					g.writeNumberField("end", span.end());
					for (Map.Entry<String, AttributeValue> e : annotation.attributes().entrySet()) {
						String feature = Names.identifier(e.getKey());
						switch (e.getValue()) {
						case AttributeValue.Bool b -> g.writeBooleanField(feature, b.value());
						case AttributeValue.Ref r -> {
							Integer target = first.get(r.annotationId());
							if (target != null) {
								g.writeNumberField("@" + feature, target);
							}
						}
						default -> g.writeStringField(feature, AttributeValues.text(e.getValue()));
						}
					}
					g.writeEndObject();
				}
			}
			Map<String, Annotation> byId = new HashMap<>();
			set.annotations().forEach(a -> byId.put(a.id(), a));
			for (Relation relation : set.relations()) {
				Annotation to = byId.get(relation.to());
				members.add(id);
				g.writeStartObject();
				g.writeNumberField("%ID", id++);
				g.writeStringField("%TYPE", typeName(relation.type()));
				g.writeNumberField("@sofa", 1);
				g.writeNumberField("begin", to.firstSpan().start());
				g.writeNumberField("end", to.firstSpan().end());
				g.writeNumberField("@Governor", first.get(relation.from()));
				g.writeNumberField("@Dependent", first.get(relation.to()));
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeObjectFieldStart("%VIEWS");
			g.writeObjectFieldStart("_InitialView");
			g.writeNumberField("%SOFA", 1);
			g.writeArrayFieldStart("%MEMBERS");
			for (int member : members) {
				g.writeNumber(member);
			}
			g.writeEndArray();
			g.writeEndObject();
			g.writeEndObject();
			g.writeEndObject();
			g.writeRaw('\n');
		}
	}

	private static void types(Schema schema, JsonGenerator g) throws IOException {
		g.writeStartObject();
		for (TagType type : schema.tagTypes()) {
			String name = typeName(type.id());
			g.writeObjectFieldStart(name);
			g.writeStringField("%NAME", name);
			g.writeStringField("%SUPER_TYPE", "uima.tcas.Annotation");
			g.writeStringField("%DESCRIPTION", type.label());
			for (AttributeType attribute : type.attributes()) {
				String feature = Names.identifier(attribute.id());
				g.writeObjectFieldStart(feature);
				g.writeStringField("%NAME", feature);
				g.writeStringField("%RANGE", switch (attribute.kind()) {
				case BOOLEAN -> "uima.cas.Boolean";
				case REFERENCE -> attribute.targetTypes().size() == 1 ? typeName(attribute.targetTypes().get(0))
						: "uima.tcas.Annotation";
				default -> "uima.cas.String";
				});
				g.writeEndObject();
			}
			g.writeEndObject();
		}
		for (RelationType relation : schema.relationTypes()) {
			String name = typeName(relation.id());
			g.writeObjectFieldStart(name);
			g.writeStringField("%NAME", name);
			g.writeStringField("%SUPER_TYPE", "uima.tcas.Annotation");
			g.writeStringField("%DESCRIPTION", relation.label());
			reference(g, "Governor", relation.fromTypes());
			reference(g, "Dependent", relation.toTypes());
			g.writeEndObject();
		}
		g.writeEndObject();
	}

	private static void reference(JsonGenerator g, String feature, List<String> types) throws IOException {
		g.writeObjectFieldStart(feature);
		g.writeStringField("%NAME", feature);
		g.writeStringField("%RANGE", types.size() == 1 ? typeName(types.get(0)) : "uima.tcas.Annotation");
		g.writeEndObject();
	}
}
