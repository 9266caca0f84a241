package org.policyannotator.importer;

/** Why a file could not be imported. */
public enum ImportProblem {
	/** The file could not be read (missing, a directory, no permission, I/O error). */
	UNREADABLE,
	/** The file has no content, or only white space. */
	EMPTY,
	/** The file is larger than the configured limit. */
	TOO_LARGE,
	/** The file is not text: a binary file, an image, a PDF or an archive. */
	BINARY,
	/** The bytes cannot be decoded as text in any plausible or the requested encoding. */
	UNDECODABLE,
	/** The file is text, but no readable article text could be found in it. */
	NO_TEXT
}
