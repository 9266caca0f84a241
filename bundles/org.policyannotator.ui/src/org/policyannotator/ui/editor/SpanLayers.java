package org.policyannotator.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Span;

/**
 * Assigns every span a drawing layer so that overlapping spans get different styles: a sweep over the spans in
 * text order that gives each the lowest layer free at its start (interval colouring, O(n log n)).
 */
final class SpanLayers {

	/** One span to draw. */
	record Placed(Annotation annotation, Span span, SpanStyle style) {
	}

	private SpanLayers() {
	}

	static List<Placed> place(List<Annotation> annotations) {
		record Piece(Annotation annotation, Span span) {
		}
		List<Piece> pieces = new ArrayList<>();
		for (Annotation annotation : annotations) {
			for (Span span : annotation.spans()) {
				pieces.add(new Piece(annotation, span));
			}
		}
		pieces.sort(Comparator.comparingInt((Piece p) -> p.span().start()).thenComparingInt(p -> -p.span().end()));
		List<Integer> layerEnds = new ArrayList<>();
		List<Placed> placed = new ArrayList<>(pieces.size());
		for (Piece piece : pieces) {
			int layer = 0;
			while (layer < layerEnds.size() && layerEnds.get(layer) > piece.span().start()) {
				layer++;
			}
			if (layer == layerEnds.size()) {
				layerEnds.add(piece.span().end());
			} else {
				layerEnds.set(layer, piece.span().end());
			}
			SpanStyle style = piece.annotation().status() == AnnotationStatus.SUGGESTED ? SpanStyle.SUGGESTED
					: SpanStyle.forLayer(layer);
			placed.add(new Placed(piece.annotation(), piece.span(), style));
		}
		return placed;
	}
}
