package org.policyannotator.model.internal.io;

import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.text.UnitEdits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code units/<doc-id>.json}: the hand corrections of a document's sentence units, with the
 * sha256 of the text they were made for.
 */
public final class UnitsCodec {
	/** The version written. */
	public static final int VERSION = 1;

	/**
	 * The content of a units file.
	 *
	 * @param documentId the document
	 * @param sha256     hash of the text the offsets refer to
	 * @param edits      the corrections
	 */
	public record Content(String documentId, String sha256, UnitEdits edits) {
	}

	private UnitsCodec() {
	}

	/** The file content. */
	public static byte[] write(Content content) {
		return Pretty.write(g -> {
			g.writeStartObject();
			g.writeStringField("format", FormatHeader.UNITS);
			g.writeNumberField("version", VERSION);
			g.writeStringField("document", content.documentId());
			g.writeStringField("sha256", content.sha256());
			g.writeStringField("offsets", "utf16");
			g.writeArrayFieldStart("added");
			for (int offset : content.edits().added()) {
				g.writeNumber(offset);
			}
			g.writeEndArray();
			g.writeArrayFieldStart("removed");
			for (int offset : content.edits().removed()) {
				g.writeNumber(offset);
			}
			g.writeEndArray();
			g.writeEndObject();
		});
	}

	/** Reads a units file; offsets must lie inside a text of {@code textLength} characters. */
	public static Content read(byte[] bytes, Path file, int textLength) throws CorpusException {
		ObjectNode node = Tree.parse(bytes, file, FormatHeader.UNITS, VERSION);
		Tree t = Tree.of(file);
		t.onlyFields(node, "", "format", "version", "document", "sha256", "offsets", "added", "removed");
		String offsets = t.optString(node, "offsets", "");
		if (!offsets.isEmpty() && !offsets.equals("utf16")) {
			throw new CorpusException(file, "\"offsets\" must be \"utf16\", not \"" + offsets + "\"");
		}
		SortedSet<Integer> added = offsets(node, "added", file, textLength);
		SortedSet<Integer> removed = offsets(node, "removed", file, textLength);
		for (int offset : added) {
			if (removed.contains(offset)) {
				throw new CorpusException(file, "offset " + offset + " is both in \"added\" and in \"removed\"");
			}
		}
		return new Content(t.string(node, "document", ""), t.string(node, "sha256", ""), new UnitEdits(added, removed));
	}

	private static SortedSet<Integer> offsets(ObjectNode node, String field, Path file, int textLength)
			throws CorpusException {
		SortedSet<Integer> set = new TreeSet<>();
		JsonNode array = node.get(field);
		if (array == null) {
			return set;
		}
		if (!array.isArray()) {
			throw new CorpusException(file, "\"" + field + "\" must be an array of offsets");
		}
		for (JsonNode element : array) {
			if (!element.canConvertToInt() || !element.isIntegralNumber() || element.asInt() < 0
					|| element.asInt() > textLength) {
				throw new CorpusException(file, "\"" + field + "\": " + element + " is not an offset in the text (0 to "
						+ textLength + ")");
			}
			set.add(element.asInt());
		}
		return set;
	}
}
