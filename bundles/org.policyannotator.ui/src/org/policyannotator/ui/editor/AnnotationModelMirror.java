package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationSetListener;
import org.policyannotator.model.Span;

/**
 * Mirrors annotation sets into the editor's annotation model: every span becomes a {@link SpanAnnotation} whose
 * type says how it is drawn. After each change only the spans whose place or style changed are replaced, in one
 * batch, so that tagging stays fast on documents with tens of thousands of annotations.
 */
final class AnnotationModelMirror {
	private record Key(String annotator, String annotationId, int spanIndex) {
	}

	private record Drawn(SpanAnnotation annotation, Position position) {
	}

	private final IAnnotationModel model;
	private final List<AnnotationSet> sets;
	private final Map<Key, Drawn> drawn = new HashMap<>();
	private final AnnotationSetListener listener = event -> refresh();

	AnnotationModelMirror(IAnnotationModel model, List<AnnotationSet> sets) {
		this.model = model;
		this.sets = List.copyOf(sets);
		sets.forEach(set -> set.addListener(listener));
		refresh();
	}

	void dispose() {
		sets.forEach(set -> set.removeListener(listener));
	}

	/** Brings the annotation model in line with the sets. */
	synchronized void refresh() {
		List<org.policyannotator.model.Annotation> all = new ArrayList<>();
		sets.forEach(set -> all.addAll(set.annotations()));
		Map<Key, Drawn> next = new HashMap<>();
		Map<Annotation, Position> added = new HashMap<>();
		for (SpanLayers.Placed placed : SpanLayers.place(all)) {
			org.policyannotator.model.Annotation annotation = placed.annotation();
			Key key = new Key(annotation.annotator(), annotation.id(), annotation.spans().indexOf(placed.span()));
			String type = placed.style().annotationType(annotation.type());
			Span span = placed.span();
			Drawn old = drawn.get(key);
			if (old != null && old.annotation().getType().equals(type) && old.position().getOffset() == span.start()
					&& old.position().getLength() == span.length() && Objects.equals(old.annotation().getText(), annotation.type())) {
				next.put(key, old);
			} else {
				SpanAnnotation jface = new SpanAnnotation(type, annotation.id(), annotation.annotator(), annotation.type());
				Position position = new Position(span.start(), span.length());
				next.put(key, new Drawn(jface, position));
				added.put(jface, position);
			}
		}
		List<Annotation> removed = new ArrayList<>();
		drawn.forEach((key, old) -> {
			if (next.get(key) != old) {
				removed.add(old.annotation());
			}
		});
		drawn.clear();
		drawn.putAll(next);
		if (removed.isEmpty() && added.isEmpty()) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
		} else {
			removed.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	/** The model annotations drawn at {@code offset}, innermost (shortest) first. */
	synchronized List<SpanAnnotation> at(int offset) {
		List<Drawn> hits = new ArrayList<>();
		for (Drawn d : drawn.values()) {
			Position p = d.position();
			if (p.getOffset() <= offset && offset < p.getOffset() + Math.max(1, p.getLength())) {
				hits.add(d);
			}
		}
		hits.sort((a, b) -> Integer.compare(a.position().getLength(), b.position().getLength()));
		return hits.stream().map(Drawn::annotation).toList();
	}
}
