package org.policyannotator.model;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * How an attribute value is written in JSON, in set files and in datasets alike: text as a string, a number as a
 * plain decimal (never an exponent), a boolean as a boolean, a date as {@code {"date": "2025-10-15"}}, a reference
 * as {@code {"ref": "a3"}}.
 */
public final class AttributeValueJson {

	private AttributeValueJson() {
	}

	/** Writes {@code value} as the next JSON value of {@code g}. */
	public static void write(JsonGenerator g, AttributeValue value) throws IOException {
		switch (value) {
		case AttributeValue.Text t -> g.writeString(t.value());
		case AttributeValue.Number n -> g.writeNumber(n.value().toPlainString());
		case AttributeValue.Bool b -> g.writeBoolean(b.value());
		case AttributeValue.Date d -> {
			g.writeStartObject();
			g.writeStringField("date", d.value().toString());
			g.writeEndObject();
		}
		case AttributeValue.Ref r -> {
			g.writeStartObject();
			g.writeStringField("ref", r.annotationId());
			g.writeEndObject();
		}
		}
	}
}
