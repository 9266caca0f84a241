package org.policyannotator.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param target      the file or folder written
 * @param format      the format
 * @param documents   documents written
 * @param annotations annotations written
 * @param relations   relations written
 * @param bytes       size of the output (all files of a folder)
 * @param warnings    what was left out and why
 */
public record ExportResult(Path target, ExportFormat format, int documents, long annotations, long relations,
		long bytes, List<String> warnings) {

	/** Copies the list. */
	public ExportResult {
		warnings = List.copyOf(warnings);
	}
}
