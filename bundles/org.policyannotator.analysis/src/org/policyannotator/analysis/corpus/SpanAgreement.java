package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.corpus.internal.LabelTable;
import org.policyannotator.analysis.corpus.internal.Parallel;
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
		List<String> compared = types.stream().distinct().toList();
		List<PreparedDocument> prepared = documents.stream()
				.map(d -> new PreparedDocument(d.id(), d.document().text(), d.sets(), coders, compared)).toList();
		return compute(prepared, coders, compared, compared, skipped);
	}

	/**
	 * The report over documents already prepared with the type list {@code labelled} (each document may have been
	 * prepared with a prefix of it: types added later do not occur in it), reporting the types {@code reported}, a
	 * subset of {@code labelled}, in that order.
	 */
	static CorpusAgreementReport compute(List<PreparedDocument> prepared, List<String> coders, List<String> labelled,
			List<String> reported, List<SkippedDocument> skipped) {
		int[] all = new int[coders.size()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		// The scopes are independent of each other: computed on every core, the longest first (the whole corpus,
		// then each pair), then the documents in chunks that fill the gaps. With the common pool's single worker on
		// a two-core machine, the whole corpus and the pairs ran one after the other while the other core was idle.
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Parallel.pool(threads, "agreement-coefficients");
		try {
			Future<ScopeAgreement> overall = pool.submit(() -> scope(prepared, all, coders, labelled, reported, true));
			List<Future<PairAgreement>> pairScopes = new ArrayList<>();
			for (int a = 0; a < coders.size(); a++) {
				for (int b = a + 1; b < coders.size(); b++) {
					int[] pair = { a, b };
					pairScopes.add(pool.submit(() -> new PairAgreement(coders.get(pair[0]), coders.get(pair[1]),
							scope(prepared, pair, coders, labelled, reported, false).allTypes())));
				}
			}
			int chunk = Math.max(1, prepared.size() / (threads * 16));
			List<Future<List<ScopeAgreement>>> chunks = new ArrayList<>();
			for (int from = 0; from < prepared.size(); from += chunk) {
				List<PreparedDocument> part = prepared.subList(from, Math.min(prepared.size(), from + chunk));
				chunks.add(pool.submit(() -> part.stream()
						.map(document -> scope(List.of(document), all, coders, labelled, reported, true)).toList()));
			}
			Map<String, ScopeAgreement> byDocument = new LinkedHashMap<>();
			int next = 0;
			for (Future<List<ScopeAgreement>> part : chunks) {
				for (ScopeAgreement scope : Parallel.join(part)) {
					byDocument.put(prepared.get(next++).id(), scope);
				}
			}
			List<PairAgreement> pairs = new ArrayList<>();
			for (Future<PairAgreement> pair : pairScopes) {
				pairs.add(Parallel.join(pair));
			}
			return new CorpusAgreementReport(coders, reported, prepared.stream().map(PreparedDocument::id).toList(),
					skipped, Parallel.join(overall), byDocument, pairs);
		} finally {
			pool.shutdownNow();
		}
	}

	/** All documents and all annotators together, per type too: the overall scope of {@link #compute}. */
	static ScopeAgreement overall(List<PreparedDocument> prepared, List<String> coders, List<String> labelled,
			List<String> reported) {
		int[] all = new int[coders.size()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return scope(prepared, all, coders, labelled, reported, true);
	}

	private static ScopeAgreement scope(List<PreparedDocument> documents, int[] coders, List<String> names,
			List<String> labelled, List<String> reported, boolean perType) {
		UnitizingResult unitizing = unitizing(documents, coders, names, labelled);
		int tokens = documents.stream().mapToInt(PreparedDocument::tokenCount).sum();
		int none = labelled.size();
		LabelTable labels = new LabelTable(coders.length, none + 1);
		int[] unit = new int[coders.length];
		int annotations = 0;
		for (PreparedDocument document : documents) {
			for (int c = 0; c < coders.length; c++) {
				annotations += document.annotationCount(coders[c]);
			}
			int[][] coderLabels = new int[coders.length][];
			for (int c = 0; c < coders.length; c++) {
				coderLabels[c] = document.labels(coders[c]);
			}
			for (int k = 0; k < document.tokenCount(); k++) {
				for (int c = 0; c < coders.length; c++) {
					int label = coderLabels[c][k];
					unit[c] = label == PreparedDocument.NONE ? none : label;
				}
				labels.add(unit);
			}
		}
		Coefficients allTypes = new Coefficients(unitizing.overall(), labels.alpha(), kappa(labels), annotations,
				tokens);
		Map<String, Coefficients> byType = new LinkedHashMap<>();
		if (perType) {
			for (String type : reported) {
				byType.put(type, typeCoefficients(documents, coders, type, labelled.indexOf(type), unitizing, tokens));
			}
		}
		return new ScopeAgreement(allTypes, byType);
	}

	private static Coefficients typeCoefficients(List<PreparedDocument> documents, int[] coders, String name,
			int type, UnitizingResult unitizing, int tokens) {
		LabelTable binary = new LabelTable(coders.length, 2);
		int[] unit = new int[coders.length];
		int annotations = 0;
		BitSet[] covered = new BitSet[coders.length];
		for (PreparedDocument document : documents) {
			for (int c = 0; c < coders.length; c++) {
				annotations += document.annotationCount(coders[c], type);
				covered[c] = document.covered(coders[c], type);
			}
			for (int k = 0; k < document.tokenCount(); k++) {
				for (int c = 0; c < coders.length; c++) {
					unit[c] = covered[c].get(k) ? 1 : 0;
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
			List<String> labelled) {
		UnitizingData.Builder builder = UnitizingData.builder();
		for (int c : coders) {
			builder.coder(names.get(c));
		}
		for (PreparedDocument document : documents) {
			builder.continuum(document.id(), document.length());
			for (int c : coders) {
				for (int type = 0; type < document.types().size(); type++) {
					for (int[] s : document.segments(c, type)) {
						builder.segment(names.get(c), document.id(), s[0], s[1], labelled.get(type));
					}
				}
			}
		}
		return UnitizingAlpha.compute(builder.build());
	}
}
