package org.policyannotator.model;

/** One change of an {@link AnnotationSet}, as told to its {@link AnnotationSetListener}s. */
public sealed interface AnnotationSetEvent {

	/** The set that changed. */
	AnnotationSet set();

	/** An annotation was added. */
	record Added(AnnotationSet set, Annotation annotation) implements AnnotationSetEvent {
	}

	/** An annotation was removed. */
	record Removed(AnnotationSet set, Annotation annotation) implements AnnotationSetEvent {
	}

	/** An annotation was replaced by a changed version with the same id. */
	record Changed(AnnotationSet set, Annotation before, Annotation after) implements AnnotationSetEvent {
	}

	/** A relation was added. */
	record RelationAdded(AnnotationSet set, Relation relation) implements AnnotationSetEvent {
	}

	/** A relation was removed. */
	record RelationRemoved(AnnotationSet set, Relation relation) implements AnnotationSetEvent {
	}
}
