package org.policyannotator.model.internal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.corpus.CorpusException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code document-codes/<annotator>.json}: the codes of the codebook one annotator gave to whole
 * documents, by document id (sorted), each document's codes in the order given.
 */
public final class DocumentCodesCodec {
	/** The version written. */
	public static final int VERSION = 1;

	private DocumentCodesCodec() {
	}

	/** The file content. */
	public static byte[] write(String annotator, SortedMap<String, List<String>> codes) {
		return Pretty.write(g -> {
			g.writeStartObject();
			g.writeStringField("format", FormatHeader.DOCUMENT_CODES);
			g.writeNumberField("version", VERSION);
			g.writeStringField("annotator", annotator);
			g.writeObjectFieldStart("documents");
			for (Map.Entry<String, List<String>> entry : codes.entrySet()) {
				g.writeArrayFieldStart(entry.getKey());
				for (String code : entry.getValue()) {
					g.writeString(code);
				}
				g.writeEndArray();
			}
			g.writeEndObject();
			g.writeEndObject();
		});
	}

	/**
	 * Reads a file of {@code annotator}'s document codes.
	 *
	 * @throws CorpusException naming the file when it is malformed or belongs to another annotator
	 */
	public static SortedMap<String, List<String>> read(byte[] bytes, Path file, String annotator)
			throws CorpusException {
		ObjectNode node = Tree.parse(bytes, file, FormatHeader.DOCUMENT_CODES, VERSION);
		Tree t = Tree.of(file);
		t.onlyFields(node, "", "format", "version", "annotator", "documents");
		String owner = t.string(node, "annotator", "");
		if (!owner.equals(annotator)) {
			throw new CorpusException(file, "holds the document codes of " + owner + ", not of " + annotator);
		}
		SortedMap<String, List<String>> codes = new TreeMap<>();
		JsonNode documents = node.get("documents");
		if (documents == null) {
			return codes;
		}
		if (!documents.isObject()) {
			throw new CorpusException(file, "\"documents\" must be an object of document ids and code lists");
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = documents.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			if (!DocumentIds.isValid(entry.getKey())) {
				throw new CorpusException(file, "\"" + entry.getKey() + "\" is not a document id");
			}
			List<String> list = new ArrayList<>();
			if (!entry.getValue().isArray()) {
				throw new CorpusException(file, "document " + entry.getKey() + ": the codes must be an array of code ids");
			}
			for (JsonNode code : entry.getValue()) {
				if (!code.isTextual() || code.asText().isBlank()) {
					throw new CorpusException(file, "document " + entry.getKey() + ": " + code + " is not a code id");
				}
				if (!list.contains(code.asText())) {
					list.add(code.asText());
				}
			}
			if (!list.isEmpty()) {
				codes.put(entry.getKey(), List.copyOf(list));
			}
		}
		return codes;
	}
}
