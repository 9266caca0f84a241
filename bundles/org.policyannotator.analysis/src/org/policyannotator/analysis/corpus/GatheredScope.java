package org.policyannotator.analysis.corpus;

import java.util.List;
import java.util.Optional;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.corpus.internal.LabelTable;
import org.policyannotator.analysis.corpus.internal.PreparedDocument;
import org.policyannotator.analysis.unitizing.UnitizingAlpha;
import org.policyannotator.analysis.unitizing.UnitizingData;
import org.policyannotator.analysis.unitizing.UnitizingResult;

/**
 * The documents of one scope gathered once for all its annotators: their segments for unitizing alpha (sorted once)
 * and the pattern counts of their token labels. The figures of any group of these annotators (all of them, or each
 * pair) are taken from it, the same as if only that group's annotations had been gathered.
 */
final class GatheredScope {
	private final UnitizingData segments;
	private final LabelTable labels;
	private final int[] annotations;
	private final int tokens;

	private GatheredScope(UnitizingData segments, LabelTable labels, int[] annotations, int tokens) {
		this.segments = segments;
		this.labels = labels;
		this.annotations = annotations;
		this.tokens = tokens;
	}

	/**
	 * @param documents the scope's documents
	 * @param coders    the annotators gathered, as indices into the documents' coders; group member {@code i} of
	 *                  {@link #allTypes} is {@code coders[i]}
	 * @param names     the documents' coder names
	 * @param labelled  the documents' type list (each document was prepared with it or a prefix of it)
	 */
	static GatheredScope of(List<PreparedDocument> documents, int[] coders, List<String> names,
			List<String> labelled) {
		UnitizingData.Builder builder = UnitizingData.builder();
		for (int c : coders) {
			builder.coder(names.get(c));
		}
		int none = labelled.size();
		LabelTable labels = new LabelTable(coders.length, none + 1);
		int[] annotations = new int[coders.length];
		int[] unit = new int[coders.length];
		int[][] coderLabels = new int[coders.length][];
		int tokens = 0;
		int continuum = 0;
		for (PreparedDocument document : documents) {
			builder.continuum(document.id(), document.length());
			for (int c : coders) {
				int[] starts = document.segmentStarts(c);
				int[] ends = document.segmentEnds(c);
				for (int type = 0; type < document.types().size(); type++) {
					builder.segments(names.get(c), continuum, labelled.get(type), starts, ends,
							document.segmentFrom(c, type), document.segmentFrom(c, type + 1));
				}
			}
			continuum++;
			for (int i = 0; i < coders.length; i++) {
				annotations[i] += document.annotationCount(coders[i]);
				coderLabels[i] = document.labels(coders[i]);
			}
			tokens += document.tokenCount();
			for (int k = 0; k < document.tokenCount(); k++) {
				for (int i = 0; i < coders.length; i++) {
					int label = coderLabels[i][k];
					unit[i] = label == PreparedDocument.NONE ? none : label;
				}
				labels.add(unit);
			}
		}
		return new GatheredScope(builder.build(), labels, annotations, tokens);
	}

	/** Unitizing alpha of the whole group, overall and per type. */
	UnitizingResult unitizing() {
		return UnitizingAlpha.compute(segments);
	}

	/** Tokens of the scope. */
	int tokens() {
		return tokens;
	}

	/** All types together for the whole group, with its {@link #unitizing()}. */
	Coefficients allTypes(UnitizingResult unitizing) {
		return new Coefficients(unitizing.overall(), labels.alpha(), kappa(labels), sum(annotations), tokens);
	}

	/** All types together for the group members at these positions (e.g. a pair). */
	Coefficients allTypes(int[] members) {
		LabelTable table = labels.marginal(members);
		int count = 0;
		for (int m : members) {
			count += annotations[m];
		}
		return new Coefficients(UnitizingAlpha.compute(segments, members).overall(), table.alpha(), kappa(table),
				count, tokens);
	}

	static Optional<AgreementResult> kappa(LabelTable labels) {
		return labels.coders() == 2 ? Optional.of(labels.cohenKappa()) : Optional.empty();
	}

	private static int sum(int[] values) {
		int sum = 0;
		for (int v : values) {
			sum += v;
		}
		return sum;
	}
}
