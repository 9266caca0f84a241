package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.policyannotator.analysis.corpus.internal.PreparedDocument;
import org.policyannotator.model.schema.CodeTree;

/**
 * Agreement rolled up to each level of a codebook's tree ({@link LevelAgreement}). Only annotations of the
 * selection's types count; at level k each one takes the type of its ancestor at level k (a code above level k
 * keeps its own). The coefficients are those of {@link SpanAgreement}.
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
		int deepest = compared.stream().mapToInt(t -> Math.max(1, tree.depth(t))).max().orElse(1);
		List<LevelAgreement> levels = new ArrayList<>();
		if (deepest < 2) {
			return levels;
		}
		for (int level = 1; level <= deepest; level++) {
			int at = level;
			Set<String> codes = new LinkedHashSet<>();
			compared.forEach(t -> codes.add(tree.atLevel(t, at)));
			List<String> codeList = List.copyOf(codes);
			int[] mapping = new int[labelled.size()];
			for (int t = 0; t < mapping.length; t++) {
				String type = labelled.get(t);
				mapping[t] = compared.contains(type) ? codeList.indexOf(tree.atLevel(type, at)) : -1;
			}
			List<PreparedDocument> rolled = prepared.stream().map(d -> d.rolledUp(mapping, codeList)).toList();
			levels.add(new LevelAgreement(level, codeList, SpanAgreement.overall(rolled, coders, codeList, codeList)));
		}
		return levels;
	}
}
