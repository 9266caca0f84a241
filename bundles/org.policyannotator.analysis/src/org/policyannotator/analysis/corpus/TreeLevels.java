package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
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
		int deepest = selection.types().stream().mapToInt(t -> Math.max(1, tree.depth(t))).max().orElse(1);
		List<LevelAgreement> levels = new ArrayList<>();
		if (deepest < 2) {
			return levels;
		}
		Set<String> compared = Set.copyOf(selection.types());
		for (int level = 1; level <= deepest; level++) {
			int at = level;
			Set<String> codes = new LinkedHashSet<>();
			selection.types().forEach(t -> codes.add(tree.atLevel(t, at)));
			List<AnnotatedDocument> documents = new ArrayList<>();
			for (AnnotatedDocument document : selection.documents()) {
				Map<String, AnnotationSet> sets = new TreeMap<>();
				document.sets().forEach((annotator, set) -> sets.put(annotator, rolledUp(set, compared, tree, at)));
				documents.add(new AnnotatedDocument(document.document(), sets));
			}
			CorpusAgreementReport report = SpanAgreement.compute(documents, selection.annotators(),
					List.copyOf(codes), List.of());
			levels.add(new LevelAgreement(level, List.copyOf(codes), report.overall()));
		}
		return levels;
	}

	private static AnnotationSet rolledUp(AnnotationSet set, Set<String> compared, CodeTree tree, int level) {
		List<Annotation> annotations = new ArrayList<>();
		for (Annotation a : set.annotations()) {
			if (compared.contains(a.type())) {
				annotations.add(a.withType(tree.atLevel(a.type(), level), a.modified()));
			}
		}
		return AnnotationSet.of(set.annotator(), set.documentId(), set.documentSha256(), annotations, List.of());
	}
}
