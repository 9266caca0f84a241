package org.policyannotator.model;

import java.time.Instant;

/**
 * Where a document came from: which importer made it, from which source (file path or URL) and when.
 *
 * @param importer   name of the importer, e.g. {@code "plain-text"} or {@code "html"}
 * @param source     the file or URL it was imported from
 * @param importedAt when it was imported
 */
public record Provenance(String importer, String source, Instant importedAt) {

	/** Checks that no component is null. */
	public Provenance {
		Strings.requireNonNull(importer, "importer");
		Strings.requireNonNull(source, "source");
		if (importedAt == null) {
			throw new IllegalArgumentException("importedAt must not be null");
		}
	}

	/** Provenance for a document made in code (tests, benchmarks). */
	public static Provenance manual() {
		return new Provenance("manual", "", Instant.EPOCH);
	}
}
