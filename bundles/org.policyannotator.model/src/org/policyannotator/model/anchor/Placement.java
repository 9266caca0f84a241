package org.policyannotator.model.anchor;

/** How a span was placed in a changed text. */
public enum Placement {
	/** Still at its old offsets. */
	UNCHANGED,
	/** Found elsewhere, with exactly the same quote. */
	EXACT,
	/** Found elsewhere, with a slightly different quote (similar enough). */
	FUZZY,
	/** Not found: kept at its old offsets and marked orphaned. */
	ORPHAN
}
