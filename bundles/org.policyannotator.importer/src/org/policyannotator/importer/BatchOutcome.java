package org.policyannotator.importer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What happened to one file of a batch: imported, or failed with a reason. One failure never stops a batch. */
public sealed interface BatchOutcome permits BatchOutcome.Imported, BatchOutcome.Failed {

	/** The file. */
	Path path();

	/**
	 * The file was imported.
	 *
	 * @param path        the file
	 * @param result      its text, metadata and provenance
	 * @param duplicateOf an earlier file of the same batch with exactly the same clean text (same SHA-256), if any
	 */
	record Imported(Path path, ImportResult result, Optional<Path> duplicateOf) implements BatchOutcome {
		public Imported {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(result, "result");
			Objects.requireNonNull(duplicateOf, "duplicateOf");
		}

		/** Whether an earlier file had the same text. */
		public boolean isDuplicate() {
			return duplicateOf.isPresent();
		}
	}

	/**
	 * The file could not be imported.
	 *
	 * @param path  the file
	 * @param error why, with a message that names the file
	 */
	record Failed(Path path, ImportException error) implements BatchOutcome {
		public Failed {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(error, "error");
		}
	}
}
