package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;

/**
 * The annotations of an annotation model grouped by their type, kept up to date from the model's change events: an
 * edit that adds or removes a few annotations costs a few hash operations, and the overview ruler asks only for the
 * annotations of the types it shows, instead of walking the whole model once per type on every repaint.
 */
final class AnnotationTypeIndex implements IAnnotationModelListener, IAnnotationModelListenerExtension {
	/**
	 * An annotation with its place in the model, and the text lines that place spanned when last looked up (kept by
	 * the overview ruler, so that a repaint walks a list instead of asking the model and the text for each one).
	 */
	static final class Entry {
		final Annotation annotation;
		final Position position;
		int linesOffset = -1;
		int linesLength;
		int firstLine;
		int lastLine;

		Entry(Annotation annotation, Position position) {
			this.annotation = annotation;
			this.position = position;
		}

		/** Whether the lines were looked up for the place the annotation has now. */
		boolean linesKnown() {
			return linesOffset == position.getOffset() && linesLength == position.getLength();
		}
	}

	private final Map<Object, Map<Annotation, Entry>> byType = new HashMap<>();
	private final Map<Annotation, Object> typeOf = new HashMap<>();
	private final Runnable changed;
	private IAnnotationModel model;

	/** @param changed told after every change of the model (on the thread that changed it) */
	AnnotationTypeIndex(Runnable changed) {
		this.changed = changed;
	}

	/** Follows {@code newModel} (none: {@code null}) instead of the model followed so far. */
	void follow(IAnnotationModel newModel) {
		if (model != null) {
			model.removeAnnotationModelListener(this);
		}
		model = newModel;
		rebuild();
		if (model != null) {
			model.addAnnotationModelListener(this);
		}
	}

	/** The annotation types that have annotations now. */
	synchronized List<Object> types() {
		return new ArrayList<>(byType.keySet());
	}

	/** The annotations of {@code type} now (a copy: the model may change while the caller walks it). */
	synchronized List<Entry> entries(Object type) {
		Map<Annotation, Entry> entries = byType.get(type);
		return entries == null ? List.of() : new ArrayList<>(entries.values());
	}

	/** Forgets the lines looked up for every annotation (the text or its layout changed). */
	synchronized void forgetLines() {
		byType.values().forEach(entries -> entries.values().forEach(e -> e.linesOffset = -1));
	}

	/** How many annotations there are. */
	synchronized int size() {
		return typeOf.size();
	}

	/** How many annotations of {@code type} there are. */
	synchronized int count(Object type) {
		Map<Annotation, Entry> annotations = byType.get(type);
		return annotations == null ? 0 : annotations.size();
	}

	@Override
	public void modelChanged(IAnnotationModel changedModel) {
		rebuild();
		changed.run();
	}

	@Override
	public void modelChanged(AnnotationModelEvent event) {
		if (event.isWorldChange() || !event.isValid()) {
			rebuild();
		} else {
			synchronized (this) {
				for (Annotation annotation : event.getRemovedAnnotations()) {
					remove(annotation);
				}
				for (Annotation annotation : event.getAddedAnnotations()) {
					add(annotation);
				}
				for (Annotation annotation : event.getChangedAnnotations()) {
					// an annotation's type may change (Annotation.setType): file it under its new one
					if (typeOf.containsKey(annotation) && !typeOf.get(annotation).equals(annotation.getType())) {
						remove(annotation);
						add(annotation);
					}
				}
			}
		}
		changed.run();
	}

	private synchronized void rebuild() {
		byType.clear();
		typeOf.clear();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				add(it.next());
			}
		}
	}

	private void add(Annotation annotation) {
		Object type = annotation.getType();
		Position position = model == null ? null : model.getPosition(annotation);
		if (type != null && position != null && typeOf.putIfAbsent(annotation, type) == null) {
			byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(annotation, new Entry(annotation, position));
		}
	}

	private void remove(Annotation annotation) {
		Object type = typeOf.remove(annotation);
		if (type != null) {
			Map<Annotation, Entry> annotations = byType.get(type);
			annotations.remove(annotation);
			if (annotations.isEmpty()) {
				byType.remove(type);
			}
		}
	}
}
