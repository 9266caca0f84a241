package org.policyannotator.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentDetails;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.corpus.CorpusException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes {@code documents/<id>.json}. The text is stored exactly, line ends included. */
public final class DocumentCodec {
	/** The version written. */
	public static final int VERSION = 1;

	private DocumentCodec() {
	}

	/** The file content for {@code document}. */
	public static byte[] write(Document d) {
		return Pretty.write(g -> {
			g.writeStartObject();
			g.writeStringField("format", FormatHeader.DOCUMENT);
			g.writeNumberField("version", VERSION);
			g.writeStringField("id", d.id());
			g.writeStringField("title", d.title());
			g.writeStringField("sourceUrl", d.sourceUrl());
			if (d.published().isPresent()) {
				g.writeStringField("published", d.published().get().toString());
			}
			g.writeStringField("language", d.language());
			DocumentDetails details = d.details();
			if (!details.byline().isEmpty()) {
				g.writeStringField("byline", details.byline());
			}
			if (!details.siteName().isEmpty()) {
				g.writeStringField("siteName", details.siteName());
			}
			if (!details.pageStarts().isEmpty()) {
				g.writeArrayFieldStart("pageStarts");
				for (int start : details.pageStarts()) {
					g.writeNumber(start);
				}
				g.writeEndArray();
			}
			g.writeStringField("sha256", d.sha256());
			g.writeObjectFieldStart("provenance");
			g.writeStringField("importer", d.provenance().importer());
			g.writeStringField("source", d.provenance().source());
			g.writeStringField("importedAt", TimeFormat.format(d.provenance().importedAt()));
			g.writeEndObject();
			g.writeStringField("text", d.text());
			g.writeEndObject();
		});
	}

	/**
	 * The title of a document file, read without its text: the text is written last, so reading stops after a few
	 * hundred bytes; a file with its fields in another order is read past the text without keeping it. "" when the
	 * file has no title.
	 */
	public static String readTitle(InputStream in, Path file) throws CorpusException {
		try (JsonParser parser = Json.FACTORY.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new CorpusException(file, "is not a JSON object");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals("title")) {
					if (value != JsonToken.VALUE_STRING) {
						throw new CorpusException(file, "\"title\" is not a string");
					}
					return parser.getText();
				}
				parser.skipChildren();
			}
			return "";
		} catch (JsonProcessingException e) {
			throw Json.malformed(file, e);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage());
		}
	}

	/** Reads a document file. The stored hash is kept as it is; {@link Document#hashMatches()} tells if it fits. */
	public static Document read(byte[] bytes, Path file) throws CorpusException {
		ObjectNode node = Tree.parse(bytes, file, FormatHeader.DOCUMENT, VERSION);
		Tree t = Tree.of(file);
		t.onlyFields(node, "", "format", "version", "id", "title", "sourceUrl", "published", "language", "byline",
				"siteName", "pageStarts", "sha256", "provenance", "text");
		Optional<LocalDate> published = Optional.empty();
		String date = t.optString(node, "published", "");
		if (!date.isEmpty()) {
			try {
				published = Optional.of(LocalDate.parse(date));
			} catch (DateTimeParseException e) {
				throw new CorpusException(file, "\"published\" is not a date (yyyy-mm-dd): " + date);
			}
		}
		Provenance provenance = Provenance.manual();
		Optional<JsonNode> p = t.object(node, "provenance", "");
		if (p.isPresent()) {
			t.onlyFields(p.get(), "provenance: ", "importer", "source", "importedAt");
			String at = t.string(p.get(), "importedAt", "provenance: ");
			try {
				provenance = new Provenance(t.string(p.get(), "importer", "provenance: "),
						t.optString(p.get(), "source", "provenance: "), TimeFormat.parse(at));
			} catch (DateTimeParseException e) {
				throw new CorpusException(file, "provenance: \"importedAt\" is not a time: " + at);
			}
		}
		try {
			DocumentDetails details = new DocumentDetails(t.optString(node, "byline", ""),
					t.optString(node, "siteName", ""), pageStarts(node, file));
			return new Document(t.string(node, "id", ""), t.optString(node, "title", ""),
					t.optString(node, "sourceUrl", ""), published, t.optString(node, "language", ""),
					t.string(node, "text", ""), t.string(node, "sha256", ""), provenance, details);
		} catch (IllegalArgumentException e) {
			throw new CorpusException(file, e.getMessage());
		}
	}

	private static List<Integer> pageStarts(JsonNode node, Path file) throws CorpusException {
		JsonNode starts = node.get("pageStarts");
		if (starts == null || starts.isNull()) {
			return List.of();
		}
		if (!starts.isArray()) {
			throw new CorpusException(file, "\"pageStarts\" is not a list of offsets");
		}
		List<Integer> list = new ArrayList<>(starts.size());
		int previous = 0;
		for (JsonNode start : starts) {
			if (!start.canConvertToInt() || !start.isIntegralNumber() || start.intValue() < previous) {
				throw new CorpusException(file, "\"pageStarts\" must be offsets that never decrease, found " + start);
			}
			previous = start.intValue();
			list.add(previous);
		}
		return list;
	}
}
