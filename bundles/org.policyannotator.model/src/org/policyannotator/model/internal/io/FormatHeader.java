package org.policyannotator.model.internal.io;

import org.policyannotator.model.corpus.CorpusException;

/**
 * The first two fields of every corpus file: {@code "format"} (what kind of file) and {@code "version"}.
 * A newer version than this program knows fails with a clear message; older ones are migrated by the readers.
 */
public final class FormatHeader {
	/** Format name of corpus.json. */
	public static final String CORPUS = "policyannotator.corpus";
	/** Format name of schema.json. */
	public static final String SCHEMA = "policyannotator.schema";
	/** Format name of document files. */
	public static final String DOCUMENT = "policyannotator.document";
	/** Format name of annotation set files. */
	public static final String ANNOTATIONS = "policyannotator.annotations";
	/** Format name of the sentence-unit corrections of a document. */
	public static final String UNITS = "policyannotator.units";
	/** Format name of an annotator's document-level codes. */
	public static final String DOCUMENT_CODES = "policyannotator.document-codes";

	private FormatHeader() {
	}

	/** Checks format and version; returns the version. */
	public static int check(Json json, String expectedFormat, String format, int version, int newest)
			throws CorpusException {
		if (format == null) {
			throw new CorpusException(json.file(), "missing \"format\": this is not a Policy Annotator file");
		}
		if (!format.equals(expectedFormat)) {
			throw new CorpusException(json.file(),
					"is a \"" + format + "\" file where a \"" + expectedFormat + "\" file was expected");
		}
		if (version < 1) {
			throw new CorpusException(json.file(), "missing or invalid \"version\"");
		}
		if (version > newest) {
			throw new CorpusException(json.file(), "was written by a newer Policy Annotator (format version "
					+ version + "; this version reads up to " + newest + "). Update Policy Annotator to open it.");
		}
		return version;
	}
}
