package org.policyannotator.search;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Hits written out: CSV (RFC 4180, a header line) or JSON (an array of objects), written as they come. */
public final class HitTable {
	/** The CSV columns, in order. */
	public static final List<String> COLUMNS = List.of("document", "title", "start", "end", "left", "hit", "right",
			"type", "annotator");

	private HitTable() {
	}

	public static void csvHeader(Writer out) throws IOException {
		out.write(String.join(",", COLUMNS) + "\r\n");
	}

	public static void csvRow(Hit hit, Writer out) throws IOException {
		List<String> cells = List.of(hit.documentId(), hit.title(), Integer.toString(hit.start()),
				Integer.toString(hit.end()), hit.left(), hit.match(), hit.right(), hit.type(), hit.annotator());
		StringBuilder line = new StringBuilder();
		for (String cell : cells) {
			if (line.length() > 0) {
				line.append(',');
			}
			line.append(csvCell(cell));
		}
		out.write(line.append("\r\n").toString());
	}

	/**
	 * Writes hits as a CSV file, atomically: the file is complete or, on failure, as it was.
	 *
	 * @throws IOException naming the file and the system's reason
	 */
	public static void writeCsv(java.nio.file.Path file, List<Hit> hits) throws IOException {
		java.io.StringWriter text = new java.io.StringWriter();
		csvHeader(text);
		for (Hit hit : hits) {
			csvRow(hit, text);
		}
		try {
			org.policyannotator.model.internal.io.AtomicFiles.write(file.toAbsolutePath(),
					text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new IOException(file + ": cannot write the search results: " + reason(e), e);
		}
	}

	private static String reason(IOException e) {
		return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
				: e instanceof java.nio.file.NoSuchFileException ? "the folder does not exist"
						: String.valueOf(e.getMessage());
	}

	/** Quoted when it holds a comma, quote or line end; a leading = + - @ is escaped so spreadsheets show text. */
	static String csvCell(String cell) {
		String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	/** A JSON writer for hits: call {@link JsonHits#write} per hit and {@link JsonHits#close} at the end. */
	public static JsonHits json(Writer out) throws IOException {
		return new JsonHits(out);
	}

	/** Writes hits as one JSON array. */
	public static final class JsonHits implements AutoCloseable {
		private final JsonGenerator generator;

		JsonHits(Writer out) throws IOException {
			generator = new JsonFactory().createGenerator(out);
			generator.useDefaultPrettyPrinter();
			generator.writeStartArray();
		}

		public void write(Hit hit) throws IOException {
			generator.writeStartObject();
			generator.writeStringField("document", hit.documentId());
			generator.writeStringField("title", hit.title());
			generator.writeNumberField("start", hit.start());
			generator.writeNumberField("end", hit.end());
			generator.writeStringField("left", hit.left());
			generator.writeStringField("hit", hit.match());
			generator.writeStringField("right", hit.right());
			if (!hit.type().isEmpty()) {
				generator.writeStringField("type", hit.type());
				generator.writeStringField("annotator", hit.annotator());
			}
			generator.writeEndObject();
		}

		@Override
		public void close() throws IOException {
			generator.writeEndArray();
			generator.writeRaw('\n');
			generator.flush();
		}
	}
}
