package org.policyannotator.team.merge;

/**
 * Something both sides changed differently, so no merge can decide: the merged set keeps our version, the user
 * chooses.
 *
 * @param kind what the id names
 * @param id   the annotation's or relation's id (the set's document for {@link Kind#DOCUMENT})
 * @param what what each side did, in words
 */
public record MergeConflict(Kind kind, String id, String what) {

	/** What a conflict is about. */
	public enum Kind {
		/** An annotation changed on both sides, or changed on one and deleted on the other. */
		ANNOTATION,
		/** A relation changed on both sides, or changed on one and deleted on the other. */
		RELATION,
		/** The document's text changed differently on the two sides. */
		DOCUMENT
	}
}
