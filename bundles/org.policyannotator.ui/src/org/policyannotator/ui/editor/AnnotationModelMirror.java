package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationSetEvent;
import org.policyannotator.model.AnnotationSetListener;

/**
 * Mirrors annotation sets into the editor's annotation model: every span becomes a {@link SpanAnnotation} whose
 * type says how it is drawn. After an edit only the group of spans that overlap the edited annotation is laid out
 * again, and only the spans whose place or style changed are replaced, in one batch, so that tagging stays fast on
 * documents with tens of thousands of annotations.
 */
final class AnnotationModelMirror {
	private record Key(String annotator, String annotationId, int index) {
		static Key of(SpanLayers.Piece piece) {
			return new Key(piece.annotation().annotator(), piece.annotation().id(), piece.index());
		}
	}

	private record Drawn(SpanLayers.Piece piece, SpanAnnotation annotation, Position position) {
	}

	private final IAnnotationModel model;
	private final List<AnnotationSet> sets;
	private final String annotator;
	/** Every piece of every set, in {@link SpanLayers#ORDER}. */
	private final List<SpanLayers.Piece> ordered = new ArrayList<>();
	private final Map<Key, Drawn> drawn = new HashMap<>();
	private int longest;
	private final AnnotationSetListener listener = this::changed;
	private final List<java.util.function.BiConsumer<Integer, Integer>> redrawListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** One span to draw: its place, its tag type and its style. */
	record Styled(int start, int end, String tagType, SpanStyle style) {
	}

	/**
	 * @param sets the editable set first, then any other annotators' sets to show read-only
	 */
	AnnotationModelMirror(IAnnotationModel model, List<AnnotationSet> sets) {
		this.model = model;
		this.sets = List.copyOf(sets);
		this.annotator = sets.isEmpty() ? "" : sets.get(0).annotator();
		for (AnnotationSet set : sets) {
			set.annotations().forEach(a -> ordered.addAll(SpanLayers.pieces(a)));
			set.addListener(listener);
		}
		ordered.sort(SpanLayers.ORDER);
		ordered.forEach(p -> longest = Math.max(longest, p.end() - p.start()));
		Map<Annotation, Position> added = new HashMap<>();
		layOut(0, ordered.size(), List.of(), added);
		replace(List.of(), added);
	}

	/** Stops mirroring and takes every span it drew out of the model. */
	synchronized void dispose() {
		sets.forEach(set -> set.removeListener(listener));
		replace(drawn.values().stream().map(d -> (Annotation) d.annotation()).toList(), Map.of());
		drawn.clear();
	}

	private synchronized void changed(AnnotationSetEvent event) {
		List<org.policyannotator.model.Annotation> before = switch (event) {
		case AnnotationSetEvent.Removed removed -> List.of(removed.annotation());
		case AnnotationSetEvent.Changed change -> List.of(change.before());
		default -> List.of();
		};
		List<org.policyannotator.model.Annotation> after = switch (event) {
		case AnnotationSetEvent.Added added -> List.of(added.annotation());
		case AnnotationSetEvent.Changed change -> List.of(change.after());
		default -> List.of();
		};
		if (before.isEmpty() && after.isEmpty()) {
			return;
		}
		int low = Integer.MAX_VALUE;
		int high = Integer.MIN_VALUE;
		List<Annotation> removed = new ArrayList<>();
		for (org.policyannotator.model.Annotation annotation : before) {
			for (SpanLayers.Piece piece : SpanLayers.pieces(annotation)) {
				int at = Collections.binarySearch(ordered, piece, SpanLayers.ORDER);
				if (at >= 0) {
					ordered.remove(at);
				}
				Drawn old = drawn.remove(Key.of(piece));
				if (old != null) {
					removed.add(old.annotation());
				}
				low = Math.min(low, piece.start());
				high = Math.max(high, piece.end());
			}
		}
		for (org.policyannotator.model.Annotation annotation : after) {
			for (SpanLayers.Piece piece : SpanLayers.pieces(annotation)) {
				int at = Collections.binarySearch(ordered, piece, SpanLayers.ORDER);
				ordered.add(at >= 0 ? at : -at - 1, piece);
				longest = Math.max(longest, piece.end() - piece.start());
				low = Math.min(low, piece.start());
				high = Math.max(high, piece.end());
			}
		}
		int[] group = group(low, high);
		Map<Annotation, Position> added = new HashMap<>();
		layOut(group[0], group[1], removed, added);
		replace(removed, added);
		int redrawFrom = low;
		int redrawTo = high;
		if (group[0] < group[1]) {
			redrawFrom = Math.min(redrawFrom, ordered.get(group[0]).start());
			for (int i = group[0]; i < group[1]; i++) {
				redrawTo = Math.max(redrawTo, ordered.get(i).end());
			}
		}
		int from = redrawFrom;
		int to = redrawTo;
		redrawListeners.forEach(l -> l.accept(from, to));
	}

	/** Tells {@code listener} which text range [from, to) to redraw after each change. */
	void addRedrawListener(java.util.function.BiConsumer<Integer, Integer> listener) {
		redrawListeners.add(listener);
	}

	/** The spans that overlap [from, to), with their styles: O(log n + k) over the spans in text order. */
	synchronized List<Styled> between(int from, int to) {
		List<Styled> spans = new ArrayList<>();
		int end = firstStartingAtOrAfter(to);
		for (int i = firstStartingAtOrAfter(from - longest); i < end; i++) {
			SpanLayers.Piece piece = ordered.get(i);
			if (piece.end() > from) {
				Drawn d = drawn.get(Key.of(piece));
				if (d != null) {
					spans.add(new Styled(piece.start(), piece.end(), piece.annotation().type(), styleOf(d)));
				}
			}
		}
		return spans;
	}

	/** The annotations of {@code annotator} with a span that contains {@code offset}: O(log n + k). */
	synchronized List<org.policyannotator.model.Annotation> annotationsAt(int offset, String ofAnnotator) {
		List<org.policyannotator.model.Annotation> hits = new ArrayList<>();
		int end = firstStartingAtOrAfter(offset + 1);
		for (int i = firstStartingAtOrAfter(offset - longest); i < end; i++) {
			SpanLayers.Piece piece = ordered.get(i);
			org.policyannotator.model.Annotation annotation = piece.annotation();
			if (piece.start() <= offset && offset < piece.end() && annotation.annotator().equals(ofAnnotator)
					&& !hits.contains(annotation)) {
				hits.add(annotation);
			}
		}
		return hits;
	}

	private static SpanStyle styleOf(Drawn drawn) {
		String type = drawn.annotation().getType();
		return SpanStyle.valueOf(type.substring(type.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * The index range in {@link #ordered} of every piece connected by overlaps to {@code [low, high)}: grows the
	 * range while a piece overlaps it.
	 */
	private int[] group(int low, int high) {
		while (true) {
			int newLow = low;
			int newHigh = high;
			int to = firstStartingAtOrAfter(high);
			for (int i = firstStartingAtOrAfter(low - longest); i < to; i++) {
				SpanLayers.Piece piece = ordered.get(i);
				if (piece.end() > low || piece.start() >= low) {
					newLow = Math.min(newLow, piece.start());
					newHigh = Math.max(newHigh, piece.end());
				}
			}
			if (newLow == low && newHigh == high) {
				// nothing before low reaches into the group: it is exactly the pieces starting in [low, high)
				return new int[] { firstStartingAtOrAfter(low), to };
			}
			low = newLow;
			high = newHigh;
		}
	}

	private int firstStartingAtOrAfter(int offset) {
		int lo = 0;
		int hi = ordered.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (ordered.get(mid).start() < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** Lays out the pieces {@code [from, to)} of {@link #ordered} and collects what must be redrawn. */
	private void layOut(int from, int to, List<Annotation> removed, Map<Annotation, Position> added) {
		List<SpanLayers.Piece> pieces = ordered.subList(from, to);
		List<SpanStyle> styles = SpanLayers.styles(pieces, annotator);
		for (int i = 0; i < pieces.size(); i++) {
			SpanLayers.Piece piece = pieces.get(i);
			String type = styles.get(i).annotationType(piece.annotation().type());
			Key key = Key.of(piece);
			Drawn old = drawn.get(key);
			if (old != null && old.annotation().getType().equals(type) && old.piece().span().equals(piece.span())) {
				continue;
			}
			if (old != null) {
				removed.add(old.annotation());
			}
			SpanAnnotation annotation = new SpanAnnotation(type, piece.annotation().id(), piece.annotation().annotator(),
					piece.annotation().type());
			Position position = new Position(piece.start(), piece.end() - piece.start());
			drawn.put(key, new Drawn(piece, annotation, position));
			added.put(annotation, position);
		}
	}

	private void replace(List<Annotation> removed, Map<Annotation, Position> added) {
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

	/** Drawing types by annotation id and span index, for tests comparing with a full layout. */
	synchronized Map<String, String> drawnTypes() {
		Map<String, String> types = new HashMap<>();
		drawn.forEach((key, d) -> types.put(key.annotator() + "/" + key.annotationId() + "/" + key.index(),
				d.annotation().getType()));
		return types;
	}

	/** The drawing types a layout of everything from scratch gives, keyed like {@link #drawnTypes()}. */
	synchronized Map<String, String> fullLayoutTypes() {
		List<SpanLayers.Piece> all = new ArrayList<>();
		sets.forEach(set -> set.annotations().forEach(a -> all.addAll(SpanLayers.pieces(a))));
		all.sort(SpanLayers.ORDER);
		List<SpanStyle> styles = SpanLayers.styles(all, annotator);
		Map<String, String> types = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			SpanLayers.Piece p = all.get(i);
			types.put(p.annotation().annotator() + "/" + p.annotation().id() + "/" + p.index(),
					styles.get(i).annotationType(p.annotation().type()));
		}
		return types;
	}
}
