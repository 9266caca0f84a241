package org.policyannotator.ui.compare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Span;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * Copies accepted annotations into the curated set: each copy gets a fresh id of the curated set and keeps type,
 * spans, attributes, note and its original annotator (who made it). An annotation whose type and spans the curated
 * set already has is not copied twice.
 */
public final class CuratedCopies {
	private CuratedCopies() {
	}

	/** The edit that adds copies of {@code accepted} to {@code curated}; empty when all are there already. */
	public static Optional<AnnotationEdit> edit(AnnotationSet curated, List<Annotation> accepted) {
		Set<String> present = new HashSet<>();
		curated.annotations().forEach(a -> present.add(key(a)));
		List<Annotation> copies = new ArrayList<>();
		Instant now = Instant.now();
		for (Annotation annotation : accepted) {
			if (present.add(key(annotation))) {
				copies.add(new Annotation(curated.newId(), annotation.type(), annotation.spans(),
						annotation.attributes(), annotation.annotator(), annotation.created(), now, annotation.note(),
						annotation.status(), false));
			}
		}
		return copies.isEmpty() ? Optional.empty()
				: Optional.of(new AnnotationEdit(List.of(), copies, List.of(), List.of()));
	}

	/** Whether the curated set has an annotation with the type and spans of {@code annotation}. */
	public static boolean contains(AnnotationSet curated, Annotation annotation) {
		String key = key(annotation);
		return curated.annotations().stream().anyMatch(a -> key(a).equals(key));
	}

	private static String key(Annotation a) {
		StringBuilder key = new StringBuilder(a.type());
		for (Span s : a.spans()) {
			key.append('|').append(s.start()).append('-').append(s.end());
		}
		return key.toString();
	}
}
