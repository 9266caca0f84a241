package org.policyannotator.importer;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to import.
 *
 * @param encoding the encoding the user says the files are in; when empty it is detected (byte order mark,
 *                 declaration in the page, validity of UTF-8, plausibility of the decoded text)
 * @param format   the format to read the files as; when empty it is chosen by file extension and content
 * @param maxBytes files larger than this are refused with {@link ImportProblem#TOO_LARGE}
 */
public record ImportOptions(Optional<Charset> encoding, Optional<SourceFormat> format, long maxBytes) {

	/** The default size limit: 50 MB. No real article page comes near it. */
	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

	public ImportOptions {
		Objects.requireNonNull(encoding, "encoding");
		Objects.requireNonNull(format, "format");
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
		}
	}

	/** Detect everything, 50 MB limit. */
	public static ImportOptions defaults() {
		return new ImportOptions(Optional.empty(), Optional.empty(), DEFAULT_MAX_BYTES);
	}

	/** A copy that decodes with the given encoding instead of detecting it. */
	public ImportOptions withEncoding(Charset charset) {
		return new ImportOptions(Optional.of(charset), format, maxBytes);
	}

	/** A copy that reads files as the given format whatever their extension. */
	public ImportOptions withFormat(SourceFormat sourceFormat) {
		return new ImportOptions(encoding, Optional.of(sourceFormat), maxBytes);
	}

	/** A copy with another size limit. */
	public ImportOptions withMaxBytes(long limit) {
		return new ImportOptions(encoding, format, limit);
	}
}
