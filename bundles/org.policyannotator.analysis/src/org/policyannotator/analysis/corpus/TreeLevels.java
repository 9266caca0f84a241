package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.List;

import org.policyannotator.analysis.corpus.internal.PreparedDocument;
import org.policyannotator.model.schema.CodeTree;

/**
 * Agreement rolled up to each level of a codebook's tree ({@link LevelAgreement}). Only annotations of the
 * selection's types count; each one takes the code it stands for at each {@link CodeLevel}. The coefficients are those of {@link SpanAgreement}.
 */
public final class TreeLevels {
	private TreeLevels() {
	}

	/** One entry per level from 1 to the deepest level of the compared types; empty when they are all top-level. */
	public static List<LevelAgreement> compute(AgreementSelection selection, CodeTree tree) {
		List<String> coders = selection.annotators().stream().distinct().sorted().toList();
		List<PreparedDocument> prepared = selection.documents().stream()
				.map(d -> new PreparedDocument(d.id(), d.document().text(), d.sets(), coders, selection.types()))
				.toList();
		return compute(prepared, coders, selection.types(), selection.types(), tree);
	}

	/**
	 * The levels over documents prepared with the type list {@code labelled} (or a prefix of it), for the compared
	 * types {@code compared} (a subset of {@code labelled}, in report order).
	 */
	static List<LevelAgreement> compute(List<PreparedDocument> prepared, List<String> coders, List<String> labelled,
			List<String> compared, CodeTree tree) {
		List<LevelAgreement> levels = new ArrayList<>();
		for (CodeLevel level : CodeLevel.of(compared, tree)) {
			List<String> codeList = level.codes();
			int[] mapping = new int[labelled.size()];
			for (int t = 0; t < mapping.length; t++) {
				mapping[t] = level.code(labelled.get(t)).map(codeList::indexOf).orElse(-1);
			}
			List<PreparedDocument> rolled = prepared.stream().map(d -> d.rolledUp(mapping, codeList)).toList();
			levels.add(new LevelAgreement(level.level(), codeList,
					SpanAgreement.overall(rolled, coders, codeList, codeList)));
		}
		return levels;
	}
}
