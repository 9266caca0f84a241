package org.policyannotator.export.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code import-annotations} reads. */
public enum ImportFormat {
	/** Our dataset format, one JSON file. */
	NATIVE("native"),
	/** Our dataset format, JSON Lines. */
	JSONL("jsonl"),
	/** doccano sequence labelling JSONL (UTF-16 offsets unless told otherwise). */
	DOCCANO("doccano"),
	/** W3C Web Annotation (a collection, a page, an annotation or an array of annotations). */
	W3C("w3c"),
	/** Label Studio JSON export of text tasks (code point offsets). */
	LABEL_STUDIO("labelstudio"),
	/** brat standoff: an {@code .ann} file with its {@code .txt}, or a folder of them (code point offsets). */
	BRAT("brat"),
	/** UIMA CAS JSON: a {@code .json} CAS, or a folder of them ({@code <annotator>/<doc>.json}; UTF-16 offsets). */
	UIMA("uima-json"),
	/** REFI-QDA project: a {@code .qdpx} zip or a {@code .qde} file (code point positions). */
	REFI_QDA("refi-qda");

	private final String key;

	ImportFormat(String key) {
		this.key = key;
	}

	/** The word on the command line. */
	public String key() {
		return key;
	}

	/** The format for a command-line word. */
	public static Optional<ImportFormat> fromKey(String key) {
		String wanted = key.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst();
	}

	/** All keys, e.g. {@code native|jsonl|doccano|w3c}. */
	public static String keys() {
		return Arrays.stream(values()).map(ImportFormat::key).collect(Collectors.joining("|"));
	}
}
