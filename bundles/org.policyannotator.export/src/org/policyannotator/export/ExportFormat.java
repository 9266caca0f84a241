package org.policyannotator.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a dataset can be exported to, with the word used on the command line. */
public enum ExportFormat {
	/** Our dataset format, one JSON file (see docs/dataset-format). */
	NATIVE("native", false, false, true),
	/** Our dataset format, JSON Lines: a header line, then one document per line. */
	JSONL("jsonl", false, false, true),
	/** W3C Web Annotation: one AnnotationCollection (JSON-LD) with an embedded page; code point positions. */
	W3C("w3c", false, false, true),
	/** doccano sequence labelling JSONL (entities and relations), UTF-16 offsets as doccano counts them. */
	DOCCANO("doccano", true, false, true),
	/** Label Studio JSON tasks, one per document, annotations per annotator; code point offsets. */
	LABEL_STUDIO("labelstudio", true, false, true),
	/** brat standoff: a folder with {@code <annotator>/<doc>.txt} and {@code .ann}, code point offsets. */
	BRAT("brat", true, true, true),
	/** UIMA CAS JSON as INCEpTION imports it: a folder with {@code <annotator>/<doc>.json}; UTF-16 offsets. */
	UIMA_JSON("uima-json", true, true, false),
	/** REFI-QDA project ({@code .qdpx}) for ATLAS.ti, MAXQDA, NVivo, QualCoder: codes, texts, coded selections. */
	REFI_QDA("refi-qda", true, false, true);

	private final String key;
	private final boolean needsText;
	private final boolean writesFolder;
	private final boolean importable;

	ExportFormat(String key, boolean needsText, boolean writesFolder, boolean importable) {
		this.key = key;
		this.needsText = needsText;
		this.writesFolder = writesFolder;
		this.importable = importable;
	}

	/** The word on the command line, e.g. {@code uima-json}. */
	public String key() {
		return key;
	}

	/** Whether the format cannot do without the document text (so {@code --no-text} is refused). */
	public boolean needsText() {
		return needsText;
	}

	/** Whether the output is a folder of files rather than one file. */
	public boolean writesFolder() {
		return writesFolder;
	}

	/** Whether {@code import-annotations} reads this format back. */
	public boolean importable() {
		return importable;
	}

	/** The format for a command-line word. */
	public static Optional<ExportFormat> fromKey(String key) {
		String wanted = key.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst();
	}

	/** All keys, e.g. for usage messages: {@code native|jsonl|...}. */
	public static String keys() {
		return Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining("|"));
	}
}
