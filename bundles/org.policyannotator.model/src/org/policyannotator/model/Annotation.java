package org.policyannotator.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One tagged piece of a document: a type from the schema, one or more spans (several for discontinuous text),
 * attribute values and bookkeeping. Immutable; the {@code with...} methods return changed copies.
 *
 * @param id         unique within its set
 * @param type       tag type id from the schema
 * @param spans      at least one span, kept in text order
 * @param attributes attribute values by attribute id, sorted by id
 * @param annotator  who made it
 * @param created    when it was made
 * @param modified   when it was last changed
 * @param note       free note of the annotator (empty if none)
 * @param status     accepted or only suggested
 * @param orphaned   true when re-anchoring could not place it in a changed text; its spans are then the old ones
 */
public record Annotation(String id, String type, List<Span> spans, SortedMap<String, AttributeValue> attributes,
		String annotator, Instant created, Instant modified, String note, AnnotationStatus status, boolean orphaned) {

	/** Checks the components and makes defensive, unmodifiable copies. */
	public Annotation {
		Strings.requireNonBlank(id, "id");
		Strings.requireNonBlank(type, "type");
		Strings.requireNonNull(annotator, "annotator");
		Strings.requireNonNull(note, "note");
		if (spans == null || spans.isEmpty()) {
			throw new IllegalArgumentException("annotation " + id + " needs at least one span");
		}
		if (created == null || modified == null || status == null || attributes == null) {
			throw new IllegalArgumentException("created, modified, status and attributes must not be null");
		}
		spans = sortedSpans(spans);
		attributes = AttributeMap.copyOf(attributes);
	}

	/** A new accepted annotation with no attributes and no note, created and modified at {@code now}. */
	public static Annotation of(String id, String type, List<Span> spans, String annotator, Instant now) {
		return new Annotation(id, type, spans, Collections.emptySortedMap(), annotator, now, now, "",
				AnnotationStatus.ACCEPTED, false);
	}

	/** The first span in text order. */
	public Span firstSpan() {
		return spans.get(0);
	}

	/** Start of the first span. */
	public int start() {
		return spans.get(0).start();
	}

	/** End of the last span. */
	public int end() {
		return spans.get(spans.size() - 1).end();
	}

	/** The value of attribute {@code name}, if set. */
	public Optional<AttributeValue> attribute(String name) {
		return Optional.ofNullable(attributes.get(name));
	}

	/** The note, if there is one. */
	public Optional<String> noteIfAny() {
		return note.isEmpty() ? Optional.empty() : Optional.of(note);
	}

	/** Copy with attribute {@code name} set to {@code value}. */
	public Annotation withAttribute(String name, AttributeValue value, Instant now) {
		TreeMap<String, AttributeValue> changed = new TreeMap<>(attributes);
		changed.put(name, value);
		return new Annotation(id, type, spans, changed, annotator, created, now, note, status, orphaned);
	}

	/** Copy without attribute {@code name}. */
	public Annotation withoutAttribute(String name, Instant now) {
		TreeMap<String, AttributeValue> changed = new TreeMap<>(attributes);
		changed.remove(name);
		return new Annotation(id, type, spans, changed, annotator, created, now, note, status, orphaned);
	}

	/** Copy with all attributes replaced. */
	public Annotation withAttributes(Map<String, AttributeValue> newAttributes, Instant now) {
		return new Annotation(id, type, spans, new TreeMap<>(newAttributes), annotator, created, now, note, status,
				orphaned);
	}

	/** Copy with other spans. */
	public Annotation withSpans(List<Span> newSpans, Instant now) {
		return new Annotation(id, type, newSpans, attributes, annotator, created, now, note, status, orphaned);
	}

	/** Copy with another type. */
	public Annotation withType(String newType, Instant now) {
		return new Annotation(id, newType, spans, attributes, annotator, created, now, note, status, orphaned);
	}

	/** Copy with another note. */
	public Annotation withNote(String newNote, Instant now) {
		return new Annotation(id, type, spans, attributes, annotator, created, now, newNote, status, orphaned);
	}

	/** Copy with another status. */
	public Annotation withStatus(AnnotationStatus newStatus, Instant now) {
		return new Annotation(id, type, spans, attributes, annotator, created, now, note, newStatus, orphaned);
	}

	/** Copy with the orphan mark set or cleared (modification time unchanged: re-anchoring is not an edit). */
	public Annotation withOrphaned(boolean newOrphaned) {
		return new Annotation(id, type, spans, attributes, annotator, created, modified, note, status, newOrphaned);
	}

	/** Copy with re-anchored spans (modification time unchanged: re-anchoring is not an edit). */
	public Annotation withAnchoredSpans(List<Span> newSpans) {
		return new Annotation(id, type, newSpans, attributes, annotator, created, modified, note, status, false);
	}

	private static List<Span> sortedSpans(List<Span> spans) {
		boolean sorted = true;
		for (int i = 1; i < spans.size(); i++) {
			Span a = spans.get(i - 1);
			Span b = spans.get(i);
			if (a.start() > b.start() || (a.start() == b.start() && a.end() > b.end())) {
				sorted = false;
				break;
			}
		}
		if (sorted) {
			return List.copyOf(spans);
		}
		return spans.stream().sorted(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end))
				.toList();
	}
}
