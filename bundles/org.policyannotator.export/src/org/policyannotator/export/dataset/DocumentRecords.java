package org.policyannotator.export.dataset;

import java.io.IOException;
import java.util.Map;

import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.internal.AttributeValues;
import org.policyannotator.export.internal.TextOffsets;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.internal.io.TimeFormat;
import org.policyannotator.model.speakers.QuoteSpeakers;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes one document record of our dataset format (the same in both flavours). */
final class DocumentRecords {
	private DocumentRecords() {
	}

	static long write(DocumentEntry entry, boolean includeText, SpeakerField speakers, JsonGenerator g)
			throws IOException {
		Document document = entry.document();
		TextOffsets offsets = TextOffsets.of(document.text());
		g.writeStartObject();
		g.writeStringField("id", document.id());
		g.writeStringField("title", document.title());
		g.writeStringField("sourceUrl", document.sourceUrl());
		if (document.published().isPresent()) {
			g.writeStringField("published", document.published().get().toString());
		}
		g.writeStringField("language", document.language());
		if (!document.details().byline().isEmpty()) {
			g.writeStringField("byline", document.details().byline());
		}
		if (!document.details().siteName().isEmpty()) {
			g.writeStringField("siteName", document.details().siteName());
		}
		if (!entry.documentCodes().isEmpty()) {
			g.writeObjectFieldStart("documentCodes");
			for (var byAnnotator : entry.documentCodes().entrySet()) {
				g.writeArrayFieldStart(byAnnotator.getKey());
				for (String code : byAnnotator.getValue()) {
					g.writeString(code);
				}
				g.writeEndArray();
			}
			g.writeEndObject();
		}
		if (!document.details().variables().isEmpty()) {
			g.writeObjectFieldStart("variables");
			for (var variable : document.details().variables().entrySet()) {
				g.writeStringField(variable.getKey(), variable.getValue());
			}
			g.writeEndObject();
		}
		g.writeStringField("sha256", document.sha256());
		g.writeNumberField("length", document.text().length());
		g.writeNumberField("codePointLength", offsets.codePointLength());
		g.writeObjectFieldStart("provenance");
		g.writeStringField("importer", document.provenance().importer());
		g.writeStringField("source", document.provenance().source());
		g.writeStringField("importedAt", document.provenance().importedAt().toString());
		g.writeEndObject();
		if (document.hasPages()) {
			g.writeArrayFieldStart("pageStarts");
			for (int start : document.details().pageStarts()) {
				g.writeNumber(start);
			}
			g.writeEndArray();
		}
		if (includeText) {
			g.writeStringField("text", document.text());
		}
		long annotations = 0;
		g.writeArrayFieldStart("sets");
		for (AnnotatorEntry set : entry.annotators()) {
			g.writeStartObject();
			g.writeStringField("annotator", set.annotator());
			g.writeArrayFieldStart("annotations");
			Map<String, String> speaking = QuoteSpeakers.of(set.annotations(), set.relations());
			for (Annotation annotation : set.annotations()) {
				annotation(document, annotation, offsets, g);
				String name = speaking.get(annotation.id());
				if (name != null) {
					speakers.write(g, name);
				}
				g.writeEndObject();
				annotations++;
			}
			g.writeEndArray();
			g.writeArrayFieldStart("relations");
			for (Relation relation : set.relations()) {
				g.writeStartObject();
				g.writeStringField("id", relation.id());
				g.writeStringField("type", relation.type());
				g.writeStringField("from", relation.from());
				g.writeStringField("to", relation.to());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
		return annotations;
	}

	/** An annotation's fields, without the closing brace (the speaker may follow). */
	private static void annotation(Document document, Annotation annotation, TextOffsets offsets, JsonGenerator g)
			throws IOException {
		g.writeStartObject();
		g.writeStringField("id", annotation.id());
		g.writeStringField("type", annotation.type());
		g.writeArrayFieldStart("spans");
		for (Span span : annotation.spans()) {
			g.writeStartObject();
			g.writeNumberField("start", span.start());
			g.writeNumberField("end", span.end());
			g.writeNumberField("codePointStart", offsets.codePoint(span.start()));
			g.writeNumberField("codePointEnd", offsets.codePoint(span.end()));
			g.writeStringField("quote", span.quote());
			g.writeStringField("prefix", span.prefix());
			g.writeStringField("suffix", span.suffix());
			if (document.hasPages()) {
				g.writeNumberField("page", document.pageAt(span.start()));
			}
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeObjectFieldStart("attributes");
		for (Map.Entry<String, AttributeValue> e : annotation.attributes().entrySet()) {
			g.writeFieldName(e.getKey());
			AttributeValues.write(g, e.getValue());
		}
		g.writeEndObject();
		g.writeStringField("status", annotation.status().key());
		g.writeStringField("created", TimeFormat.iso(annotation.created()));
		g.writeStringField("modified", TimeFormat.iso(annotation.modified()));
		if (!annotation.note().isEmpty()) {
			g.writeStringField("note", annotation.note());
		}
	}
}
