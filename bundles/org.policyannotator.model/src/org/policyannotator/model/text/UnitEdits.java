package org.policyannotator.model.text;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Hand corrections of the automatic sentence split of one document, shared by all its annotators: boundaries
 * {@code added} (a sentence split at that offset) and boundaries {@code removed} (the sentence starting at that
 * offset joined to the one before it). Offsets are UTF-16 offsets into the document text.
 *
 * @param added   offsets where a unit starts although the splitter found no sentence start there
 * @param removed sentence starts of the splitter that do not start a unit
 */
public record UnitEdits(SortedSet<Integer> added, SortedSet<Integer> removed) {
	/** No corrections: the units are the splitter's sentences. */
	public static final UnitEdits NONE = new UnitEdits(new TreeSet<>(), new TreeSet<>());

	/** Copies both sets; an offset cannot be negative nor both added and removed. */
	public UnitEdits {
		added = Collections.unmodifiableSortedSet(new TreeSet<>(added));
		removed = Collections.unmodifiableSortedSet(new TreeSet<>(removed));
		for (int offset : added) {
			if (offset < 0 || removed.contains(offset)) {
				throw new IllegalArgumentException("boundary " + offset + " is negative or both added and removed");
			}
		}
		if (!removed.isEmpty() && removed.first() < 0) {
			throw new IllegalArgumentException("boundary " + removed.first() + " is negative");
		}
	}

	/** Corrections with these boundaries added and removed. */
	public static UnitEdits of(java.util.Collection<Integer> added, java.util.Collection<Integer> removed) {
		return new UnitEdits(new TreeSet<>(added), new TreeSet<>(removed));
	}

	/** Whether there are no corrections. */
	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty();
	}

	/** These edits with a boundary at {@code offset}: an added one, or a removed one restored. */
	UnitEdits withBoundary(int offset) {
		TreeSet<Integer> a = new TreeSet<>(added);
		TreeSet<Integer> r = new TreeSet<>(removed);
		if (!r.remove(offset)) {
			a.add(offset);
		}
		return new UnitEdits(a, r);
	}

	/** These edits without a boundary at {@code offset}: an added one taken back, or a splitter's one removed. */
	UnitEdits withoutBoundary(int offset) {
		TreeSet<Integer> a = new TreeSet<>(added);
		TreeSet<Integer> r = new TreeSet<>(removed);
		if (!a.remove(offset)) {
			r.add(offset);
		}
		return new UnitEdits(a, r);
	}
}
