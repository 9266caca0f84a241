package org.policyannotator.export.refi;

import java.util.List;

import org.policyannotator.model.schema.Schema;

/**
 * A codebook read from a REFI-QDA file.
 *
 * @param codebook the codes as tag types (ids of the corpus's codes where a code is one of them)
 * @param notes    what the file holds that a codebook here cannot keep, or how a code was matched, for the user
 */
public record QdcImport(Schema codebook, List<String> notes) {
	/** Copies the list. */
	public QdcImport {
		notes = List.copyOf(notes);
	}
}
