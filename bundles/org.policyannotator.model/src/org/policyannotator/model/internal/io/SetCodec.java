package org.policyannotator.model.internal.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.CorpusException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads and writes annotation set files with Jackson streaming. Version 2 is current; version 1 (one span per
 * annotation as {@code start}/{@code end}/{@code text}, no status, no context) is migrated on reading.
 */
public final class SetCodec {
	/** The version written. */
	public static final int VERSION = 2;

	private SetCodec() {
	}

	/** The file content for {@code set}: deterministic for equal content. */
	public static byte[] write(AnnotationSet set) {
		return write(set, set.snapshot());
	}

	/** The file content for {@code snapshot} of {@code set}. */
	public static byte[] write(AnnotationSet set, AnnotationSet.Snapshot snapshot) {
		List<Annotation> annotations = snapshot.annotations();
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + annotations.size() * 300);
		try (JsonGenerator g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			g.setPrettyPrinter(new LinePrinter());
			g.writeStartObject();
			g.writeStringField("format", FormatHeader.ANNOTATIONS);
			g.writeNumberField("version", VERSION);
			g.writeStringField("annotator", set.annotator());
			g.writeStringField("document", set.documentId());
			g.writeStringField("documentSha256", snapshot.documentSha256());
			g.writeArrayFieldStart("annotations");
			for (Annotation annotation : annotations) {
				writeAnnotation(g, annotation);
			}
			g.writeEndArray();
			g.writeArrayFieldStart("relations");
			for (Relation relation : snapshot.relations()) {
				g.writeStartObject();
				g.writeStringField("id", relation.id());
				g.writeStringField("type", relation.type());
				g.writeStringField("from", relation.from());
				g.writeStringField("to", relation.to());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
			g.writeRaw('\n');
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory cannot fail", e);
		}
		return out.toByteArray();
	}

	private static void writeAnnotation(JsonGenerator g, Annotation a) throws IOException {
		g.writeStartObject();
		g.writeStringField("id", a.id());
		g.writeStringField("type", a.type());
		g.writeArrayFieldStart("spans");
		for (Span span : a.spans()) {
			g.writeStartObject();
			g.writeNumberField("start", span.start());
			g.writeNumberField("end", span.end());
			g.writeStringField("quote", span.quote());
			g.writeStringField("prefix", span.prefix());
			g.writeStringField("suffix", span.suffix());
			g.writeEndObject();
		}
		g.writeEndArray();
		if (!a.attributes().isEmpty()) {
			g.writeObjectFieldStart("attributes");
			for (Map.Entry<String, AttributeValue> entry : a.attributes().entrySet()) {
				g.writeFieldName(entry.getKey());
				writeValue(g, entry.getValue());
			}
			g.writeEndObject();
		}
		g.writeStringField("status", a.status().key());
		g.writeStringField("annotator", a.annotator());
		g.writeStringField("created", TimeFormat.format(a.created()));
		g.writeStringField("modified", TimeFormat.format(a.modified()));
		if (!a.note().isEmpty()) {
			g.writeStringField("note", a.note());
		}
		if (a.orphaned()) {
			g.writeBooleanField("orphaned", true);
		}
		g.writeEndObject();
	}

	private static void writeValue(JsonGenerator g, AttributeValue value) throws IOException {
		switch (value) {
		case AttributeValue.Text t -> g.writeString(t.value());
		case AttributeValue.Number n -> g.writeNumber(n.value().toPlainString());
		case AttributeValue.Bool b -> g.writeBoolean(b.value());
		case AttributeValue.Date d -> {
			g.writeStartObject();
			g.writeStringField("date", d.value().toString());
			g.writeEndObject();
		}
		case AttributeValue.Ref r -> {
			g.writeStartObject();
			g.writeStringField("ref", r.annotationId());
			g.writeEndObject();
		}
		}
	}

	/**
	 * Reads a set file.
	 *
	 * @param bytes the file content
	 * @param file  the file, for messages
	 * @throws CorpusException if the file is not a valid set file of a version this program knows
	 */
	public static AnnotationSet read(byte[] bytes, Path file) throws CorpusException {
		return new Reader(Json.over(bytes, file)).read();
	}

	/** Reading state for one file. */
	private static final class Reader {
		private final Json json;
		private final Map<String, String> pool = new HashMap<>();
		private int version;
		private String annotator;

		Reader(Json json) {
			this.json = json;
		}

		AnnotationSet read() throws CorpusException {
			json.expect(JsonToken.START_OBJECT, "an object");
			String format = null;
			String document = null;
			String sha = "";
			List<Annotation> annotations = new ArrayList<>();
			List<Relation> relations = new ArrayList<>();
			for (String field = json.nextField(); field != null; field = json.nextField()) {
				switch (field) {
				case "format" -> format = json.string(field);
				case "version" -> {
					version = json.integer(field);
					FormatHeader.check(json, FormatHeader.ANNOTATIONS, format, version, VERSION);
				}
				case "annotator" -> annotator = json.string(field);
				case "document" -> document = json.string(field);
				case "documentSha256" -> sha = json.string(field);
				case "annotations" -> {
					requireHeader();
					json.expect(JsonToken.START_ARRAY, "an array of annotations");
					while (json.next() != JsonToken.END_ARRAY) {
						requireObject("an annotation");
						annotations.add(version == 1 ? readVersion1Annotation() : readAnnotation());
					}
				}
				case "relations" -> {
					json.expect(JsonToken.START_ARRAY, "an array of relations");
					while (json.next() != JsonToken.END_ARRAY) {
						requireObject("a relation");
						relations.add(readRelation());
					}
				}
				default -> throw json.fail("unknown field \"" + field + "\"");
				}
			}
			json.expectEnd();
			requireHeader();
			if (document == null) {
				throw json.fail("missing \"document\"");
			}
			try {
				return AnnotationSet.of(annotator, document, sha, annotations, relations);
			} catch (IllegalArgumentException e) {
				throw new CorpusException(json.file(), e.getMessage());
			}
		}

		private void requireHeader() throws CorpusException {
			if (version == 0) {
				FormatHeader.check(json, FormatHeader.ANNOTATIONS, null, 0, VERSION);
				throw json.fail("\"format\" and \"version\" must come first");
			}
			if (annotator == null) {
				throw json.fail("\"annotator\" must come before the annotations");
			}
		}

		private void requireObject(String what) throws CorpusException {
			if (json.parser().currentToken() != JsonToken.START_OBJECT) {
				throw json.fail("expected " + what + " (an object)");
			}
		}

		private Annotation readAnnotation() throws CorpusException {
			String id = null;
			String type = null;
			List<Span> spans = null;
			TreeMap<String, AttributeValue> attributes = new TreeMap<>();
			AnnotationStatus status = null;
			String who = annotator;
			Instant created = null;
			Instant modified = null;
			String note = "";
			boolean orphaned = false;
			for (String field = json.nextField(); field != null; field = json.nextField()) {
				switch (field) {
				case "id" -> id = json.string(field);
				case "type" -> type = pooled(json.string(field));
				case "spans" -> spans = readSpans(id);
				case "attributes" -> readAttributes(attributes, id);
				case "status" -> {
					String key = json.string(field);
					String where = id;
					status = AnnotationStatus.fromKey(key)
							.orElseThrow(() -> json.fail("annotation " + where + ": unknown status \"" + key + "\""));
				}
				case "annotator" -> who = pooled(json.string(field));
				case "created" -> created = instant(field, id);
				case "modified" -> modified = instant(field, id);
				case "note" -> note = json.string(field);
				case "orphaned" -> orphaned = json.bool(field);
				default -> throw json.fail("annotation " + id + ": unknown field \"" + field + "\"");
				}
			}
			if (id == null || type == null || spans == null || status == null || created == null
					|| modified == null) {
				throw json.fail("annotation " + (id == null ? "without id" : id)
						+ " lacks one of id, type, spans, status, created, modified");
			}
			return make(id, type, spans, attributes, who, created, modified, note, status, orphaned);
		}

		private Annotation make(String id, String type, List<Span> spans, TreeMap<String, AttributeValue> attributes,
				String who, Instant created, Instant modified, String note, AnnotationStatus status, boolean orphaned)
				throws CorpusException {
			try {
				return new Annotation(id, type, spans, attributes, who, created, modified, note, status, orphaned);
			} catch (IllegalArgumentException e) {
				throw json.fail("annotation " + id + ": " + e.getMessage());
			}
		}

		private Annotation readVersion1Annotation() throws CorpusException {
			String id = null;
			String type = null;
			int start = -1;
			int end = -1;
			String text = null;
			TreeMap<String, AttributeValue> attributes = new TreeMap<>();
			Instant created = null;
			Instant modified = null;
			String note = "";
			for (String field = json.nextField(); field != null; field = json.nextField()) {
				switch (field) {
				case "id" -> id = json.string(field);
				case "type" -> type = pooled(json.string(field));
				case "start" -> start = json.integer(field);
				case "end" -> end = json.integer(field);
				case "text" -> text = json.string(field);
				case "attributes" -> readAttributes(attributes, id);
				case "created" -> created = instant(field, id);
				case "modified" -> modified = instant(field, id);
				case "note" -> note = json.string(field);
				default -> throw json.fail("annotation " + id + ": unknown field \"" + field + "\"");
				}
			}
			if (id == null || type == null || start < 0 || end < start || text == null || created == null) {
				throw json.fail("annotation " + (id == null ? "without id" : id)
						+ " lacks one of id, type, start, end, text, created or has end before start");
			}
			Span span = new Span(start, end, text, "", "");
			return make(id, type, List.of(span), attributes, annotator, created, modified == null ? created : modified,
					note, AnnotationStatus.ACCEPTED, false);
		}

		private List<Span> readSpans(String id) throws CorpusException {
			json.expect(JsonToken.START_ARRAY, "an array of spans");
			List<Span> spans = new ArrayList<>(1);
			while (json.next() != JsonToken.END_ARRAY) {
				requireObject("a span");
				int start = -1;
				int end = -1;
				String quote = null;
				String prefix = "";
				String suffix = "";
				for (String field = json.nextField(); field != null; field = json.nextField()) {
					switch (field) {
					case "start" -> start = json.integer(field);
					case "end" -> end = json.integer(field);
					case "quote" -> quote = json.string(field);
					case "prefix" -> prefix = json.string(field);
					case "suffix" -> suffix = json.string(field);
					default -> throw json.fail("annotation " + id + ": unknown span field \"" + field + "\"");
					}
				}
				if (start < 0 || end < start || quote == null) {
					throw json.fail("annotation " + id + ": a span needs start <= end (both >= 0) and a quote");
				}
				spans.add(new Span(start, end, quote, prefix, suffix));
			}
			if (spans.isEmpty()) {
				throw json.fail("annotation " + id + " has no span");
			}
			return spans;
		}

		private void readAttributes(Map<String, AttributeValue> attributes, String id) throws CorpusException {
			json.expect(JsonToken.START_OBJECT, "an object of attributes");
			for (String name = json.nextField(); name != null; name = json.nextField()) {
				JsonToken token = json.next();
				AttributeValue value = switch (token) {
				case VALUE_STRING -> new AttributeValue.Text(json.text());
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new AttributeValue.Number(new BigDecimal(json.text()));
				case VALUE_TRUE -> new AttributeValue.Bool(true);
				case VALUE_FALSE -> new AttributeValue.Bool(false);
				case START_OBJECT -> readTaggedValue(name, id);
				default -> throw json.fail("annotation " + id + ": attribute " + name + " has an unsupported value");
				};
				if (attributes.put(name, value) != null) {
					throw json.fail("annotation " + id + ": attribute " + name + " is given twice");
				}
			}
		}

		private AttributeValue readTaggedValue(String name, String id) throws CorpusException {
			String kind = json.nextField();
			if (kind == null) {
				throw json.fail("annotation " + id + ": attribute " + name + " is an empty object");
			}
			String text = json.string(kind);
			AttributeValue value;
			try {
				value = switch (kind) {
				case "date" -> new AttributeValue.Date(LocalDate.parse(text));
				case "ref" -> new AttributeValue.Ref(text);
				default -> throw json.fail("annotation " + id + ": attribute " + name + ": unknown kind \"" + kind
						+ "\" (expected date or ref)");
				};
			} catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
				throw json.fail("annotation " + id + ": attribute " + name + ": " + e.getMessage());
			}
			if (json.nextField() != null) {
				throw json.fail("annotation " + id + ": attribute " + name + " has more than one field");
			}
			return value;
		}

		private Instant instant(String field, String id) throws CorpusException {
			String text = json.string(field);
			try {
				return TimeFormat.parse(text);
			} catch (java.time.format.DateTimeParseException e) {
				throw json.fail("annotation " + id + ": \"" + field + "\" is not a time: " + text);
			}
		}

		private Relation readRelation() throws CorpusException {
			String id = null;
			String type = null;
			String from = null;
			String to = null;
			for (String field = json.nextField(); field != null; field = json.nextField()) {
				switch (field) {
				case "id" -> id = json.string(field);
				case "type" -> type = pooled(json.string(field));
				case "from" -> from = json.string(field);
				case "to" -> to = json.string(field);
				default -> throw json.fail("relation " + id + ": unknown field \"" + field + "\"");
				}
			}
			try {
				return new Relation(id, type, from, to);
			} catch (IllegalArgumentException e) {
				throw json.fail("relation " + id + ": " + e.getMessage());
			}
		}

		private String pooled(String s) {
			String known = pool.putIfAbsent(s, s);
			return known == null ? s : known;
		}
	}
}
