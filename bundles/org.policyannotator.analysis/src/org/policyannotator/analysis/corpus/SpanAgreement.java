package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.corpus.internal.LabelTable;
import org.policyannotator.analysis.corpus.internal.PreparedDocument;
import org.policyannotator.analysis.unitizing.UnitizingAlpha;
import org.policyannotator.analysis.unitizing.UnitizingCoefficient;
import org.policyannotator.analysis.unitizing.UnitizingData;
import org.policyannotator.analysis.unitizing.UnitizingResult;

/**
 * Agreement between annotators who tagged spans of the same documents, by two families of coefficients:
 * <ul>
 * <li><b>unitizing alpha</b> (Krippendorff): continuum = the document text in UTF-16 units, one continuum per
 * document, categories = tag types. A coder's overlapping spans of one type are merged into one segment; the spans
 * of a discontinuous annotation are separate segments.</li>
 * <li><b>token coefficients</b>: the text is split into {@linkplain Tokenizer tokens}; each annotator labels each
 * token with the type of an annotation that shares at least one character with it, or "none". When annotations of
 * several types cover a token, the shortest annotation (summed span length) wins; equal lengths: the type id first
 * in alphabetical order. Over these labels: Krippendorff's alpha (nominal, any number of annotators) and, for
 * exactly two annotators, Cohen's kappa. Per type the label is binary: covered by an annotation of that type or
 * not (independent of other types).</li>
 * </ul>
 * Only accepted, non-orphaned annotations of the compared types count.
 */
public final class SpanAgreement {
	private SpanAgreement() {
	}

	/**
	 * Computes the report.
	 *
	 * @param documents  documents on which every annotator has a set
	 * @param annotators the annotators to compare (sorted in the report)
	 * @param types      the compared tag types, in display order
	 * @param skipped    documents the caller left out, reported as they are
	 * @throws IllegalArgumentException when a document lacks the set of an annotator
	 */
	public static CorpusAgreementReport compute(List<AnnotatedDocument> documents, List<String> annotators,
			List<String> types, List<SkippedDocument> skipped) {
		List<String> coders = annotators.stream().distinct().sorted().toList();
		types = types.stream().distinct().toList();
		List<String> compared = types;
		List<PreparedDocument> prepared = documents.stream()
				.map(d -> new PreparedDocument(d, coders, compared)).toList();
		int[] all = new int[coders.size()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		ScopeAgreement overall = scope(prepared, all, coders, types, true);
		Map<String, ScopeAgreement> byDocument = new LinkedHashMap<>();
		for (PreparedDocument document : prepared) {
			byDocument.put(document.id(), scope(List.of(document), all, coders, types, true));
		}
		List<PairAgreement> pairs = new ArrayList<>();
		for (int a = 0; a < coders.size(); a++) {
			for (int b = a + 1; b < coders.size(); b++) {
				ScopeAgreement pair = scope(prepared, new int[] { a, b }, coders, types, false);
				pairs.add(new PairAgreement(coders.get(a), coders.get(b), pair.allTypes()));
			}
		}
		return new CorpusAgreementReport(coders, types, documents.stream().map(AnnotatedDocument::id).toList(),
				skipped, overall, byDocument, pairs);
	}

	private static ScopeAgreement scope(List<PreparedDocument> documents, int[] coders, List<String> names,
			List<String> types, boolean perType) {
		UnitizingResult unitizing = unitizing(documents, coders, names, types);
		int tokens = documents.stream().mapToInt(PreparedDocument::tokenCount).sum();
		LabelTable labels = new LabelTable(coders.length, types.size() + 1);
		int[] unit = new int[coders.length];
		int annotations = 0;
		for (PreparedDocument document : documents) {
			for (int c = 0; c < coders.length; c++) {
				annotations += document.annotations(coders[c]).size();
			}
			for (int k = 0; k < document.tokenCount(); k++) {
				for (int c = 0; c < coders.length; c++) {
					int label = document.labels(coders[c])[k];
					unit[c] = label == PreparedDocument.NONE ? types.size() : label;
				}
				labels.add(unit);
			}
		}
		Coefficients allTypes = new Coefficients(unitizing.overall(), labels.alpha(), kappa(labels), annotations,
				tokens);
		Map<String, Coefficients> byType = new LinkedHashMap<>();
		if (perType) {
			for (int t = 0; t < types.size(); t++) {
				byType.put(types.get(t), typeCoefficients(documents, coders, types, t, unitizing, tokens));
			}
		}
		return new ScopeAgreement(allTypes, byType);
	}

	private static Coefficients typeCoefficients(List<PreparedDocument> documents, int[] coders, List<String> types,
			int type, UnitizingResult unitizing, int tokens) {
		String name = types.get(type);
		LabelTable binary = new LabelTable(coders.length, 2);
		int[] unit = new int[coders.length];
		int annotations = 0;
		for (PreparedDocument document : documents) {
			for (int c = 0; c < coders.length; c++) {
				annotations += (int) document.annotations(coders[c]).stream().filter(a -> a.type().equals(name))
						.count();
			}
			for (int k = 0; k < document.tokenCount(); k++) {
				for (int c = 0; c < coders.length; c++) {
					unit[c] = document.covered(coders[c], type).get(k) ? 1 : 0;
				}
				binary.add(unit);
			}
		}
		UnitizingCoefficient alpha = unitizing.byCategory().get(name);
		if (alpha == null) {
			String reason = coders.length < 2 ? "unitizing alpha needs at least two annotators"
					: "no annotator marked a '" + name + "' span";
			alpha = new UnitizingCoefficient(OptionalDouble.empty(), 0, 0, Optional.of(reason));
		}
		return new Coefficients(alpha, binary.alpha(), kappa(binary), annotations, tokens);
	}

	private static Optional<AgreementResult> kappa(LabelTable labels) {
		return labels.coders() == 2 ? Optional.of(labels.cohenKappa()) : Optional.empty();
	}

	private static UnitizingResult unitizing(List<PreparedDocument> documents, int[] coders, List<String> names,
			List<String> types) {
		UnitizingData.Builder builder = UnitizingData.builder();
		for (int c : coders) {
			builder.coder(names.get(c));
		}
		for (PreparedDocument document : documents) {
			builder.continuum(document.id(), document.length());
			for (int c : coders) {
				for (String type : types) {
					for (int[] s : document.segments(c, type)) {
						builder.segment(names.get(c), document.id(), s[0], s[1], type);
					}
				}
			}
		}
		return UnitizingAlpha.compute(builder.build());
	}
}
