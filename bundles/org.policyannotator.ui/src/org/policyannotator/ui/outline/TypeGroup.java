package org.policyannotator.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** The annotations of one tag type, in text order: a group of the outline, identified by its type. */
public record TypeGroup(String typeId, String label, int rgb, List<Annotation> annotations) {

	/** One group per tag type that has annotations, in schema order; unknown types last. */
	static List<TypeGroup> of(Schema schema, List<Annotation> annotations) {
		List<TypeGroup> groups = new ArrayList<>();
		for (TagType type : schema.tagTypes()) {
			List<Annotation> ofType = annotations.stream().filter(a -> a.type().equals(type.id())).toList();
			if (!ofType.isEmpty()) {
				groups.add(new TypeGroup(type.id(), type.label(), org.policyannotator.ui.preferences.TagAppearance.rgb(type), ofType));
			}
		}
		annotations.stream().map(Annotation::type).distinct().filter(t -> schema.tagType(t).isEmpty())
				.forEach(t -> groups.add(new TypeGroup(t, t, 0xcccccc,
						annotations.stream().filter(a -> a.type().equals(t)).toList())));
		return groups;
	}

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
