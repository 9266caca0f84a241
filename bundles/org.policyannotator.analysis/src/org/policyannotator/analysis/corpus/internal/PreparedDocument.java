package org.policyannotator.analysis.corpus.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.policyannotator.analysis.corpus.AnnotatedDocument;
import org.policyannotator.analysis.corpus.Tokenizer;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Span;

/**
 * One document ready for the coefficients, in a compact form that no longer holds the text or the annotation sets
 * (so that a corpus of millions of annotations fits in a small heap): its tokens, and per annotator the counted
 * annotations as type index, summed length and spans; the token labels (shortest covering annotation wins); per
 * type which tokens an annotation of that type covers, how many annotations it has and its merged segments.
 */
public final class PreparedDocument {
	/** Token label meaning "no annotation covers this token". */
	public static final int NONE = -1;

	private final String id;
	private final int length;
	private final int[] tokenStarts;
	private final int[] tokenEnds;
	private final List<String> types;
	/** Per coder: the counted annotations. */
	private final Counted[] counted;
	/** Per coder: the unitizing segments of each type, merged where they overlap (made once, read by every scope). */
	private final Segments[] segments;
	private final int[][] labels;
	private final BitSet[][] presence;
	private final int[][] counts;

	/** The counted annotations of one coder: annotation i has type {@code type[i]} and spans {@code from[i]..from[i+1]}. */
	private record Counted(int[] type, int[] length, int[] from, int[] starts, int[] ends) {
		int size() {
			return type.length;
		}
	}

	/** Merged segments of one coder: those of type t are at {@code typeFrom[t] .. typeFrom[t + 1] - 1}, in text order. */
	private record Segments(int[] typeFrom, int[] starts, int[] ends) {
	}

	/**
	 * @param id         document id
	 * @param text       document text (not kept)
	 * @param sets       annotation set by annotator
	 * @param annotators the annotators, in coder order; each must have a set in {@code sets}
	 * @param types      the compared types; label {@code i} is {@code types.get(i)}
	 */
	public PreparedDocument(String id, String text, Map<String, AnnotationSet> sets, List<String> annotators,
			List<String> types) {
		this(id, text, annotationsOf(sets, annotators, id), types);
	}

	/**
	 * @param id          document id
	 * @param text        document text (not kept)
	 * @param annotations per coder (in coder order), the annotations of its set
	 * @param types       the compared types; label {@code i} is {@code types.get(i)}
	 */
	public PreparedDocument(String id, String text, List<List<Annotation>> annotations, List<String> types) {
		this.id = id;
		this.length = text.length();
		this.types = List.copyOf(types);
		int[] bounds = Tokenizer.bounds(text);
		tokenStarts = new int[bounds.length / 2];
		tokenEnds = new int[bounds.length / 2];
		for (int t = 0; t < tokenStarts.length; t++) {
			tokenStarts[t] = bounds[2 * t];
			tokenEnds[t] = bounds[2 * t + 1];
		}
		counted = new Counted[annotations.size()];
		for (int c = 0; c < counted.length; c++) {
			counted[c] = compact(CountedAnnotations.of(annotations.get(c), types, length), this.types);
		}
		segments = merged(counted, this.types.size());
		labels = new int[counted.length][];
		presence = new BitSet[counted.length][];
		counts = new int[counted.length][];
		label();
	}

	private static List<List<Annotation>> annotationsOf(Map<String, AnnotationSet> sets, List<String> annotators,
			String id) {
		List<List<Annotation>> annotations = new ArrayList<>(annotators.size());
		for (String annotator : annotators) {
			AnnotationSet set = sets.get(annotator);
			if (set == null) {
				throw new IllegalArgumentException("annotator " + annotator + " has no set for document " + id);
			}
			annotations.add(set.annotations());
		}
		return annotations;
	}

	/**
	 * @param document   the document and its sets
	 * @param annotators the annotators, in coder order; each must have a set in {@code document}
	 * @param types      the compared types; label {@code i} is {@code types.get(i)}
	 */
	public PreparedDocument(AnnotatedDocument document, List<String> annotators, List<String> types) {
		this(document.id(), document.document().text(), document.sets(), annotators, types);
	}

	private PreparedDocument(PreparedDocument from, List<String> types, Counted[] counted) {
		this.id = from.id;
		this.length = from.length;
		this.tokenStarts = from.tokenStarts;
		this.tokenEnds = from.tokenEnds;
		this.types = List.copyOf(types);
		this.counted = counted;
		this.segments = merged(counted, this.types.size());
		labels = new int[counted.length][];
		presence = new BitSet[counted.length][];
		counts = new int[counted.length][];
		label();
	}

	private static Counted compact(List<Annotation> annotations, List<String> types) {
		int n = annotations.size();
		int[] type = new int[n];
		int[] length = new int[n];
		int[] from = new int[n + 1];
		int spans = 0;
		for (Annotation a : annotations) {
			spans += a.spans().size();
		}
		int[] starts = new int[spans];
		int[] ends = new int[spans];
		int k = 0;
		for (int i = 0; i < n; i++) {
			Annotation a = annotations.get(i);
			type[i] = types.indexOf(a.type());
			length[i] = CountedAnnotations.length(a);
			from[i] = k;
			for (Span s : a.spans()) {
				starts[k] = s.start();
				ends[k] = s.end();
				k++;
			}
		}
		from[n] = k;
		return new Counted(type, length, from, starts, ends);
	}

	/**
	 * This document with each type {@code t} renamed to {@code rolledUp.get(mapping[t])} (a code rolled up to its
	 * ancestor); annotations of a type mapped to {@code -1} leave.
	 */
	public PreparedDocument rolledUp(int[] mapping, List<String> rolledUp) {
		Counted[] mapped = new Counted[counted.length];
		for (int c = 0; c < counted.length; c++) {
			Counted old = counted[c];
			int kept = 0;
			for (int i = 0; i < old.size(); i++) {
				if (mapping[old.type[i]] >= 0) {
					kept++;
				}
			}
			int[] type = new int[kept];
			int[] length = new int[kept];
			int[] from = new int[kept + 1];
			int spans = 0;
			for (int i = 0; i < old.size(); i++) {
				if (mapping[old.type[i]] >= 0) {
					spans += old.from[i + 1] - old.from[i];
				}
			}
			int[] starts = new int[spans];
			int[] ends = new int[spans];
			int j = 0;
			int k = 0;
			for (int i = 0; i < old.size(); i++) {
				if (mapping[old.type[i]] < 0) {
					continue;
				}
				type[j] = mapping[old.type[i]];
				length[j] = old.length[i];
				from[j] = k;
				for (int s = old.from[i]; s < old.from[i + 1]; s++) {
					starts[k] = old.starts[s];
					ends[k] = old.ends[s];
					k++;
				}
				j++;
			}
			from[kept] = k;
			mapped[c] = new Counted(type, length, from, starts, ends);
		}
		return new PreparedDocument(this, rolledUp, mapped);
	}

	private void label() {
		for (int c = 0; c < counted.length; c++) {
			Counted annotations = counted[c];
			int[] label = new int[tokenStarts.length];
			Arrays.fill(label, NONE);
			int[] labelLength = new int[tokenStarts.length];
			BitSet[] covered = new BitSet[types.size()];
			int[] count = new int[types.size()];
			for (int t = 0; t < covered.length; t++) {
				covered[t] = new BitSet(tokenStarts.length);
			}
			for (int i = 0; i < annotations.size(); i++) {
				int type = annotations.type[i];
				int annotationLength = annotations.length[i];
				count[type]++;
				for (int s = annotations.from[i]; s < annotations.from[i + 1]; s++) {
					int end = annotations.ends[s];
					for (int k = firstTokenEndingAfter(annotations.starts[s]); k < tokenStarts.length
							&& tokenStarts[k] < end; k++) {
						covered[type].set(k);
						boolean better = label[k] == NONE || annotationLength < labelLength[k]
								|| (annotationLength == labelLength[k]
										&& types.get(type).compareTo(types.get(label[k])) < 0);
						if (better) {
							label[k] = type;
							labelLength[k] = annotationLength;
						}
					}
				}
			}
			labels[c] = label;
			presence[c] = covered;
			counts[c] = count;
		}
	}

	private int firstTokenEndingAfter(int offset) {
		int low = 0;
		int high = tokenEnds.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (tokenEnds[mid] <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/** Document id. */
	public String id() {
		return id;
	}

	/** Text length in UTF-16 units (the continuum). */
	public int length() {
		return length;
	}

	/** Number of tokens. */
	public int tokenCount() {
		return tokenStarts.length;
	}

	/** The compared types, in label order. */
	public List<String> types() {
		return types;
	}

	/** How many annotations coder {@code coder} has that count. */
	public int annotationCount(int coder) {
		return counted[coder].size();
	}

	/** How many annotations of type {@code type} coder {@code coder} has that count (0 for a type added later). */
	public int annotationCount(int coder, int type) {
		return type < types.size() ? counts[coder][type] : 0;
	}

	/** Label of each token for coder {@code coder}: a type index or {@link #NONE}. */
	public int[] labels(int coder) {
		return labels[coder];
	}

	/** Tokens covered by an annotation of type {@code type} of coder {@code coder} (none for a type added later). */
	public BitSet covered(int coder, int type) {
		return type < types.size() ? presence[coder][type] : NOTHING;
	}

	private static final BitSet NOTHING = new BitSet(0);

	/**
	 * The segments of {@code coder} for type {@code type} are {@code segmentStarts(coder)[i] .. segmentEnds(coder)[i]}
	 * for i from {@code segmentFrom(coder, type)} to {@code segmentFrom(coder, type + 1) - 1}: the spans of all its
	 * annotations of that type, overlapping ones merged into one (unitizing alpha needs non-overlapping segments per
	 * coder and category), in text order. {@code type} may be {@code types().size()} (the end of the last type).
	 */
	public int segmentFrom(int coder, int type) {
		return segments[coder].typeFrom[type];
	}

	/** Starts of the merged segments of {@code coder}, grouped by type (see {@link #segmentFrom}); do not modify. */
	public int[] segmentStarts(int coder) {
		return segments[coder].starts;
	}

	/** Ends (exclusive) of the merged segments of {@code coder}, as {@link #segmentStarts}; do not modify. */
	public int[] segmentEnds(int coder) {
		return segments[coder].ends;
	}

	private static Segments[] merged(Counted[] counted, int typeCount) {
		Segments[] merged = new Segments[counted.length];
		for (int c = 0; c < counted.length; c++) {
			merged[c] = merged(counted[c], typeCount);
		}
		return merged;
	}

	/** Groups a coder's spans by type, sorts each group by start then end, and merges the overlapping ones. */
	private static Segments merged(Counted annotations, int typeCount) {
		int[] bucket = new int[typeCount + 1];
		for (int i = 0; i < annotations.size(); i++) {
			bucket[annotations.type[i] + 1] += annotations.from[i + 1] - annotations.from[i];
		}
		for (int t = 0; t < typeCount; t++) {
			bucket[t + 1] += bucket[t];
		}
		long[] keys = new long[bucket[typeCount]];
		int[] fill = Arrays.copyOf(bucket, typeCount);
		for (int i = 0; i < annotations.size(); i++) {
			int type = annotations.type[i];
			for (int s = annotations.from[i]; s < annotations.from[i + 1]; s++) {
				// starts and ends are non-negative, so the key orders by start, then end
				keys[fill[type]++] = (long) annotations.starts[s] << 32 | annotations.ends[s];
			}
		}
		int[] typeFrom = new int[typeCount + 1];
		int[] starts = new int[keys.length];
		int[] ends = new int[keys.length];
		int n = 0;
		for (int t = 0; t < typeCount; t++) {
			typeFrom[t] = n;
			Arrays.sort(keys, bucket[t], bucket[t + 1]);
			for (int k = bucket[t]; k < bucket[t + 1]; k++) {
				int start = (int) (keys[k] >>> 32);
				int end = (int) keys[k];
				if (n > typeFrom[t] && start < ends[n - 1]) {
					ends[n - 1] = Math.max(ends[n - 1], end);
				} else {
					starts[n] = start;
					ends[n] = end;
					n++;
				}
			}
		}
		typeFrom[typeCount] = n;
		return new Segments(typeFrom, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
	}
}
