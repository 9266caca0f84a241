package org.policyannotator.ui.exports;

import org.policyannotator.export.ExportFormat;

/** How the wizard names and explains each export format (mirrors {@code policyannotator export --help}). */
final class ExportFormats {
	private ExportFormats() {
	}

	static String label(ExportFormat format) {
		return switch (format) {
		case NATIVE -> "Policy Annotator dataset (JSON)";
		case JSONL -> "Policy Annotator dataset (JSON Lines)";
		case W3C -> "W3C Web Annotation (JSON-LD)";
		case DOCCANO -> "doccano (JSONL)";
		case LABEL_STUDIO -> "Label Studio (JSON tasks)";
		case BRAT -> "brat standoff (folder)";
		case UIMA_JSON -> "UIMA CAS JSON for INCEpTION (folder)";
		case REFI_QDA -> "REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QualCoder (.qdpx)";
		};
	}

	static String explanation(ExportFormat format) {
		return switch (format) {
		case NATIVE -> "One JSON file: schema, documents, every annotator's sets; UTF-16 and code point offsets.";
		case JSONL -> "A header line, then one document per line; UTF-16 and code point offsets.";
		case W3C -> "One AnnotationCollection with text quote and text position selectors; code point positions.";
		case DOCCANO -> "doccano sequence labelling JSONL (entities, relations); code point offsets; needs the texts.";
		case LABEL_STUDIO -> "Label Studio tasks, annotations per annotator; code point offsets; needs the texts.";
		case BRAT -> "A folder of .txt/.ann files per annotator; code point offsets; needs the texts.";
		case UIMA_JSON -> "A folder of CAS JSON files per annotator for INCEpTION; UTF-16 offsets; needs the texts.";
		case REFI_QDA -> "Codes with their hierarchy, texts, each span as a coded selection by its annotator, notes as "
				+ "memos; code point positions; attributes and relations stay out.";
		};
	}

	/** The usual file name ending, empty for folder formats. */
	static String extension(ExportFormat format) {
		return switch (format) {
		case NATIVE, LABEL_STUDIO -> ".json";
		case JSONL, DOCCANO -> ".jsonl";
		case W3C -> ".jsonld";
		case REFI_QDA -> ".qdpx";
		case BRAT, UIMA_JSON -> "";
		};
	}
}
