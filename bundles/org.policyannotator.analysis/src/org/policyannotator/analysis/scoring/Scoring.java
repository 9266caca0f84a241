package org.policyannotator.analysis.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.policyannotator.analysis.corpus.internal.CountedAnnotations;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Span;

/**
 * Scores a submitted annotation set against a reference set of the same document.
 * <ol>
 * <li><b>Exact</b>: a submitted and a reference annotation match when they have the same type and the same spans
 * (same number of spans, each with the same start and end). Pairs are one-to-one: of identical duplicates only as
 * many match as exist on the other side.</li>
 * <li><b>Overlap</b>: the exact pairs are kept; then, among the remaining annotations of the same type that share at
 * least one character (the union of one annotation's spans intersects the other's), a maximum one-to-one pairing
 * is chosen: the most pairs possible, then the largest total of shared characters, then a fixed tie-break
 * ({@link OverlapMatching}). Each annotation is in at most one pair, so a submitted span that covers two reference
 * spans matches one of them and the other is missed.</li>
 * <li><b>Wrong type</b>: among the annotations still unpaired, pairs of different types that share characters are
 * chosen the same maximum way. They are reported separately and count as a false negative of the reference type and
 * a false positive of the submitted type.</li>
 * </ol>
 * Precision, recall and F1 are computed per type from the counts; "all types" sums the counts (micro average).
 * Only accepted, non-orphaned annotations with non-empty spans count; with a type list, only those types.
 */
public final class Scoring {
	private Scoring() {
	}

	/** Scores all types that occur in either set. */
	public static Score score(AnnotationSet reference, AnnotationSet submitted, int textLength) {
		Set<String> types = new TreeSet<>();
		reference.annotations().forEach(a -> types.add(a.type()));
		submitted.annotations().forEach(a -> types.add(a.type()));
		return score(reference, submitted, textLength, types);
	}

	/**
	 * Scores the annotations of {@code types}; every one of them appears in {@link Score#byType()}.
	 *
	 * @param textLength length of the document text; spans beyond it are ignored
	 * @throws IllegalArgumentException when the sets belong to different documents
	 */
	public static Score score(AnnotationSet reference, AnnotationSet submitted, int textLength,
			Collection<String> types) {
		if (!reference.documentId().equals(submitted.documentId())) {
			throw new IllegalArgumentException("the reference is on document " + reference.documentId()
					+ " and the submission on " + submitted.documentId());
		}
		String document = reference.documentId();
		List<Annotation> ref = CountedAnnotations.of(reference, types, textLength);
		List<Annotation> sub = CountedAnnotations.of(submitted, types, textLength);
		boolean[] refUsed = new boolean[ref.size()];
		boolean[] subUsed = new boolean[sub.size()];
		List<Feedback> feedback = new ArrayList<>();
		Map<String, int[]> exactTp = new HashMap<>();
		Map<String, int[]> overlapTp = new HashMap<>();
		Map<String, int[]> wrong = new HashMap<>();

		Map<String, List<Integer>> byKey = new HashMap<>();
		for (int s = 0; s < sub.size(); s++) {
			byKey.computeIfAbsent(key(sub.get(s)), k -> new ArrayList<>()).add(s);
		}
		for (int r = 0; r < ref.size(); r++) {
			List<Integer> same = byKey.get(key(ref.get(r)));
			if (same != null && !same.isEmpty()) {
				int s = same.remove(0);
				refUsed[r] = true;
				subUsed[s] = true;
				feedback.add(new Feedback.Matched(document, ref.get(r), sub.get(s)));
				increment(exactTp, ref.get(r).type());
				increment(overlapTp, ref.get(r).type());
			}
		}
		for (int[] pair : OverlapMatching.pairs(ref, sub, refUsed, subUsed, true)) {
			Annotation r = ref.get(pair[0]);
			feedback.add(new Feedback.BoundaryDifference(document, r, sub.get(pair[1]), pair[2]));
			increment(overlapTp, r.type());
		}
		for (int[] pair : OverlapMatching.pairs(ref, sub, refUsed, subUsed, false)) {
			Annotation r = ref.get(pair[0]);
			feedback.add(new Feedback.WrongType(document, r, sub.get(pair[1]), pair[2]));
			increment(wrong, r.type());
		}
		for (int r = 0; r < ref.size(); r++) {
			if (!refUsed[r]) {
				feedback.add(new Feedback.Missed(document, ref.get(r)));
			}
		}
		for (int s = 0; s < sub.size(); s++) {
			if (!subUsed[s]) {
				feedback.add(new Feedback.Extra(document, sub.get(s)));
			}
		}
		feedback.sort(Comparator.comparingInt(Feedback::start));

		Map<String, TypeScore> byType = new TreeMap<>();
		Counts exact = Counts.ZERO;
		Counts overlap = Counts.ZERO;
		int wrongTotal = 0;
		for (String type : new LinkedHashSet<>(types)) {
			int refCount = (int) ref.stream().filter(a -> a.type().equals(type)).count();
			int subCount = (int) sub.stream().filter(a -> a.type().equals(type)).count();
			int e = count(exactTp, type);
			int o = count(overlapTp, type);
			TypeScore score = new TypeScore(type, new Counts(e, subCount - e, refCount - e),
					new Counts(o, subCount - o, refCount - o), count(wrong, type));
			byType.put(type, score);
			exact = exact.plus(score.exact());
			overlap = overlap.plus(score.overlap());
			wrongTotal += score.wrongType();
		}
		return new Score(byType, exact, overlap, wrongTotal, feedback);
	}

	/** Characters covered by both annotations (each annotation's spans taken as a union). */
	static int sharedCharacters(Annotation a, Annotation b) {
		List<int[]> x = union(a);
		List<int[]> y = union(b);
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < x.size() && j < y.size()) {
			int start = Math.max(x.get(i)[0], y.get(j)[0]);
			int end = Math.min(x.get(i)[1], y.get(j)[1]);
			if (end > start) {
				shared += end - start;
			}
			if (x.get(i)[1] < y.get(j)[1]) {
				i++;
			} else {
				j++;
			}
		}
		return shared;
	}

	private static List<int[]> union(Annotation a) {
		List<int[]> merged = new ArrayList<>();
		for (Span s : a.spans()) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && s.start() <= last[1]) {
				last[1] = Math.max(last[1], s.end());
			} else {
				merged.add(new int[] { s.start(), s.end() });
			}
		}
		return merged;
	}

	private static String key(Annotation a) {
		StringBuilder key = new StringBuilder(a.type());
		for (Span s : a.spans()) {
			key.append('|').append(s.start()).append('-').append(s.end());
		}
		return key.toString();
	}

	private static void increment(Map<String, int[]> counts, String type) {
		counts.computeIfAbsent(type, t -> new int[1])[0]++;
	}

	private static int count(Map<String, int[]> counts, String type) {
		int[] c = counts.get(type);
		return c == null ? 0 : c[0];
	}
}
