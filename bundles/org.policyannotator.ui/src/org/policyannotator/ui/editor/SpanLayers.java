package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Span;

/**
 * Assigns every span a drawing layer so that overlapping spans get different styles: a sweep over the spans in
 * text order that gives each the lowest layer free at its start (interval colouring). Groups of spans that
 * overlap each other are independent of the rest, so one group can be laid out again on its own after an edit.
 */
final class SpanLayers {

	/** One span of one annotation; {@code index} is its place among the annotation's spans. */
	record Piece(Annotation annotation, Span span, int index) {
		int start() {
			return span.start();
		}

		int end() {
			return span.end();
		}
	}

	/** Text order: by start, longer first, then by annotator, annotation id and span index (a total order). */
	static final Comparator<Piece> ORDER = Comparator.comparingInt(Piece::start)
			.thenComparing(Comparator.comparingInt(Piece::end).reversed())
			.thenComparing(p -> p.annotation().annotator())
			.thenComparing((a, b) -> org.policyannotator.model.AnnotationSet.compareIds(a.annotation().id(),
					b.annotation().id()))
			.thenComparingInt(Piece::index);

	private SpanLayers() {
	}

	static List<Piece> pieces(Annotation annotation) {
		List<Piece> pieces = new ArrayList<>(annotation.spans().size());
		for (int i = 0; i < annotation.spans().size(); i++) {
			pieces.add(new Piece(annotation, annotation.spans().get(i), i));
		}
		return pieces;
	}

	/**
	 * The styles of pieces given in {@link #ORDER}, in the same order. Only the pieces of {@code annotator} take
	 * layers; other annotators' pieces are drawn as {@link SpanStyle#OTHER} on top.
	 */
	static List<SpanStyle> styles(List<Piece> ordered, String annotator) {
		List<Integer> layerEnds = new ArrayList<>();
		List<SpanStyle> styles = new ArrayList<>(ordered.size());
		for (Piece piece : ordered) {
			if (!piece.annotation().annotator().equals(annotator)) {
				styles.add(SpanStyle.OTHER);
				continue;
			}
			int layer = 0;
			while (layer < layerEnds.size() && layerEnds.get(layer) > piece.start()) {
				layer++;
			}
			if (layer == layerEnds.size()) {
				layerEnds.add(piece.end());
			} else {
				layerEnds.set(layer, piece.end());
			}
			styles.add(piece.annotation().status() == AnnotationStatus.SUGGESTED ? SpanStyle.SUGGESTED
					: SpanStyle.forLayer(layer));
		}
		return styles;
	}
}
