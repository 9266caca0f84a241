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
 * annotations of the types it shows, instead of walking the whole model once per type on every repaint. It also
 * keeps a short log of the entries added and removed, so that the ruler can move the few boxes an edit touched
 * ({@link #changesSince}); the log starts again (a new epoch) when the index is rebuilt, when the lines are
 * forgotten, or when nobody read it for {@value #LOG_LIMIT} changes.
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

	/** An entry added to or removed from the annotations of {@code type}. */
	record Change(Object type, Entry entry, boolean added) {
	}

	/** The changes of one epoch from a position of its log on, and the position after them. */
	record Changes(int epoch, int next, List<Change> changes) {
	}

	/** Every entry by annotation type at one moment, with the epoch and log position it reflects. */
	record Snapshot(int epoch, int next, Map<Object, List<Entry>> entries) {
	}

	static final int LOG_LIMIT = 4096;

	private final Map<Object, Map<Annotation, Entry>> byType = new HashMap<>();
	private final List<Change> log = new ArrayList<>();
	private int epoch;
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

	/** Forgets the lines looked up for every annotation (the text or its layout changed). */
	synchronized void forgetLines() {
		byType.values().forEach(entries -> entries.values().forEach(e -> e.linesOffset = -1));
		restartLog();
	}

	/**
	 * The entries added and removed since position {@code seen} of the log of {@code since}, in order; empty when
	 * that epoch is over (everything must be looked at again: {@link #snapshot}).
	 */
	synchronized java.util.Optional<Changes> changesSince(int since, int seen) {
		if (since != epoch || seen > log.size()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Changes(epoch, log.size(), List.copyOf(log.subList(seen, log.size()))));
	}

	/** Every entry now, by annotation type, and where the log stands. */
	synchronized Snapshot snapshot() {
		Map<Object, List<Entry>> copy = new HashMap<>();
		byType.forEach((type, entries) -> copy.put(type, new ArrayList<>(entries.values())));
		return new Snapshot(epoch, log.size(), copy);
	}

	private void restartLog() {
		log.clear();
		epoch++;
	}

	private void logged(Change change) {
		if (log.size() >= LOG_LIMIT) {
			restartLog(); // nobody is reading: whoever comes next starts from a snapshot
		} else {
			log.add(change);
		}
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
		restartLog();
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
			Entry entry = new Entry(annotation, position);
			byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(annotation, entry);
			logged(new Change(type, entry, true));
		}
	}

	private void remove(Annotation annotation) {
		Object type = typeOf.remove(annotation);
		if (type != null) {
			Map<Annotation, Entry> annotations = byType.get(type);
			Entry entry = annotations.remove(annotation);
			if (entry != null) {
				logged(new Change(type, entry, false));
			}
			if (annotations.isEmpty()) {
				byType.remove(type);
			}
		}
	}
}
