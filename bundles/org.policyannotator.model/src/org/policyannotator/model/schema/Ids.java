package org.policyannotator.model.schema;

import java.util.ArrayList;
import java.util.List;

/** Rewriting lists of type ids when a code is renamed, merged or deleted. */
final class Ids {
	private Ids() {
	}

	/** {@code ids} with {@code oldId} replaced by {@code newId} (removed if empty), without duplicates, in order. */
	static List<String> replace(List<String> ids, String oldId, String newId) {
		List<String> out = new ArrayList<>();
		for (String id : ids) {
			String mapped = id.equals(oldId) ? newId : id;
			if (!mapped.isEmpty() && !out.contains(mapped)) {
				out.add(mapped);
			}
		}
		return List.copyOf(out);
	}
}
