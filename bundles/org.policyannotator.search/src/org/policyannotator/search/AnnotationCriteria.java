package org.policyannotator.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;

/**
 * Which annotations to look for. Every criterion given must hold; with none, no annotation is looked at.
 *
 * @param type       tag type id (e.g. {@code claim})
 * @param attributes attribute id to value: the attribute's shown value must equal it, ignoring case
 * @param annotator  whose sets to search (all annotators when empty)
 * @param status     accepted or suggested
 * @param noteText   text the note contains, ignoring case
 */
public record AnnotationCriteria(Optional<String> type, Map<String, String> attributes, Optional<String> annotator,
		Optional<AnnotationStatus> status, Optional<String> noteText) {

	/** No criterion: the annotations are not looked at. */
	public static final AnnotationCriteria NONE = new AnnotationCriteria(Optional.empty(), Map.of(), Optional.empty(),
			Optional.empty(), Optional.empty());

	public AnnotationCriteria {
		attributes = Map.copyOf(new TreeMap<>(attributes));
	}

	/** Whether any criterion is given (the annotator alone is not one: it only narrows whose sets are read). */
	public boolean isEmpty() {
		return type.isEmpty() && attributes.isEmpty() && status.isEmpty() && noteText.isEmpty()
				&& annotator.isEmpty();
	}

	public AnnotationCriteria withType(String newType) {
		return new AnnotationCriteria(Optional.of(newType), attributes, annotator, status, noteText);
	}

	public AnnotationCriteria withAttribute(String name, String value) {
		TreeMap<String, String> changed = new TreeMap<>(attributes);
		changed.put(name, value);
		return new AnnotationCriteria(type, changed, annotator, status, noteText);
	}

	public AnnotationCriteria withAnnotator(String newAnnotator) {
		return new AnnotationCriteria(type, attributes, Optional.of(newAnnotator), status, noteText);
	}

	public AnnotationCriteria withStatus(AnnotationStatus newStatus) {
		return new AnnotationCriteria(type, attributes, annotator, Optional.of(newStatus), noteText);
	}

	public AnnotationCriteria withNoteText(String text) {
		return new AnnotationCriteria(type, attributes, annotator, status, Optional.of(text));
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

	/** Whether an annotation meets every criterion (the annotator is checked by whose set is read). */
	public boolean matches(Annotation annotation) {
		return matches(annotation.type(), annotation.status(), annotation.note(),
				name -> annotation.attribute(name).map(AttributeValue::display));
	}

	/**
	 * Whether an annotation, given by its parts, meets every criterion (for annotations read from an index).
	 *
	 * @param displayedAttribute an attribute's shown value by attribute id, empty when not set
	 */
	public boolean matches(String annotationType, AnnotationStatus annotationStatus, String note,
			Function<String, Optional<String>> displayedAttribute) {
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
