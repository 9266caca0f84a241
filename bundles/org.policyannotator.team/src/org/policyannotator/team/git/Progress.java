package org.policyannotator.team.git;

/** Where a long team operation reports its steps, and how it learns that the user cancelled it. */
public interface Progress {
	/** Reports nothing and is never cancelled. */
	Progress NONE = new Progress() {
	};

	/** A new step begins, e.g. "Fetching". */
	default void step(String what) {
	}

	/** Whether the user asked to stop; checked between steps and by Git's transfers. */
	default boolean cancelled() {
		return false;
	}
}
