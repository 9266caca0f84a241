package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.policyannotator.analysis.corpus.internal.LabelTable;
import org.policyannotator.analysis.corpus.internal.PreparedDocument;
import org.policyannotator.analysis.unitizing.UnitizingCoefficient;
import org.policyannotator.analysis.unitizing.UnitizingResult;
import org.policyannotator.model.corpus.OnEveryCore;

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
		int[] all = everyone(coders.size());
		// The whole corpus is gathered once for all annotators (segments sorted, token labels counted); then the
		// overall figures, each type's and each pair's (taken from the whole, not gathered again) are computed on
		// every core, while the documents' own scopes, in chunks, fill the gaps.
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = OnEveryCore.pool(threads, "agreement-coefficients");
		try {
			Future<GatheredScope> gathering = pool.submit(() -> GatheredScope.of(prepared, all, coders, labelled));
			int chunk = Math.max(1, prepared.size() / (threads * 16));
			List<Future<List<ScopeAgreement>>> chunks = new ArrayList<>();
			for (int from = 0; from < prepared.size(); from += chunk) {
				List<PreparedDocument> part = prepared.subList(from, Math.min(prepared.size(), from + chunk));
				chunks.add(pool.submit(() -> part.stream()
						.map(document -> scope(List.of(document), all, coders, labelled, reported)).toList()));
			}
			GatheredScope corpus = OnEveryCore.join(gathering);
			Future<UnitizingResult> unitizing = pool.submit(corpus::unitizing);
			List<Future<PairAgreement>> pairScopes = new ArrayList<>();
			for (int a = 0; a < coders.size(); a++) {
				for (int b = a + 1; b < coders.size(); b++) {
					int[] pair = { a, b };
					pairScopes.add(pool.submit(() -> new PairAgreement(coders.get(pair[0]), coders.get(pair[1]),
							corpus.allTypes(pair))));
				}
			}
			Map<String, Future<TypeTokens>> typeTokens = new LinkedHashMap<>();
			for (String type : reported) {
				typeTokens.put(type, pool.submit(() -> TypeTokens.of(prepared, all, labelled.indexOf(type))));
			}
			Map<String, ScopeAgreement> byDocument = new LinkedHashMap<>();
			int next = 0;
			for (Future<List<ScopeAgreement>> part : chunks) {
				for (ScopeAgreement scope : OnEveryCore.join(part)) {
					byDocument.put(prepared.get(next++).id(), scope);
				}
			}
			List<PairAgreement> pairs = new ArrayList<>();
			for (Future<PairAgreement> pair : pairScopes) {
				pairs.add(OnEveryCore.join(pair));
			}
			UnitizingResult overallUnitizing = OnEveryCore.join(unitizing);
			Map<String, Coefficients> byType = new LinkedHashMap<>();
			typeTokens.forEach((type, figures) -> byType.put(type,
					OnEveryCore.join(figures).coefficients(type, all.length, overallUnitizing, corpus.tokens())));
			ScopeAgreement overall = new ScopeAgreement(corpus.allTypes(overallUnitizing), byType);
			return new CorpusAgreementReport(coders, reported, prepared.stream().map(PreparedDocument::id).toList(),
					skipped, overall, byDocument, pairs);
		} finally {
			pool.shutdownNow();
		}
	}

	/** All documents and all annotators together, per type too: the overall scope of {@link #compute}. */
	static ScopeAgreement overall(List<PreparedDocument> prepared, List<String> coders, List<String> labelled,
			List<String> reported) {
		return scope(prepared, everyone(coders.size()), coders, labelled, reported);
	}

	private static int[] everyone(int coders) {
		int[] all = new int[coders];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return all;
	}

	/** All types together and per type, for the documents and annotators given. */
	private static ScopeAgreement scope(List<PreparedDocument> documents, int[] coders, List<String> names,
			List<String> labelled, List<String> reported) {
		GatheredScope gathered = GatheredScope.of(documents, coders, names, labelled);
		UnitizingResult unitizing = gathered.unitizing();
		Map<String, Coefficients> byType = new LinkedHashMap<>();
		for (String type : reported) {
			byType.put(type, TypeTokens.of(documents, coders, labelled.indexOf(type)).coefficients(type,
					coders.length, unitizing, gathered.tokens()));
		}
		return new ScopeAgreement(gathered.allTypes(unitizing), byType);
	}

	/** The token figures of one type: each token covered by an annotation of the type or not. */
	private record TypeTokens(LabelTable binary, int annotations) {
		static TypeTokens of(List<PreparedDocument> documents, int[] coders, int type) {
			LabelTable binary = new LabelTable(coders.length, 2);
			int annotations = 0;
			long[][] covered = new long[coders.length][];
			long[] patterns = new long[1 << Math.min(coders.length, BY_WORDS)];
			int[] unit = new int[coders.length];
			for (PreparedDocument document : documents) {
				for (int c = 0; c < coders.length; c++) {
					annotations += document.annotationCount(coders[c], type);
					covered[c] = document.covered(coders[c], type).toLongArray();
				}
				if (coders.length <= BY_WORDS) {
					countByWords(covered, document.tokenCount(), patterns);
					continue;
				}
				for (int k = 0; k < document.tokenCount(); k++) {
					for (int c = 0; c < coders.length; c++) {
						unit[c] = bit(covered[c], k);
					}
					binary.add(unit);
				}
			}
			if (coders.length <= BY_WORDS) {
				for (int p = 0; p < patterns.length; p++) {
					if (patterns[p] > 0) {
						for (int c = 0; c < coders.length; c++) {
							unit[c] = p >>> c & 1;
						}
						binary.add(unit, patterns[p]);
					}
				}
			}
			return new TypeTokens(binary, annotations);
		}

		/** Up to this many coders, tokens are counted per pattern of covered/not 64 at a time. */
		private static final int BY_WORDS = 5;

		/** Adds to {@code patterns[p]} the tokens whose coders' bits (bit c: coder c covers it) make {@code p}. */
		private static void countByWords(long[][] covered, int tokens, long[] patterns) {
			int coders = covered.length;
			for (int w = 0; w * 64 < tokens; w++) {
				long valid = tokens - w * 64 >= 64 ? -1L : (1L << (tokens - w * 64)) - 1;
				for (int p = 0; p < patterns.length; p++) {
					long match = valid;
					for (int c = 0; c < coders && match != 0; c++) {
						long word = w < covered[c].length ? covered[c][w] : 0;
						match &= (p >>> c & 1) != 0 ? word : ~word;
					}
					patterns[p] += Long.bitCount(match);
				}
			}
		}

		private static int bit(long[] words, int k) {
			int w = k >>> 6;
			return w < words.length && (words[w] & 1L << k) != 0 ? 1 : 0;
		}

		Coefficients coefficients(String name, int coders, UnitizingResult unitizing, int tokens) {
			UnitizingCoefficient alpha = unitizing.byCategory().get(name);
			if (alpha == null) {
				String reason = coders < 2 ? "unitizing alpha needs at least two annotators"
						: "no annotator marked a '" + name + "' span";
				alpha = new UnitizingCoefficient(OptionalDouble.empty(), 0, 0, Optional.of(reason));
			}
			return new Coefficients(alpha, binary.alpha(), GatheredScope.kappa(binary), annotations, tokens);
		}
	}
}
