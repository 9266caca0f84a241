package org.policyannotator.ui.editor;

import org.eclipse.jface.text.source.Annotation;

/** One span of a model annotation, as drawn in the editor. */
public final class SpanAnnotation extends Annotation {
	private final String annotationId;
	private final String annotator;

	SpanAnnotation(String type, String annotationId, String annotator, String text) {
		super(type, false, text);
		this.annotationId = annotationId;
		this.annotator = annotator;
	}

	/** The id of the model annotation this span belongs to. */
	public String annotationId() {
		return annotationId;
	}

	public String annotator() {
		return annotator;
	}
}
