package org.policyannotator.export.dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DatasetWriter;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.internal.DocumentLoop;
import org.policyannotator.export.internal.JsonSupport;
import org.policyannotator.model.speakers.SpeakerPersons;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Our dataset format. {@link #json()}: one pretty-printed JSON object with the header, the schema and an array of
 * documents. {@link #jsonLines()}: a header line (with the schema), then one document per line. Output is
 * deterministic: the same corpus and options give the same bytes.
 */
public final class NativeDatasetWriter implements DatasetWriter {
	private final boolean lines;

	private NativeDatasetWriter(boolean lines) {
		this.lines = lines;
	}

	/** The one-file flavour. */
	public static NativeDatasetWriter json() {
		return new NativeDatasetWriter(false);
	}

	/** The JSON Lines flavour. */
	public static NativeDatasetWriter jsonLines() {
		return new NativeDatasetWriter(true);
	}

	/**
	 * Writes the dataset. When the source gathers its speakers while it is read ({@link
	 * DatasetSource#speakersGatheredWhileWriting()}), the output is spooled to a temporary file first and copied with
	 * each speaker's person filled in, so that every set is read once.
	 */
	@Override
	public void write(DatasetSource source, OutputStream out, ExportProgress progress) throws IOException {
		if (!source.speakersGatheredWhileWriting()) {
			write(source, out, progress, SpeakerField.of(source.speakers()));
			return;
		}
		SpeakerSpool spool = new SpeakerSpool(!lines);
		Path file = Files.createTempFile("policyannotator-export", ".spool");
		try {
			try (OutputStream s = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				write(source, s, progress, spool);
			}
			SpeakerPersons persons = new SpeakerPersons(spool.names());
			try (InputStream in = Files.newInputStream(file)) {
				spool.copy(in, out, persons);
			}
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private void write(DatasetSource source, OutputStream out, ExportProgress progress, SpeakerField speakers)
			throws IOException {
		boolean text = source.options().includeText();
		try (JsonGenerator g = lines ? JsonSupport.compact(out) : JsonSupport.pretty(out)) {
			g.setRootValueSeparator(null);
			g.writeStartObject();
			header(source, g);
			if (lines) {
				g.writeEndObject();
				g.writeRaw('\n');
				DocumentLoop.run(source, progress, entry -> {
					DocumentRecords.write(entry, text, speakers, g);
					g.writeRaw('\n');
				});
			} else {
				g.writeArrayFieldStart("documents");
				DocumentLoop.run(source, progress, entry -> DocumentRecords.write(entry, text, speakers, g));
				g.writeEndArray();
				g.writeEndObject();
				g.writeRaw('\n');
			}
		}
	}

	private void header(DatasetSource source, JsonGenerator g) throws IOException {
		g.writeStringField("format", DatasetFormat.FORMAT);
		g.writeNumberField("version", DatasetFormat.VERSION);
		g.writeStringField("flavour", lines ? DatasetFormat.JSONL : DatasetFormat.JSON);
		g.writeObjectFieldStart("offsetUnits");
		g.writeStringField("start", DatasetFormat.UTF16);
		g.writeStringField("end", DatasetFormat.UTF16);
		g.writeStringField("codePointStart", DatasetFormat.CODE_POINTS);
		g.writeStringField("codePointEnd", DatasetFormat.CODE_POINTS);
		g.writeEndObject();
		g.writeStringField("textHash", DatasetFormat.TEXT_HASH);
		g.writeStringField("name", source.name());
		ExportOptions options = source.options();
		g.writeObjectFieldStart("selection");
		g.writeBooleanField("text", options.includeText());
		g.writeBooleanField("acceptedOnly", options.acceptedOnly());
		g.writeArrayFieldStart("types");
		for (String type : options.types().stream().sorted().toList()) {
			g.writeString(type);
		}
		g.writeEndArray();
		g.writeArrayFieldStart("annotators");
		for (String annotator : options.annotators().stream().sorted().toList()) {
			g.writeString(annotator);
		}
		g.writeEndArray();
		g.writeEndObject();
		g.writeFieldName("schema");
		SchemaJson.write(source.schema(), g);
	}
}
