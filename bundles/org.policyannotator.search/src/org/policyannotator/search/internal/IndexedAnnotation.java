package org.policyannotator.search.internal;

import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.speakers.QuoteSpeakers;
import org.policyannotator.model.speakers.SpeakerPersons;
import org.policyannotator.search.AnnotationCriteria;

/**
 * What a search needs of an annotation: what the criteria look at and where it lies (start of its first span, end
 * of its last).
 *
 * @param attributes attribute ids and shown values, alternating, sorted by id
 * @param speaker    the name of who speaks in it ({@link QuoteSpeakers}): a speaker's own, a quote's linked speaker's;
 *                   empty if none
 */
public record IndexedAnnotation(String type, String annotator, int start, int end, AnnotationStatus status,
		String note, String[] attributes, String speaker) {

	/** The search's view of an annotation, without its speaker. */
	public static IndexedAnnotation of(Annotation annotation) {
		return of(annotation, "");
	}

	/** The search's view of an annotation whose speaker is named {@code speaker} (empty if none). */
	public static IndexedAnnotation of(Annotation annotation, String speaker) {
		String[] attributes = new String[annotation.attributes().size() * 2];
		int i = 0;
		for (Map.Entry<String, AttributeValue> entry : annotation.attributes().entrySet()) {
			attributes[i++] = entry.getKey();
			attributes[i++] = entry.getValue().display();
		}
		return new IndexedAnnotation(annotation.type(), annotation.annotator(), annotation.start(), annotation.end(),
				annotation.status(), annotation.note(), attributes, speaker);
	}

	/** The shown value of an attribute, if set. */
	public Optional<String> attribute(String name) {
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i].equals(name)) {
				return Optional.of(attributes[i + 1]);
			}
		}
		return Optional.empty();
	}

	/** Whether it meets the criteria, with {@code persons} saying whether two speaker names are one person. */
	public boolean matches(AnnotationCriteria criteria, SpeakerPersons persons) {
		return criteria.matches(type, status, note, this::attribute, speaker, persons);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IndexedAnnotation o && type.equals(o.type) && annotator.equals(o.annotator)
				&& start == o.start && end == o.end && status == o.status && note.equals(o.note)
				&& java.util.Arrays.equals(attributes, o.attributes) && speaker.equals(o.speaker);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(type, annotator, start, end, status, note, java.util.Arrays.hashCode(attributes),
				speaker);
	}

	@Override
	public String toString() {
		return type + "[" + start + "," + end + ") by " + annotator + " " + status + " "
				+ java.util.Arrays.toString(attributes) + (note.isEmpty() ? "" : " note: " + note)
				+ (speaker.isEmpty() ? "" : " speaker: " + speaker);
	}
}
