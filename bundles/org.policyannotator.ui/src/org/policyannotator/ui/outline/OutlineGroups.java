package org.policyannotator.ui.outline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.preferences.TagAppearance;

/**
 * The outline's groups, kept in step with the set one annotation at a time: each tag type with annotations, in
 * schema order (unknown types last), holding its annotations in text order. An annotation goes in or out of its group
 * by a binary search, so that a change on a long document touches one group and one row, not every annotation.
 */
final class OutlineGroups {
	private final Schema schema;
	private final Map<String, TypeGroup> byType = new LinkedHashMap<>();
	private List<TypeGroup> groups = List.of();

	/** Where an annotation is: the index of its group and its index in the group. */
	record Place(int group, int child) {
	}

	OutlineGroups(Schema schema, List<Annotation> annotations) {
		this.schema = schema;
		for (Annotation annotation : annotations) {
			groupOf(annotation.type()).annotations().add(annotation);
		}
		byType.values().forEach(g -> g.annotations().sort(AnnotationSet.ORDER));
		order();
	}

	/** The groups with annotations, in schema order. */
	List<TypeGroup> groups() {
		return groups;
	}

	/**
	 * Adds an annotation; its place, or an empty place (group -1) when its group is new and the groups changed.
	 */
	Place add(Annotation annotation) {
		boolean existed = byType.containsKey(annotation.type()) && !byType.get(annotation.type()).annotations().isEmpty();
		List<Annotation> members = groupOf(annotation.type()).annotations();
		int search = Collections.binarySearch(members, annotation, AnnotationSet.ORDER);
		int at = search >= 0 ? search : -search - 1;
		members.add(at, annotation);
		if (!existed) {
			order();
			return new Place(-1, -1);
		}
		return new Place(groups.indexOf(byType.get(annotation.type())), at);
	}

	/**
	 * Removes an annotation; the place it had, or an empty place (group -1) when its group is now empty and the
	 * groups changed, or when it was not there.
	 */
	Place remove(Annotation annotation) {
		Place place = find(annotation);
		if (place.group() < 0) {
			return place;
		}
		List<Annotation> members = groups.get(place.group()).annotations();
		members.remove(place.child());
		if (members.isEmpty()) {
			order();
			return new Place(-1, -1);
		}
		return place;
	}

	/** Where an annotation is, or group -1 if it is not in the outline. */
	Place find(Annotation annotation) {
		TypeGroup group = byType.get(annotation.type());
		if (group == null) {
			return new Place(-1, -1);
		}
		int at = Collections.binarySearch(group.annotations(), annotation, AnnotationSet.ORDER);
		if (at < 0 || !group.annotations().get(at).id().equals(annotation.id())) {
			return new Place(-1, -1);
		}
		return new Place(groups.indexOf(group), at);
	}

	private TypeGroup groupOf(String typeId) {
		return byType.computeIfAbsent(typeId, id -> schema.tagType(id)
				.map(t -> new TypeGroup(id, t.label(), TagAppearance.rgb(t), new ArrayList<>()))
				.orElseGet(() -> new TypeGroup(id, id, 0xcccccc, new ArrayList<>())));
	}

	private void order() {
		List<TypeGroup> ordered = new ArrayList<>();
		for (TagType type : schema.tagTypes()) {
			TypeGroup group = byType.get(type.id());
			if (group != null && !group.annotations().isEmpty()) {
				ordered.add(group);
			}
		}
		byType.values().stream().filter(g -> schema.tagType(g.typeId()).isEmpty() && !g.annotations().isEmpty())
				.forEach(ordered::add);
		groups = List.copyOf(ordered);
	}
}
