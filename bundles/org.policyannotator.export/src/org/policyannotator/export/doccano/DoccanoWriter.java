package org.policyannotator.export.doccano;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DatasetWriter;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.internal.DocumentLoop;
import org.policyannotator.export.internal.JsonSupport;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * doccano sequence labelling JSONL with relations: one line per document and annotator,
 * {@code {"text", "document", "annotator", "entities": [{"id", "label", "start_offset", "end_offset"}],
 * "relations": [{"id", "from_id", "to_id", "type"}]}}. Offsets count UTF-16 code units, as doccano does (its
 * annotation screen counts characters as the browser's JavaScript does, so a span after an emoji lands where
 * doccano shows it). doccano has no attributes, notes or
 * discontinuous entities: each span becomes an entity of its own (entities in text order) and relations start and end at an annotation's
 * first span. A document no one annotated gives one line without entities.
 */
public final class DoccanoWriter implements DatasetWriter {

	/** A writer (no state). */
	public DoccanoWriter() {
	}

	@Override
	public void write(DatasetSource source, OutputStream out, ExportProgress progress) throws IOException {
		try (JsonGenerator g = JsonSupport.compact(out)) {
			g.setRootValueSeparator(null);
			DocumentLoop.run(source, progress, entry -> document(entry, g));
		}
	}

	private static void document(DocumentEntry entry, JsonGenerator g) throws IOException {
		if (entry.annotators().isEmpty()) {
			line(entry, new AnnotatorEntry("", List.of(), List.of()), g);
			return;
		}
		for (AnnotatorEntry set : entry.annotators()) {
			line(entry, set, g);
		}
	}

	private static void line(DocumentEntry entry, AnnotatorEntry set, JsonGenerator g)
			throws IOException {
		g.writeStartObject();
		g.writeStringField("text", entry.document().text());
		g.writeStringField("document", entry.document().id());
		if (!set.annotator().isEmpty()) {
			g.writeStringField("annotator", set.annotator());
		}
		g.writeArrayFieldStart("entities");
		List<Entity> entities = new ArrayList<>();
		for (Annotation annotation : set.annotations()) {
			for (int i = 0; i < annotation.spans().size(); i++) {
				entities.add(new Entity(annotation, annotation.spans().get(i), i == 0));
			}
		}
		entities.sort(Entity.ORDER);
		Map<String, Integer> firstEntity = new HashMap<>();
		int next = 1;
		for (Entity entity : entities) {
			if (entity.first()) {
				firstEntity.put(entity.annotation().id(), next);
			}
			g.writeStartObject();
			g.writeNumberField("id", next++);
			g.writeStringField("label", entity.annotation().type());
			g.writeNumberField("start_offset", entity.span().start());
			g.writeNumberField("end_offset", entity.span().end());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayFieldStart("relations");
		int relationId = 1;
		for (Relation relation : set.relations()) {
			g.writeStartObject();
			g.writeNumberField("id", relationId++);
			g.writeNumberField("from_id", firstEntity.get(relation.from()));
			g.writeNumberField("to_id", firstEntity.get(relation.to()));
			g.writeStringField("type", relation.type());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
		g.writeRaw('\n');
	}

	/** One span of an annotation as a doccano entity; entities are written in text order, so the order is stable. */
	private record Entity(Annotation annotation, Span span, boolean first) {
		static final Comparator<Entity> ORDER = Comparator.<Entity> comparingInt(e -> e.span().start())
				.thenComparingInt(e -> e.span().end()).thenComparing(e -> e.annotation().type());
	}
}
