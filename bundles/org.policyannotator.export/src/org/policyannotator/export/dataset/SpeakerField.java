package org.policyannotator.export.dataset;

import java.io.IOException;

import org.policyannotator.model.speakers.SpeakerPersons;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes the {@code speaker} field of a quote or speaker: its person's id and name. */
interface SpeakerField {

	/** Writes {@code "speaker": {"id": ..., "name": ...}} for the speaker name {@code name}. */
	void write(JsonGenerator g, String name) throws IOException;

	/** The field from a registry known before the first document is written. */
	static SpeakerField of(SpeakerPersons speakers) {
		return (g, name) -> {
			g.writeFieldName("speaker");
			person(g, speakers.person(name));
		};
	}

	/** The person object {@code {"id": ..., "name": ...}}. */
	static void person(JsonGenerator g, SpeakerPersons.Person person) throws IOException {
		g.writeStartObject();
		g.writeStringField("id", person.id());
		g.writeStringField("name", person.name());
		g.writeEndObject();
	}
}
