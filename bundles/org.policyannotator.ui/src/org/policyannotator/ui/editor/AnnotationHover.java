package org.policyannotator.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.TagType;

/** Hover over a span: its type, attributes, note and the spans it is linked with. */
final class AnnotationHover implements ITextHover {
	private final AnnotationEditor editor;

	AnnotationHover(AnnotationEditor editor) {
		this.editor = editor;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Optional<EditorSession> session = editor.session();
		if (session.isEmpty()) {
			return null;
		}
		List<Annotation> annotations = new java.util.ArrayList<>(editor.annotationsAt(region.getOffset()));
		annotations.addAll(editor.otherAnnotationsAt(region.getOffset()));
		if (annotations.isEmpty()) {
			return null;
		}
		return annotations.stream().map(a -> describe(session.get(), a)).collect(Collectors.joining("\n\n"));
	}

	static String describe(EditorSession session, Annotation annotation) {
		StringBuilder text = new StringBuilder();
		String label = session.schema().tagType(annotation.type()).map(TagType::label).orElse(annotation.type());
		text.append(label);
		if (annotation.status() == org.policyannotator.model.AnnotationStatus.SUGGESTED) {
			text.append(" (suggested)");
		}
		text.append(": \u201c").append(abbreviate(annotation.spans().stream().map(Span::quote)
				.collect(Collectors.joining(" \u2026 ")), 160)).append('\u201d');
		for (Map.Entry<String, AttributeValue> attribute : annotation.attributes().entrySet()) {
			text.append("\n  ").append(attribute.getKey()).append(" = ").append(attribute.getValue().display());
		}
		annotation.noteIfAny().ifPresent(note -> text.append("\n  note: ").append(note));
		for (Relation relation : session.set().relationsFrom(annotation.id())) {
			text.append("\n  ").append(relation.type()).append(" \u2192 ").append(quoteOf(session, relation.to()));
		}
		for (Relation relation : session.set().relationsTo(annotation.id())) {
			text.append("\n  ").append(relation.type()).append(" \u2190 ").append(quoteOf(session, relation.from()));
		}
		text.append("\n  by ").append(annotation.annotator());
		return text.toString();
	}

	private static String quoteOf(EditorSession session, String annotationId) {
		return session.set().annotation(annotationId)
				.map(a -> "\u201c" + abbreviate(a.firstSpan().quote(), 60) + "\u201d").orElse(annotationId);
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}
}
