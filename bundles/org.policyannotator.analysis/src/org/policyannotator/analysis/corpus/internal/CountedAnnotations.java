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
		List<Annotation> counted = new ArrayList<>();
		for (Annotation a : set.annotations()) {
			if (a.status() != AnnotationStatus.ACCEPTED || a.orphaned() || !types.contains(a.type())) {
				continue;
			}
			List<Span> spans = usableSpans(a, textLength);
			if (spans.isEmpty()) {
				continue;
			}
			counted.add(spans.size() == a.spans().size() ? a : a.withAnchoredSpans(spans));
		}
		return counted;
	}

	private static List<Span> usableSpans(Annotation a, int textLength) {
		List<Span> spans = new ArrayList<>();
		for (Span s : a.spans()) {
			if (s.end() > s.start() && s.end() <= textLength) {
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
