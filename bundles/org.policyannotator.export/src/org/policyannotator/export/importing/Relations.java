package org.policyannotator.export.importing;

import java.util.List;

import org.policyannotator.model.Relation;

/** Relations read from another tool's file: one the model refuses (an empty type, a bad id) becomes a problem. */
final class Relations {
	private Relations() {
	}

	/** Adds the relation to {@code into}, or says at {@code where} why it cannot be one. */
	static void add(List<Relation> into, String id, String type, String from, String to, String where,
			List<String> problems) {
		try {
			into.add(new Relation(id, type, from, to));
		} catch (IllegalArgumentException e) {
			problems.add(where + ": " + e.getMessage());
		}
	}
}
