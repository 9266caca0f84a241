package org.policyannotator.model.internal.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.AttributeValueJson;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.CorpusException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Reads and writes annotation set files with Jackson streaming. Version 2 is current; version 1 (one span per
 * annotation as {@code start}/{@code end}/{@code text}, no status, no context) is migrated on reading.
 */
public final class SetCodec {
	/** The version written. */
	public static final int VERSION = 2;
	private static final SortedMap<String, AttributeValue> EMPTY = java.util.Collections.emptySortedMap();
	private static final SerializedString ELEMENT_SEPARATOR = new SerializedString(",\n\t\t");

	private SetCodec() {
	}

	/** The file content for {@code set}: deterministic for equal content. */
	public static byte[] write(AnnotationSet set) {
		return write(set, set.snapshot());
	}

	/** The file content for {@code snapshot} of {@code set}. */
	public static byte[] write(AnnotationSet set, AnnotationSet.Snapshot snapshot) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + snapshot.annotations().size() * 300);
		try {
			write(set, snapshot, out);
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory cannot fail", e);
		}
		return out.toByteArray();
	}

	/**
	 * Streams the file content for {@code snapshot} of {@code set} to {@code out}, leaving it open. Layout: top-level
	 * fields one per line, each annotation and relation compact on a line of its own (small diffs). The frame is
	 * written raw and the elements as root values of a compact generator whose root separator is the line break,
	 * which is much faster than a pretty printer called for every token.
	 */
	public static void write(AnnotationSet set, AnnotationSet.Snapshot snapshot, OutputStream out) throws IOException {
		List<Annotation> annotations = snapshot.annotations();
		List<Relation> relations = snapshot.relations();
		try (JsonGenerator g = elementWriter(out)) {
			g.writeRaw("{\n\t\"format\": \"" + FormatHeader.ANNOTATIONS + "\",\n\t\"version\": " + VERSION
					+ ",\n\t\"annotator\": " + quoted(set.annotator()) + ",\n\t\"document\": "
					+ quoted(set.documentId()) + ",\n\t\"documentSha256\": " + quoted(snapshot.documentSha256())
					+ ",\n\t\"annotations\": [");
			g.writeRaw(annotations.isEmpty() ? "" : "\n\t\t");
			for (Annotation annotation : annotations) {
				writeAnnotation(g, annotation);
			}
			g.writeRaw(annotations.isEmpty() ? "],\n\t\"relations\": [" : "\n\t],\n\t\"relations\": [");
		}
		try (JsonGenerator g = elementWriter(out)) {
			g.writeRaw(relations.isEmpty() ? "" : "\n\t\t");
			for (Relation relation : relations) {
				g.writeStartObject();
				g.writeStringField("id", relation.id());
				g.writeStringField("type", relation.type());
				g.writeStringField("from", relation.from());
				g.writeStringField("to", relation.to());
				g.writeEndObject();
			}
			g.writeRaw(relations.isEmpty() ? "]\n}\n" : "\n\t]\n}\n");
		}
	}

	private static JsonGenerator elementWriter(OutputStream out) throws IOException {
		JsonGenerator g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8);
		g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		g.setRootValueSeparator(ELEMENT_SEPARATOR);
		return g;
	}

	private static String quoted(String value) {
		return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
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
				AttributeValueJson.write(g, entry.getValue());
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


	/**
	 * Reads a set file.
	 *
	 * @param bytes the file content
	 * @param file  the file, for messages
	 * @throws CorpusException if the file is not a valid set file of a version this program knows
	 */
	public static AnnotationSet read(byte[] bytes, Path file) throws CorpusException {
		return new Reader(Json.over(bytes, file), true).read();
	}

	/**
	 * Reads a set file as {@link #read} does, checking the same, but gives its spans only their offsets: quotes and
	 * context are skipped, not decoded (they are most of a set's text), and left empty; so are the annotations'
	 * creation and modification times (checked to be strings, not parsed; left at the epoch). For counting and
	 * comparing spans over a whole corpus; such a set must never be saved.
	 */
	public static AnnotationSet readOffsets(byte[] bytes, Path file) throws CorpusException {
		return new Reader(Json.over(bytes, file), false).read();
	}

	/** Reading state for one file. */
	private static final class Reader {
		private final Json json;
		/** Whether span quotes and context are decoded (else skipped and left empty). */
		private final boolean spanTexts;
		private final List<String> pool = new ArrayList<>();
		private int version;
		private String annotator;
		private String lastTimeText = "";
		private Instant lastTime = Instant.EPOCH;

		Reader(Json json, boolean spanTexts) {
			this.json = json;
			this.spanTexts = spanTexts;
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
			TreeMap<String, AttributeValue> attributes = null;
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
				case "attributes" -> {
					attributes = attributes == null ? new TreeMap<>() : attributes;
					readAttributes(attributes, id);
				}
				case "status" -> {
					String key = json.string(field);
					String where = id;
					status = AnnotationStatus.fromKey(key)
							.orElseThrow(() -> json.fail("annotation " + where + ": unknown status \"" + key + "\""));
				}
				case "annotator" -> who = pooled(json.string(field));
				case "created" -> created = time(field, id);
				case "modified" -> modified = time(field, id);
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
			return make(id, type, spans, attributes == null ? EMPTY : attributes, who, created, modified, note, status,
					orphaned);
		}

		private Annotation make(String id, String type, List<Span> spans, SortedMap<String, AttributeValue> attributes,
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
				case "created" -> created = time(field, id);
				case "modified" -> modified = time(field, id);
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

		/** A span's quote, prefix or suffix: decoded, or only checked to be a string. */
		private String spanText(String field) throws CorpusException {
			if (spanTexts) {
				return json.string(field);
			}
			json.skipString(field);
			return "";
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
					case "quote" -> quote = spanText(field);
					case "prefix" -> prefix = spanText(field);
					case "suffix" -> suffix = spanText(field);
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

		/** A time of an annotation; when only offsets are read, checked to be a string and left at the epoch. */
		private Instant time(String field, String id) throws CorpusException {
			if (spanTexts) {
				return instant(field, id);
			}
			json.skipString(field);
			return Instant.EPOCH;
		}

		private Instant instant(String field, String id) throws CorpusException {
			String text = json.string(field);
			if (text.equals(lastTimeText)) {
				return lastTime; // created == modified is common: share one object
			}
			try {
				lastTime = TimeFormat.parse(text);
				lastTimeText = text;
				return lastTime;
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

		/** One instance per distinct type or annotator name (there are few): saves memory on large sets. */
		private String pooled(String s) {
			if (annotator != null && s.equals(annotator)) {
				return annotator;
			}
			for (int i = 0, n = pool.size(); i < n; i++) {
				String known = pool.get(i);
				if (known.equals(s)) {
					return known;
				}
			}
			if (pool.size() < 64) {
				pool.add(s);
			}
			return s;
		}
	}
}
