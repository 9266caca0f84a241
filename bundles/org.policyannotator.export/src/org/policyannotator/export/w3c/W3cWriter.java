package org.policyannotator.export.w3c;

import java.io.IOException;
import java.io.OutputStream;
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
import org.policyannotator.export.internal.W3cIris;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.internal.io.TimeFormat;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * W3C Web Annotation (JSON-LD): one {@code AnnotationCollection} whose {@code first} page is embedded and holds
 * every annotation ({@code startIndex} 0; a file needs no paging). The page's {@code partOf} describes the
 * collection ({@code id}, {@code label}, {@code total}) and comes after the items, so the file streams. Each
 * annotation targets one {@code SpecificResource} per span, with a {@code TextQuoteSelector} (exact, prefix,
 * suffix) and a {@code TextPositionSelector} in Unicode code points, as the model demands; a span of a paged
 * document (a PDF) also has a {@code FragmentSelector} with the page its start lies on ({@code "page=3"}). The tag type is a
 * {@code TextualBody} with purpose {@code classifying}; each attribute a further {@code TextualBody} with purpose
 * {@code describing} and the attribute name in {@code pa:attribute}. A relation is an annotation with motivation
 * {@code linking}: its target is the source annotation, its body the target annotation plus a classifying body
 * with the relation type. Suggestions carry {@code "pa:status": "suggested"}; {@code pa:} is declared in the
 * context as {@value #VOCABULARY}.
 */
public final class W3cWriter implements DatasetWriter {
	/** The IRI of our few extension terms. */
	public static final String VOCABULARY = "urn:policyannotator:vocabulary#";
	static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
	/** The fragment syntax of PDF files that our {@code page=n} selectors use, by the IRI the W3C model gives it. */
	static final String PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778";

	/** A writer (no state). */
	public W3cWriter() {
	}

	@Override
	public void write(DatasetSource source, OutputStream out, ExportProgress progress) throws IOException {
		W3cIris iris = new W3cIris(source.name());
		long[] total = { 0 };
		try (JsonGenerator g = JsonSupport.pretty(out)) {
			g.writeStartObject();
			g.writeArrayFieldStart("@context");
			g.writeString(CONTEXT);
			g.writeStartObject();
			g.writeStringField("pa", VOCABULARY);
			g.writeEndObject();
			g.writeEndArray();
			g.writeStringField("id", iris.collection());
			g.writeStringField("type", "AnnotationCollection");
			g.writeStringField("label", source.name());
			g.writeObjectFieldStart("first");
			g.writeStringField("id", iris.page());
			g.writeStringField("type", "AnnotationPage");
			g.writeNumberField("startIndex", 0);
			g.writeArrayFieldStart("items");
			DocumentLoop.run(source, progress, entry -> total[0] += document(entry, iris, g));
			g.writeEndArray();
			// an object, not the bare IRI: the suite's 5.2-pageTotalValidated wants the collection described here
			g.writeObjectFieldStart("partOf");
			g.writeStringField("id", iris.collection());
			g.writeStringField("label", source.name());
			g.writeNumberField("total", total[0]);
			g.writeEndObject();
			g.writeEndObject();
			g.writeStringField("last", iris.page());
			g.writeNumberField("total", total[0]);
			g.writeEndObject();
			g.writeRaw('\n');
		}
	}

	private static long document(DocumentEntry entry, W3cIris iris, JsonGenerator g) throws IOException {
		Document document = entry.document();
		TextOffsets offsets = TextOffsets.of(document.text());
		long items = 0;
		for (AnnotatorEntry set : entry.annotators()) {
			for (Annotation annotation : set.annotations()) {
				annotation(document, set.annotator(), annotation, offsets, iris, g);
				items++;
			}
			for (Relation relation : set.relations()) {
				relation(document, set.annotator(), relation, iris, g);
				items++;
			}
		}
		return items;
	}

	private static void annotation(Document document, String annotator, Annotation annotation, TextOffsets offsets,
			W3cIris iris, JsonGenerator g) throws IOException {
		g.writeStartObject();
		g.writeStringField("id", iris.annotation(document.id(), annotator, annotation.id()));
		g.writeStringField("type", "Annotation");
		g.writeStringField("motivation", "classifying");
		creator(annotator, iris, g);
		g.writeStringField("created", TimeFormat.iso(annotation.created()));
		g.writeStringField("modified", TimeFormat.iso(annotation.modified()));
		if (annotation.status() != AnnotationStatus.ACCEPTED) {
			g.writeStringField("pa:status", annotation.status().key());
		}
		g.writeArrayFieldStart("body");
		classifying(annotation.type(), g);
		for (Map.Entry<String, AttributeValue> e : annotation.attributes().entrySet()) {
			g.writeStartObject();
			g.writeStringField("type", "TextualBody");
			g.writeStringField("purpose", "describing");
			g.writeStringField("value", AttributeValues.text(e.getValue()));
			g.writeStringField("pa:attribute", e.getKey());
			g.writeEndObject();
		}
		if (!annotation.note().isEmpty()) {
			g.writeStartObject();
			g.writeStringField("type", "TextualBody");
			g.writeStringField("purpose", "commenting");
			g.writeStringField("value", annotation.note());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayFieldStart("target");
		for (Span span : annotation.spans()) {
			g.writeStartObject();
			g.writeStringField("type", "SpecificResource");
			g.writeObjectFieldStart("source");
			g.writeStringField("id", iris.document(document.id()));
			g.writeStringField("type", "Text");
			g.writeStringField("format", "text/plain");
			if (!document.language().isEmpty()) {
				g.writeStringField("language", document.language());
			}
			g.writeStringField("pa:sha256", document.sha256());
			g.writeEndObject();
			g.writeArrayFieldStart("selector");
			g.writeStartObject();
			g.writeStringField("type", "TextQuoteSelector");
			g.writeStringField("exact", span.quote());
			g.writeStringField("prefix", span.prefix());
			g.writeStringField("suffix", span.suffix());
			g.writeEndObject();
			g.writeStartObject();
			g.writeStringField("type", "TextPositionSelector");
			g.writeNumberField("start", offsets.codePoint(span.start()));
			g.writeNumberField("end", offsets.codePoint(span.end()));
			g.writeEndObject();
			if (document.hasPages()) {
				g.writeStartObject();
				g.writeStringField("type", "FragmentSelector");
				g.writeStringField("conformsTo", PDF_FRAGMENT);
				g.writeStringField("value", "page=" + document.pageAt(span.start()));
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void relation(Document document, String annotator, Relation relation, W3cIris iris,
			JsonGenerator g) throws IOException {
		g.writeStartObject();
		g.writeStringField("id", iris.relation(document.id(), annotator, relation.id()));
		g.writeStringField("type", "Annotation");
		g.writeStringField("motivation", "linking");
		creator(annotator, iris, g);
		g.writeArrayFieldStart("body");
		classifying(relation.type(), g);
		g.writeString(iris.annotation(document.id(), annotator, relation.to()));
		g.writeEndArray();
		g.writeStringField("target", iris.annotation(document.id(), annotator, relation.from()));
		g.writeEndObject();
	}

	private static void creator(String annotator, W3cIris iris, JsonGenerator g) throws IOException {
		g.writeObjectFieldStart("creator");
		g.writeStringField("id", iris.annotator(annotator));
		g.writeStringField("type", "Person");
		g.writeStringField("nickname", annotator);
		g.writeEndObject();
	}

	private static void classifying(String value, JsonGenerator g) throws IOException {
		g.writeStartObject();
		g.writeStringField("type", "TextualBody");
		g.writeStringField("purpose", "classifying");
		g.writeStringField("value", value);
		g.writeEndObject();
	}
}
