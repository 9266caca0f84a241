package org.policyannotator.ui.editor;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The boxes of the overview ruler, kept from one paint to the next: per annotation type, each distinct box (top and
 * height in the ruler) with the annotations that fall on it. Following the {@link AnnotationTypeIndex}'s log, an
 * edit that adds or removes a few annotations moves a few boxes, so a repaint after a tag costs one rectangle per
 * marked row and type instead of a line look-up per annotation of the document. All boxes are placed again only in
 * a new epoch of the index (the text or its lines changed) or when the ruler's scale changed.
 */
final class OverviewBoxes {
	/** A mark on the ruler: its top row and height in pixels. */
	record Box(int y, int height) {
	}

	/** Where an entry's box goes, or null when it is not shown (deleted, or outside the text shown). */
	interface Placement {
		Box place(AnnotationTypeIndex.Entry entry);
	}

	private final Map<Object, Map<Box, LinkedHashSet<AnnotationTypeIndex.Entry>>> byType = new HashMap<>();
	private final Map<AnnotationTypeIndex.Entry, Placed> placed = new HashMap<>();
	private int epoch = Integer.MIN_VALUE;
	private int seen;
	private Object placedFor;

	private record Placed(Object type, Box box) {
	}

	/**
	 * Brings the boxes up to date with {@code index}: moves the boxes of the entries changed since the last call, or
	 * places every box again when the epoch or {@code scale} (anything the placement depends on) changed.
	 */
	void update(AnnotationTypeIndex index, Object scale, Placement placement) {
		java.util.Optional<AnnotationTypeIndex.Changes> changes = scale.equals(placedFor)
				? index.changesSince(epoch, seen)
				: java.util.Optional.empty();
		if (changes.isEmpty()) {
			AnnotationTypeIndex.Snapshot snapshot = index.snapshot();
			byType.clear();
			placed.clear();
			snapshot.entries().forEach((type, entries) -> entries.forEach(entry -> add(type, entry, placement)));
			epoch = snapshot.epoch();
			seen = snapshot.next();
			placedFor = scale;
			return;
		}
		for (AnnotationTypeIndex.Change change : changes.get().changes()) {
			remove(change.entry());
			if (change.added()) {
				add(change.type(), change.entry(), placement);
			}
		}
		seen = changes.get().next();
	}

	/**
	 * Gives each box of the annotation types {@code types} accepts, with the first annotation on it, to
	 * {@code action} (a box two such types share comes twice).
	 */
	void forEachBox(Predicate<Object> types, BiConsumer<Box, AnnotationTypeIndex.Entry> action) {
		byType.forEach((type, byBox) -> {
			if (types.test(type)) {
				byBox.forEach((box, entries) -> action.accept(box, entries.getFirst()));
			}
		});
	}

	private void add(Object type, AnnotationTypeIndex.Entry entry, Placement placement) {
		Box box = placement.place(entry);
		if (box != null) {
			byType.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(box, b -> new LinkedHashSet<>())
					.add(entry);
			placed.put(entry, new Placed(type, box));
		}
	}

	private void remove(AnnotationTypeIndex.Entry entry) {
		Placed where = placed.remove(entry);
		if (where == null) {
			return;
		}
		Map<Box, LinkedHashSet<AnnotationTypeIndex.Entry>> byBox = byType.get(where.type());
		LinkedHashSet<AnnotationTypeIndex.Entry> entries = byBox.get(where.box());
		entries.remove(entry);
		if (entries.isEmpty()) {
			byBox.remove(where.box());
			if (byBox.isEmpty()) {
				byType.remove(where.type());
			}
		}
	}
}
