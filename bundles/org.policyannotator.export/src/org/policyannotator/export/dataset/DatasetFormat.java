package org.policyannotator.export.dataset;

/**
 * Names and version of our dataset format (documented in {@code docs/dataset-format}). Every file starts with
 * {@code "format": "policyannotator-dataset"}, the version and the offset units of its spans.
 */
public final class DatasetFormat {
	/** Value of the {@code format} key. */
	public static final String FORMAT = "policyannotator-dataset";
	/** The version written; readers accept this version and refuse newer ones. */
	public static final int VERSION = 1;
	/** {@code flavour} of the one-file form. */
	public static final String JSON = "json";
	/** {@code flavour} of the JSON Lines form. */
	public static final String JSONL = "jsonl";
	/** Unit of {@code start} and {@code end}. */
	public static final String UTF16 = "utf-16-code-units";
	/** Unit of {@code codePointStart} and {@code codePointEnd}. */
	public static final String CODE_POINTS = "unicode-code-points";
	/** What {@code sha256} of a document is computed from. */
	public static final String TEXT_HASH = "sha256 of the UTF-8 bytes of the text";

	private DatasetFormat() {
	}
}
