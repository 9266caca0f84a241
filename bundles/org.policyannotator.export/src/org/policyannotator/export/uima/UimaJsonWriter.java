package org.policyannotator.export.uima;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * UIMA CAS JSON (the Apache UIMA JSON CAS format that INCEpTION imports as "UIMA CAS JSON"): per annotator a folder
 * with one {@code <doc>.json} CAS per document and the type system descriptor {@value TypeSystemXml#FILE} beside
 * them. The types are those of {@link UimaTypes}, laid out as INCEpTION builds them (one span layer whose
 * {@code label} feature holds the tag type, relation layers attached to it, so that a relation may link any two
 * annotations), and {@code %TYPES} declares them too, so that a file alone says what it holds.
 * {@code %FEATURE_STRUCTURES} holds the Sofa (the text), the {@code DocumentAnnotation} (language) and the
 * annotations; {@code begin}/{@code end} are UTF-16 code units, the format's default (Java and INCEpTION count so).
 * Numbers and dates are strings (exact), booleans booleans, references {@code @feature} ids. A discontinuous
 * annotation becomes one feature structure per span, each with the attributes; the later ones point to the first
 * with {@code fragmentOf}; relations and references use the first.
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
		List<UimaTypes.Type> types = UimaTypes.of(source.schema());
		Set<String> booleans = new HashSet<>();
		types.get(0).features().stream().filter(f -> f.range().equals(UimaTypes.BOOLEAN))
				.forEach(f -> booleans.add(f.name()));
		String descriptor = TypeSystemXml.of(types);
		DocumentLoop.run(source, progress, entry -> {
			for (AnnotatorEntry set : entry.annotators()) {
				Path dir = folder.resolve(set.annotator());
				Path xml = dir.resolve(TypeSystemXml.FILE);
				if (!Files.exists(xml)) {
					Files.createDirectories(dir);
					Files.writeString(xml, descriptor, StandardCharsets.UTF_8);
				}
				try (OutputStream out = new BufferedOutputStream(
						Files.newOutputStream(dir.resolve(entry.document().id() + ".json")), 1 << 16)) {
					cas(entry, set, types, booleans, out);
				}
			}
		});
	}

	private static void cas(DocumentEntry entry, AnnotatorEntry set, List<UimaTypes.Type> types,
			Set<String> booleans, OutputStream out)
			throws IOException {
		Document document = entry.document();
		try (JsonGenerator g = JsonSupport.pretty(out)) {
			g.writeStartObject();
			g.writeFieldName("%TYPES");
			types(types, g);
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
					g.writeNumberField("%ID", id);
					g.writeStringField("%TYPE", UimaTypes.SPAN);
					g.writeNumberField("@sofa", 1);
					g.writeNumberField("begin", span.start());
					g.writeNumberField("end", span.end());
					g.writeStringField(UimaTypes.LABEL, annotation.type());
					if (!annotation.note().isEmpty()) {
						g.writeStringField(UimaTypes.NOTE, annotation.note());
					}
					if (annotation.status() == AnnotationStatus.SUGGESTED) {
						g.writeBooleanField(UimaTypes.SUGGESTED, true);
					}
					int head = first.get(annotation.id());
					if (head != id) {
						g.writeNumberField("@" + UimaTypes.FRAGMENT_OF, head);
					}
					attributes(annotation, booleans, first, g);
					g.writeEndObject();
					id++;
				}
			}
			Map<String, Annotation> byId = new HashMap<>();
			set.annotations().forEach(a -> byId.put(a.id(), a));
			for (Relation relation : set.relations()) {
				Annotation to = byId.get(relation.to());
				members.add(id);
				g.writeStartObject();
				g.writeNumberField("%ID", id++);
				g.writeStringField("%TYPE", UimaTypes.relationType(relation.type()));
				g.writeNumberField("@sofa", 1);
				g.writeNumberField("begin", to.firstSpan().start());
				g.writeNumberField("end", to.firstSpan().end());
				g.writeNumberField("@" + UimaTypes.GOVERNOR, first.get(relation.from()));
				g.writeNumberField("@" + UimaTypes.DEPENDENT, first.get(relation.to()));
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

	private static void attributes(Annotation annotation, Set<String> booleans, Map<String, Integer> first,
			JsonGenerator g) throws IOException {
		for (Map.Entry<String, AttributeValue> e : annotation.attributes().entrySet()) {
			String feature = UimaTypes.feature(e.getKey());
			switch (e.getValue()) {
			case AttributeValue.Bool b when booleans.contains(feature) -> g.writeBooleanField(feature, b.value());
			case AttributeValue.Ref r -> {
				Integer target = first.get(r.annotationId());
				if (target != null) {
					g.writeNumberField("@" + feature, target);
				}
			}
			default -> g.writeStringField(feature, AttributeValues.text(e.getValue()));
			}
		}
	}

	private static void types(List<UimaTypes.Type> types, JsonGenerator g) throws IOException {
		g.writeStartObject();
		for (UimaTypes.Type type : types) {
			g.writeObjectFieldStart(type.name());
			g.writeStringField("%NAME", type.name());
			g.writeStringField("%SUPER_TYPE", "uima.tcas.Annotation");
			g.writeStringField("%DESCRIPTION", type.description());
			for (UimaTypes.Feature feature : type.features()) {
				g.writeObjectFieldStart(feature.name());
				g.writeStringField("%NAME", feature.name());
				g.writeStringField("%RANGE", feature.range());
				g.writeEndObject();
			}
			g.writeEndObject();
		}
		g.writeEndObject();
	}
}
