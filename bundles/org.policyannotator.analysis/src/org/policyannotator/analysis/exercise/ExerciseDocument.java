package org.policyannotator.analysis.exercise;

import org.policyannotator.model.DocumentIds;

/**
 * A document of an exercise, identified by id and by the SHA-256 of its text, so that a submission made on another
 * text is recognised.
 *
 * @param id     document id
 * @param sha256 lower-case hex SHA-256 of the UTF-8 text
 */
public record ExerciseDocument(String id, String sha256) {

	/** Checks the id and the hash format. */
	public ExerciseDocument {
		DocumentIds.requireValid(id);
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("document " + id + ": sha256 must be 64 lower-case hex digits");
		}
	}
}
