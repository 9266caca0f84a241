package org.policyannotator.ui.views;

import java.util.Map;
import java.util.stream.Collectors;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Span;

/**
 * One row of the Annotations view: an annotation and whether it belongs to the set being edited ({@code own}) or
 * is another annotator's, shown read-only.
 */
public record AnnotationRow(Annotation annotation, boolean own) {

	/** The covered text, pieces of a discontinuous annotation joined by an ellipsis. */
	public String coveredText() {
		return annotation.spans().stream().map(Span::quote).map(q -> q.replaceAll("\\s+", " "))
				.collect(Collectors.joining(" \u2026 "));
	}

	/** The attributes as {@code name=value}, comma separated. */
	public String attributesText() {
		return annotation.attributes().entrySet().stream().map(AnnotationRow::attribute).collect(Collectors.joining(", "));
	}

	private static String attribute(Map.Entry<String, AttributeValue> entry) {
		return entry.getKey() + "=" + entry.getValue().display();
	}
}
