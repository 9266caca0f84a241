package org.policyannotator.ui.outline;

import java.util.List;

import org.policyannotator.model.Annotation;

/**
 * The annotations of one tag type, in text order: a group of the outline, identified by its type. The list is the
 * outline's own, kept up to date as the set changes.
 */
public record TypeGroup(String typeId, String label, int rgb, List<Annotation> annotations) {

	/**
	 * A group is its tag type: two groups of the same type are equal whatever annotations they hold, so that the
	 * outline finds its items again after a change without hashing thousands of annotations.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof TypeGroup group && group.typeId.equals(typeId);
	}

	@Override
	public int hashCode() {
		return typeId.hashCode();
	}

	/** What the outline shows: the label with the count. */
	public String text() {
		return label + " (" + annotations.size() + ")";
	}
}
