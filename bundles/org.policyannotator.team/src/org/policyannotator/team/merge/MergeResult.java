package org.policyannotator.team.merge;

import java.util.List;

import org.policyannotator.model.AnnotationSet;

/**
 * A three-way merge of an annotation set.
 *
 * @param merged    everything both sides did; where they conflict, our version
 * @param conflicts what the user must decide (empty: the merge is complete)
 * @param notes     what the merge did on its own that a user may want to know (an id given anew, a relation left
 *                  out because an annotation it joined was deleted)
 */
public record MergeResult(AnnotationSet merged, List<MergeConflict> conflicts, List<String> notes) {

	/** Copies the lists. */
	public MergeResult {
		conflicts = List.copyOf(conflicts);
		notes = List.copyOf(notes);
	}

	/** Whether the merge needs nobody's decision. */
	public boolean clean() {
		return conflicts.isEmpty();
	}
}
