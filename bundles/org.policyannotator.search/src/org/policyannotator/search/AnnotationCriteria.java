package org.policyannotator.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.speakers.QuoteSpeakers;
import org.policyannotator.model.speakers.SpeakerPersons;

/**
 * Which annotations to look for. Every criterion given must hold; with none, no annotation is looked at.
 *
 * @param type       tag type id (e.g. {@code claim})
 * @param attributes attribute id to value: the attribute's shown value must equal it, ignoring case
 * @param annotator  whose sets to search (all annotators when empty)
 * @param status     accepted or suggested
 * @param noteText   text the note contains, ignoring case
 * @param speaker    a person who speaks in it: a speaker of that person, or a quote (or anything else) linked to
 *                   one; any name of the person does ("Xi" finds the quotes of "Chinese President Xi Jinping"), as
 *                   the corpus's {@linkplain SpeakerPersons speaker registry} groups the names
 */
public record AnnotationCriteria(Optional<String> type, Map<String, String> attributes, Optional<String> annotator,
		Optional<AnnotationStatus> status, Optional<String> noteText, Optional<String> speaker) {

	/** No criterion: the annotations are not looked at. */
	public static final AnnotationCriteria NONE = new AnnotationCriteria(Optional.empty(), Map.of(), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty());

	public AnnotationCriteria {
		attributes = Map.copyOf(new TreeMap<>(attributes));
	}

	/** Whether any criterion is given (the annotator alone is not one: it only narrows whose sets are read). */
	public boolean isEmpty() {
		return type.isEmpty() && attributes.isEmpty() && status.isEmpty() && noteText.isEmpty()
				&& annotator.isEmpty() && speaker.isEmpty();
	}

	public AnnotationCriteria withType(String newType) {
		return new AnnotationCriteria(Optional.of(newType), attributes, annotator, status, noteText, speaker);
	}

	public AnnotationCriteria withAttribute(String name, String value) {
		TreeMap<String, String> changed = new TreeMap<>(attributes);
		changed.put(name, value);
		return new AnnotationCriteria(type, changed, annotator, status, noteText, speaker);
	}

	public AnnotationCriteria withAnnotator(String newAnnotator) {
		return new AnnotationCriteria(type, attributes, Optional.of(newAnnotator), status, noteText, speaker);
	}

	public AnnotationCriteria withStatus(AnnotationStatus newStatus) {
		return new AnnotationCriteria(type, attributes, annotator, Optional.of(newStatus), noteText, speaker);
	}

	public AnnotationCriteria withNoteText(String text) {
		return new AnnotationCriteria(type, attributes, annotator, status, Optional.of(text), speaker);
	}

	/** Only annotations in which the person named {@code name} (by any of the person's names) speaks. */
	public AnnotationCriteria withSpeaker(String name) {
		return new AnnotationCriteria(type, attributes, annotator, status, noteText, Optional.of(name.strip()));
	}

	/**
	 * Adds an attribute criterion written {@code name=value}.
	 *
	 * @throws QueryException if there is no {@code =} or no name before it
	 */
	public AnnotationCriteria withAttribute(String nameEqualsValue) throws QueryException {
		int eq = nameEqualsValue.indexOf('=');
		if (eq <= 0) {
			throw new QueryException("attribute criterion '" + nameEqualsValue + "' must be written name=value");
		}
		return withAttribute(nameEqualsValue.substring(0, eq).strip(), nameEqualsValue.substring(eq + 1).strip());
	}

	/**
	 * Whether an annotation meets every criterion (the annotator is checked by whose set is read). Alone, an
	 * annotation knows no links: the speaker criterion holds for a speaker whose name (its {@code name} attribute, else
	 * its text) is a name of the person.
	 */
	public boolean matches(Annotation annotation) {
		String name = annotation.type().equals(QuoteSpeakers.SPEAKER_TYPE) ? QuoteSpeakers.name(annotation) : "";
		return matches(annotation.type(), annotation.status(), annotation.note(),
				attribute -> annotation.attribute(attribute).map(AttributeValue::display), name,
				new SpeakerPersons(List.of(name)));
	}

	/**
	 * Whether an annotation, given by its parts, meets every criterion (for annotations read from an index).
	 *
	 * @param displayedAttribute an attribute's shown value by attribute id, empty when not set
	 * @param speakerName        the name of who speaks in it (empty if nobody)
	 * @param persons            the corpus's speaker registry, which says whether two names are one person
	 */
	public boolean matches(String annotationType, AnnotationStatus annotationStatus, String note,
			Function<String, Optional<String>> displayedAttribute, String speakerName, SpeakerPersons persons) {
		if (speaker.isPresent() && !persons.samePerson(speaker.get(), speakerName)) {
			return false;
		}
		if (type.isPresent() && !type.get().equals(annotationType)) {
			return false;
		}
		if (status.isPresent() && status.get() != annotationStatus) {
			return false;
		}
		if (noteText.isPresent() && !lower(note).contains(lower(noteText.get()))) {
			return false;
		}
		for (Map.Entry<String, String> wanted : attributes.entrySet()) {
			Optional<String> value = displayedAttribute.apply(wanted.getKey());
			if (value.isEmpty() || !value.get().equalsIgnoreCase(wanted.getValue())) {
				return false;
			}
		}
		return true;
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}
}
