package org.policyannotator.analysis.corpus.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.policyannotator.analysis.corpus.AnnotatedDocument;
import org.policyannotator.analysis.corpus.Token;
import org.policyannotator.analysis.corpus.Tokenizer;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Span;

/**
 * One document ready for the coefficients: its tokens, and per annotator the counted annotations, the token labels
 * (shortest covering annotation wins) and per type which tokens an annotation of that type covers.
 */
public final class PreparedDocument {
	/** Token label meaning "no annotation covers this token". */
	public static final int NONE = -1;

	private final String id;
	private final int length;
	private final int[] tokenStarts;
	private final int[] tokenEnds;
	private final List<List<Annotation>> annotations = new ArrayList<>();
	private final List<int[]> labels = new ArrayList<>();
	private final List<BitSet[]> presence = new ArrayList<>();

	/**
	 * @param document   the document and its sets
	 * @param annotators the annotators, in coder order; each must have a set in {@code document}
	 * @param types      the compared types; label {@code i} is {@code types.get(i)}
	 */
	public PreparedDocument(AnnotatedDocument document, List<String> annotators, List<String> types) {
		this.id = document.id();
		String text = document.document().text();
		this.length = text.length();
		List<Token> tokens = Tokenizer.tokenize(text);
		tokenStarts = tokens.stream().mapToInt(Token::start).toArray();
		tokenEnds = tokens.stream().mapToInt(Token::end).toArray();
		for (String annotator : annotators) {
			AnnotationSet set = document.sets().get(annotator);
			if (set == null) {
				throw new IllegalArgumentException("annotator " + annotator + " has no set for document " + id);
			}
			List<Annotation> counted = CountedAnnotations.of(set, types, length);
			annotations.add(counted);
			label(counted, types);
		}
	}

	private void label(List<Annotation> counted, List<String> types) {
		int[] label = new int[tokenStarts.length];
		java.util.Arrays.fill(label, NONE);
		int[] labelLength = new int[tokenStarts.length];
		BitSet[] covered = new BitSet[types.size()];
		for (int t = 0; t < covered.length; t++) {
			covered[t] = new BitSet(tokenStarts.length);
		}
		for (Annotation a : counted) {
			int type = types.indexOf(a.type());
			int annotationLength = CountedAnnotations.length(a);
			for (Span s : a.spans()) {
				for (int k = firstTokenEndingAfter(s.start()); k < tokenStarts.length && tokenStarts[k] < s.end(); k++) {
					covered[type].set(k);
					boolean better = label[k] == NONE || annotationLength < labelLength[k]
							|| (annotationLength == labelLength[k] && types.get(type).compareTo(types.get(label[k])) < 0);
					if (better) {
						label[k] = type;
						labelLength[k] = annotationLength;
					}
				}
			}
		}
		labels.add(label);
		presence.add(covered);
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

	/** The counted annotations of coder {@code coder}. */
	public List<Annotation> annotations(int coder) {
		return annotations.get(coder);
	}

	/** Label of each token for coder {@code coder}: a type index or {@link #NONE}. */
	public int[] labels(int coder) {
		return labels.get(coder);
	}

	/** Tokens covered by an annotation of type {@code type} of coder {@code coder}. */
	public BitSet covered(int coder, int type) {
		return presence.get(coder)[type];
	}

	/**
	 * The segments of {@code coder} for type {@code type}: spans of all its annotations of that type, overlapping
	 * ones merged into one (unitizing alpha needs non-overlapping segments per coder and category), in text order.
	 */
	public List<int[]> segments(int coder, String type) {
		List<int[]> spans = new ArrayList<>();
		for (Annotation a : annotations.get(coder)) {
			if (a.type().equals(type)) {
				for (Span s : a.spans()) {
					spans.add(new int[] { s.start(), s.end() });
				}
			}
		}
		spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
		List<int[]> merged = new ArrayList<>();
		for (int[] s : spans) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && s[0] < last[1]) {
				last[1] = Math.max(last[1], s[1]);
			} else {
				merged.add(s.clone());
			}
		}
		return merged;
	}
}
