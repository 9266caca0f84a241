package org.policyannotator.analysis.corpus.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Span;

/**
 * Which annotations take part in agreement and scoring: accepted (not merely suggested), not orphaned, of a compared
 * type, with at least one non-empty span inside the text. Empty spans and spans outside the text are dropped.
 */
public final class CountedAnnotations {
	private CountedAnnotations() {
	}

	/** The annotations of {@code set} that count, with only their usable spans, in set order. */
	public static List<Annotation> of(AnnotationSet set, Collection<String> types, int textLength) {
		return of(set.annotations(), types, textLength);
	}

	/** The annotations among {@code annotations} that count, with only their usable spans, in their order. */
	public static List<Annotation> of(List<Annotation> annotations, Collection<String> types, int textLength) {
		List<Annotation> counted = new ArrayList<>(annotations.size());
		for (Annotation a : annotations) {
			if (a.status() != AnnotationStatus.ACCEPTED || a.orphaned() || !types.contains(a.type())) {
				continue;
			}
			if (allUsable(a, textLength)) {
				counted.add(a);
				continue;
			}
			List<Span> spans = usableSpans(a, textLength);
			if (!spans.isEmpty()) {
				counted.add(a.withAnchoredSpans(spans));
			}
		}
		return counted;
	}

	private static boolean allUsable(Annotation a, int textLength) {
		for (Span s : a.spans()) {
			if (!usable(s, textLength)) {
				return false;
			}
		}
		return !a.spans().isEmpty();
	}

	private static boolean usable(Span s, int textLength) {
		return s.end() > s.start() && s.end() <= textLength;
	}

	private static List<Span> usableSpans(Annotation a, int textLength) {
		List<Span> spans = new ArrayList<>();
		for (Span s : a.spans()) {
			if (usable(s, textLength)) {
				spans.add(s);
			}
		}
		return spans;
	}

	/** Summed length of the spans of {@code a}. */
	public static int length(Annotation a) {
		int length = 0;
		for (Span s : a.spans()) {
			length += s.length();
		}
		return length;
	}
}
