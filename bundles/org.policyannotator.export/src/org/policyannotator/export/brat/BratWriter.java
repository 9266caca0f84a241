package org.policyannotator.export.brat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.FolderWriter;
import org.policyannotator.export.internal.AttributeValues;
import org.policyannotator.export.internal.DocumentLoop;
import org.policyannotator.export.internal.TextOffsets;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.AttributeKind;
import org.policyannotator.model.schema.Schema;

/**
 * brat standoff: {@code annotation.conf} from the schema, and per annotator a folder with {@code <doc>.txt} (the
 * text, UTF-8, exactly as stored) and {@code <doc>.ann}. Offsets count Unicode code points, as brat reads the
 * {@code .txt} in Python. Each annotation is a text-bound {@code T} line whose fragments are its spans, split at
 * line breaks (brat fragments cannot hold one); enum attributes are multi-valued and booleans binary {@code A}
 * lines, a suggestion gets the binary attribute {@code suggested}; other attributes and the note go into an
 * {@code AnnotatorNotes} line ({@code name=value; ...}, a reference as the {@code T} id it points to); relations
 * are {@code R} lines with {@code Arg1} (from) and {@code Arg2} (to).
 */
public final class BratWriter implements FolderWriter {
	/** Name of the binary attribute marking suggestions. */
	public static final String SUGGESTED = "suggested";

	/** A writer (no state). */
	public BratWriter() {
	}

	@Override
	public void write(DatasetSource source, Path folder, ExportProgress progress) throws IOException {
		Files.writeString(folder.resolve("annotation.conf"), BratConfig.of(source.schema()), StandardCharsets.UTF_8);
		Schema schema = source.schema();
		DocumentLoop.run(source, progress, entry -> document(entry, schema, folder));
	}

	private static void document(DocumentEntry entry, Schema schema, Path folder) throws IOException {
		TextOffsets offsets = TextOffsets.of(entry.document().text());
		for (AnnotatorEntry set : entry.annotators()) {
			Path dir = folder.resolve(set.annotator());
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(entry.document().id() + ".txt"), entry.document().text(),
					StandardCharsets.UTF_8);
			try (Writer out = new BufferedWriter(Files.newBufferedWriter(dir.resolve(entry.document().id() + ".ann"),
					StandardCharsets.UTF_8))) {
				ann(set, offsets, schema, out);
			}
		}
	}

	private static void ann(AnnotatorEntry set, TextOffsets offsets, Schema schema, Writer out) throws IOException {
		Map<String, String> textBound = new HashMap<>();
		int t = 0;
		for (Annotation annotation : set.annotations()) {
			textBound.put(annotation.id(), "T" + ++t);
		}
		int a = 0;
		int notes = 0;
		for (Annotation annotation : set.annotations()) {
			String id = textBound.get(annotation.id());
			StringBuilder ranges = new StringBuilder();
			StringBuilder quote = new StringBuilder();
			for (Span span : annotation.spans()) {
				for (int[] piece : offsets.pieces(span)) {
					if (!ranges.isEmpty()) {
						ranges.append(';');
						quote.append(' ');
					}
					ranges.append(offsets.codePoint(piece[0])).append(' ').append(offsets.codePoint(piece[1]));
					quote.append(offsets.text(), piece[0], piece[1]);
				}
			}
			out.write(id + "\t" + annotation.type() + " " + ranges + "\t" + quote + "\n");
			List<String> noted = new ArrayList<>();
			for (Map.Entry<String, AttributeValue> e : annotation.attributes().entrySet()) {
				AttributeKind kind = schema.tagType(annotation.type()).flatMap(type -> type.attribute(e.getKey()))
						.map(at -> at.kind()).orElse(AttributeKind.STRING);
				AttributeValue value = e.getValue();
				if (kind == AttributeKind.ENUM) {
					out.write("A" + ++a + "\t" + e.getKey() + " " + id + " " + AttributeValues.text(value) + "\n");
				} else if (kind == AttributeKind.BOOLEAN && value instanceof AttributeValue.Bool b) {
					if (b.value()) {
						out.write("A" + ++a + "\t" + e.getKey() + " " + id + "\n");
					}
				} else if (value instanceof AttributeValue.Ref r && textBound.containsKey(r.annotationId())) {
					noted.add(e.getKey() + "=" + textBound.get(r.annotationId()));
				} else {
					noted.add(e.getKey() + "=" + oneLine(AttributeValues.text(value)));
				}
			}
			if (annotation.status() == AnnotationStatus.SUGGESTED) {
				out.write("A" + ++a + "\t" + SUGGESTED + " " + id + "\n");
			}
			if (!annotation.note().isEmpty()) {
				noted.add("note=" + oneLine(annotation.note()));
			}
			if (!noted.isEmpty()) {
				out.write("#" + ++notes + "\tAnnotatorNotes " + id + "\t" + String.join("; ", noted) + "\n");
			}
		}
		int r = 0;
		for (Relation relation : set.relations()) {
			out.write("R" + ++r + "\t" + relation.type() + " Arg1:" + textBound.get(relation.from()) + " Arg2:"
					+ textBound.get(relation.to()) + "\n");
		}
	}

	private static String oneLine(String s) {
		return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
	}
}
