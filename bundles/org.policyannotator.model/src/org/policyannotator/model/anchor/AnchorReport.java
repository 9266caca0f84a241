package org.policyannotator.model.anchor;

import java.util.List;
import java.util.Map;

import org.policyannotator.model.Annotation;

/**
 * What re-anchoring did.
 *
 * @param annotations the annotations after re-anchoring, one per input annotation, same ids (orphans included)
 * @param placements  how each annotation was placed, by id (the worst placement of its spans)
 */
public record AnchorReport(List<Annotation> annotations, Map<String, Placement> placements) {

	/** Copies. */
	public AnchorReport {
		annotations = List.copyOf(annotations);
		placements = Map.copyOf(placements);
	}

	/** Ids of the annotations with placement {@code placement}, sorted. */
	public List<String> withPlacement(Placement placement) {
		return placements.entrySet().stream().filter(e -> e.getValue() == placement).map(Map.Entry::getKey).sorted()
				.toList();
	}

	/** Ids of annotations that could not be placed. */
	public List<String> orphans() {
		return withPlacement(Placement.ORPHAN);
	}
}
