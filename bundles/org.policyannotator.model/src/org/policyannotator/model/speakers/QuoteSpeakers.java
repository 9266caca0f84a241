package org.policyannotator.model.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;

/**
 * Who speaks in an annotation set: for a speaker annotation its name, for an annotation linked to a speaker (a quote
 * said-by its speaker, or any other link to one) that speaker's name. The name is the speaker's {@code name}
 * attribute, or the text it covers when the attribute is blank.
 */
public final class QuoteSpeakers {
	/** The tag type id of speakers. */
	public static final String SPEAKER_TYPE = "speaker";

	private QuoteSpeakers() {
	}

	/** Speaker names by annotation id (annotations with no speaker are not in it). */
	public static Map<String, String> of(List<Annotation> annotations, List<Relation> relations) {
		Map<String, String> nameOfSpeaker = new HashMap<>();
		for (Annotation a : annotations) {
			if (a.type().equals(SPEAKER_TYPE)) {
				String name = name(a);
				if (!name.isBlank()) {
					nameOfSpeaker.put(a.id(), name);
				}
			}
		}
		Map<String, String> result = new HashMap<>(nameOfSpeaker);
		for (Relation r : relations) {
			String name = nameOfSpeaker.get(r.to());
			if (name != null && !nameOfSpeaker.containsKey(r.from())) {
				result.putIfAbsent(r.from(), name);
			}
		}
		return result;
	}

	/** A speaker annotation's name: its name attribute, else the text it covers (empty if neither). */
	public static String name(Annotation speaker) {
		String name = speaker.attribute("name").map(AttributeValue::display).orElse("").strip();
		if (!name.isEmpty()) {
			return name;
		}
		StringBuilder covered = new StringBuilder();
		for (Span s : speaker.spans()) {
			covered.append(covered.isEmpty() ? "" : " ").append(s.quote());
		}
		return covered.toString().strip();
	}

	/** The names of the speaker annotations among {@code annotations} (blank ones left out). */
	public static List<String> names(List<Annotation> annotations) {
		return annotations.stream().filter(a -> a.type().equals(SPEAKER_TYPE)).map(QuoteSpeakers::name)
				.filter(n -> !n.isBlank()).toList();
	}
}
