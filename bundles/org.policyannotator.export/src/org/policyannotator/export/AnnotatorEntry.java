package org.policyannotator.export;

import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.Relation;

/**
 * What one annotator made on one document, as it goes into an export: already filtered by the export options.
 *
 * @param annotator   who made it
 * @param annotations annotations in {@link org.policyannotator.model.AnnotationSet#ORDER}; every span matches the
 *                    document text
 * @param relations   relations ordered by id, both ends among {@code annotations}
 */
public record AnnotatorEntry(String annotator, List<Annotation> annotations, List<Relation> relations) {

	/** Copies the lists. */
	public AnnotatorEntry {
		if (annotator == null) {
			throw new IllegalArgumentException("annotator must not be null");
		}
		annotations = List.copyOf(annotations);
		relations = List.copyOf(relations);
	}
}
