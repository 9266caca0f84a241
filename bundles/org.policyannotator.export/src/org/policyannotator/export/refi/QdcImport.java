package org.policyannotator.export.refi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.schema.Schema;

/**
 * A codebook read from a REFI-QDA file.
 *
 * @param codebook the codes as tag types (ids of the corpus's codes where a code is one of them)
 * @param notes    what the file holds that a codebook here cannot keep, or how a code was matched, for the user
 * @param ids      the tag type id of each code, by the code's guid as the file writes it (upper case, no braces)
 */
public record QdcImport(Schema codebook, List<String> notes, Map<String, String> ids) {
	/** Copies the collections. */
	public QdcImport {
		notes = List.copyOf(notes);
		ids = Map.copyOf(ids);
	}

	/** The tag type id of the code with this guid (any case, braces allowed), if the codebook has that code. */
	public Optional<String> idOf(String guid) {
		return Optional.ofNullable(ids.get(Guids.normal(guid)));
	}
}
