package org.policyannotator.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Span;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The benchmarks' practical limit: an annotation written with bare Jackson streaming, with the same fields our
 * formats carry and nothing else (no validation, no ordering, no atomic file handling).
 */
final class BareJsonRecords {

	private BareJsonRecords() {
	}

	/**
	 * @param withAnnotator whether the record names its annotator (a set file does; a dataset groups by annotator)
	 * @param time          how instants are written, as the format being compared writes them
	 */
	static void annotation(JsonGenerator g, Annotation a, boolean withAnnotator, Function<Instant, String> time)
			throws IOException {
		g.writeStartObject();
		g.writeStringField("id", a.id());
		g.writeStringField("type", a.type());
		g.writeArrayFieldStart("spans");
		for (Span s : a.spans()) {
			g.writeStartObject();
			g.writeNumberField("start", s.start());
			g.writeNumberField("end", s.end());
			g.writeStringField("quote", s.quote());
			g.writeStringField("prefix", s.prefix());
			g.writeStringField("suffix", s.suffix());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeObjectFieldStart("attributes");
		for (Map.Entry<String, AttributeValue> e : a.attributes().entrySet()) {
			g.writeStringField(e.getKey(), e.getValue().display());
		}
		g.writeEndObject();
		g.writeStringField("status", a.status().key());
		if (withAnnotator) {
			g.writeStringField("annotator", a.annotator());
		}
		g.writeStringField("created", time.apply(a.created()));
		g.writeStringField("modified", time.apply(a.modified()));
		g.writeEndObject();
	}
}
