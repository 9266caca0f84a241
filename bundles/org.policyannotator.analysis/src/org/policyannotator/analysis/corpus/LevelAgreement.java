package org.policyannotator.analysis.corpus;

import java.util.List;

/**
 * Agreement at one level of a hierarchical codebook: every annotation counts as its ancestor at that level, so two
 * annotators who chose different subtopics of the same topic agree at the topic's level.
 *
 * @param level   1 for the top level
 * @param codes   the codes of that level that the compared types roll up to, in order of first appearance
 * @param overall agreement on those codes, over all included documents (per code in {@code byType})
 */
public record LevelAgreement(int level, List<String> codes, ScopeAgreement overall) {

	/** Copies the list. */
	public LevelAgreement {
		codes = List.copyOf(codes);
	}
}
