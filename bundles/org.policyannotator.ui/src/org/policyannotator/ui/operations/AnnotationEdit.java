package org.policyannotator.ui.operations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;

/**
 * A change of an annotation set as two states of the annotations and relations it touches: applying it moves the
 * set from {@code before} to {@code after}, reverting it moves it back. An annotation present only after is added,
 * present only before is removed, present in both is replaced.
 */
public record AnnotationEdit(List<Annotation> before, List<Annotation> after, List<Relation> relationsBefore,
		List<Relation> relationsAfter) {

	public AnnotationEdit {
		before = List.copyOf(before);
		after = List.copyOf(after);
		relationsBefore = List.copyOf(relationsBefore);
		relationsAfter = List.copyOf(relationsAfter);
	}

	public static AnnotationEdit add(Annotation annotation) {
		return new AnnotationEdit(List.of(), List.of(annotation), List.of(), List.of());
	}

	/** Removes an annotation together with the relations that start or end at it. */
	public static AnnotationEdit remove(AnnotationSet set, Annotation annotation) {
		Set<Relation> relations = new LinkedHashSet<>(set.relationsFrom(annotation.id()));
		relations.addAll(set.relationsTo(annotation.id()));
		return new AnnotationEdit(List.of(annotation), List.of(), List.copyOf(relations), List.of());
	}

	public static AnnotationEdit replace(Annotation before, Annotation after) {
		return new AnnotationEdit(List.of(before), List.of(after), List.of(), List.of());
	}

	public static AnnotationEdit addRelation(Relation relation) {
		return new AnnotationEdit(List.of(), List.of(), List.of(), List.of(relation));
	}

	public static AnnotationEdit removeRelation(Relation relation) {
		return new AnnotationEdit(List.of(), List.of(), List.of(relation), List.of());
	}

	/** Moves the set from {@code before} to {@code after}. */
	public void apply(AnnotationSet set) {
		move(set, before, after, relationsBefore, relationsAfter);
	}

	/** Moves the set back from {@code after} to {@code before}. */
	public void revert(AnnotationSet set) {
		move(set, after, before, relationsAfter, relationsBefore);
	}

	private static void move(AnnotationSet set, List<Annotation> from, List<Annotation> to, List<Relation> relationsFrom,
			List<Relation> relationsTo) {
		Map<String, Annotation> fromById = byId(from, Annotation::id);
		Map<String, Annotation> toById = byId(to, Annotation::id);
		for (Relation relation : relationsFrom) {
			set.removeRelation(relation.id());
		}
		for (Annotation annotation : from) {
			if (!toById.containsKey(annotation.id())) {
				set.remove(annotation.id());
			}
		}
		for (Annotation annotation : to) {
			if (fromById.containsKey(annotation.id())) {
				set.update(annotation);
			} else {
				set.add(annotation);
			}
		}
		for (Relation relation : relationsTo) {
			set.addRelation(relation);
		}
	}

	private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}
}
