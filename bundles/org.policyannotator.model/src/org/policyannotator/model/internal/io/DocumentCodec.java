package org.policyannotator.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

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
	/** The newest version read; version 2 adds {@code variables} and is written only for documents that have some. */
	public static final int VERSION = 2;

	private DocumentCodec() {
	}

	/** The file content for {@code document}. */
	public static byte[] write(Document d) {
		return Pretty.write(g -> {
			g.writeStartObject();
			g.writeStringField("format", FormatHeader.DOCUMENT);
			g.writeNumberField("version", d.variables().isEmpty() ? 1 : 2);
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
			if (!d.variables().isEmpty()) {
				g.writeObjectFieldStart("variables");
				for (var variable : d.variables().entrySet()) {
					g.writeStringField(variable.getKey(), variable.getValue());
				}
				g.writeEndObject();
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

	/** A document's title and variables, read without its text. */
	public record Header(String title, SortedMap<String, String> variables) {
	}

	/**
	 * The title and variables of a document file, read without its text: the text is written last, so reading stops
	 * there; a file with its fields in another order is read past the text without keeping it.
	 */
	public static Header readHeader(InputStream in, Path file) throws CorpusException {
		String title = "";
		boolean sawTitle = false;
		SortedMap<String, String> variables = new TreeMap<>();
		try (JsonParser parser = Json.FACTORY.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new CorpusException(file, "is not a JSON object");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals("text") && sawTitle) {
					break; // written last: title and variables came before it
				} else if (name.equals("title")) {
					if (value != JsonToken.VALUE_STRING) {
						throw new CorpusException(file, "\"title\" is not a string");
					}
					title = parser.getText();
					sawTitle = true;
				} else if (name.equals("variables")) {
					variables = variables(parser, file);
				} else {
					parser.skipChildren();
				}
			}
			return new Header(title, variables);
		} catch (JsonProcessingException e) {
			throw Json.malformed(file, e);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage());
		}
	}

	private static SortedMap<String, String> variables(JsonParser parser, Path file)
			throws IOException, CorpusException {
		SortedMap<String, String> variables = new TreeMap<>();
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new CorpusException(file, "\"variables\" is not an object of names and values");
		}
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			if (parser.nextToken() != JsonToken.VALUE_STRING) {
				throw new CorpusException(file, "variable " + name + " is not text");
			}
			put(variables, name, parser.getText(), file);
		}
		return variables;
	}

	private static void put(SortedMap<String, String> variables, String name, String value, Path file)
			throws CorpusException {
		try {
			DocumentDetails.checkVariable(name, value);
		} catch (IllegalArgumentException e) {
			throw new CorpusException(file, e.getMessage());
		}
		variables.put(name, value);
	}

	private static SortedMap<String, String> variables(JsonNode node, Path file) throws CorpusException {
		SortedMap<String, String> variables = new TreeMap<>();
		if (node == null) {
			return variables;
		}
		if (!node.isObject()) {
			throw new CorpusException(file, "\"variables\" is not an object of names and values");
		}
		for (var field : node.properties()) {
			if (!field.getValue().isTextual()) {
				throw new CorpusException(file, "variable " + field.getKey() + " is not text");
			}
			put(variables, field.getKey(), field.getValue().asText(), file);
		}
		return variables;
	}

	/**
	 * The title of a document file, read without its text (see {@link #readHeader}); "" when the file has no title.
	 */
	public static String readTitle(InputStream in, Path file) throws CorpusException {
		return readHeader(in, file).title();
	}

	/** Reads a document file. The stored hash is kept as it is; {@link Document#hashMatches()} tells if it fits. */
	public static Document read(byte[] bytes, Path file) throws CorpusException {
		ObjectNode node = Tree.parse(bytes, file, FormatHeader.DOCUMENT, VERSION);
		Tree t = Tree.of(file);
		t.onlyFields(node, "", "format", "version", "id", "title", "sourceUrl", "published", "language", "byline",
				"siteName", "pageStarts", "variables", "sha256", "provenance", "text");
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
					t.optString(node, "siteName", ""), pageStarts(node, file), variables(node.get("variables"), file));
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
