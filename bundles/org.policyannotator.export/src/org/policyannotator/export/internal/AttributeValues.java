package org.policyannotator.export.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.AttributeValueJson;
import org.policyannotator.model.schema.AttributeKind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Attribute values in files. In our dataset: text as a JSON string, numbers as JSON numbers written exactly (plain
 * decimal, never an exponent), booleans as JSON booleans, dates as {@code {"date": "2025-10-15"}} and references as
 * {@code {"ref": "a3"}}. In formats without types (W3C bodies, Label Studio text areas) the value is its display
 * text and the schema's attribute kind says how to read it back.
 */
public final class AttributeValues {
	private AttributeValues() {
	}

	/** Writes a value of our dataset format (the same JSON as in set files). */
	public static void write(JsonGenerator g, AttributeValue value) throws IOException {
		AttributeValueJson.write(g, value);
	}

	/**
	 * Reads a value of our dataset format.
	 *
	 * @throws IllegalArgumentException saying what is wrong with it
	 */
	public static AttributeValue read(JsonNode node) {
		if (node.isTextual()) {
			return new AttributeValue.Text(node.textValue());
		}
		if (node.isNumber()) {
			return new AttributeValue.Number(node.decimalValue());
		}
		if (node.isBoolean()) {
			return new AttributeValue.Bool(node.booleanValue());
		}
		if (node.isObject() && node.size() == 1 && node.path("date").isTextual()) {
			return new AttributeValue.Date(date(node.get("date").textValue()));
		}
		if (node.isObject() && node.size() == 1 && node.path("ref").isTextual()) {
			return new AttributeValue.Ref(node.get("ref").textValue());
		}
		throw new IllegalArgumentException("attribute value " + node + " is not a string, number, boolean, "
				+ "{\"date\": ...} or {\"ref\": ...}");
	}

	/**
	 * Reads a value from its display text, as the schema's attribute kind says.
	 *
	 * @throws IllegalArgumentException if the text is not a value of that kind
	 */
	public static AttributeValue fromText(String text, AttributeKind kind) {
		return switch (kind) {
		case ENUM, STRING -> new AttributeValue.Text(text);
		case NUMBER -> {
			try {
				yield new AttributeValue.Number(new BigDecimal(text));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("\"" + text + "\" is not a number");
			}
		}
		case BOOLEAN -> {
			if (!text.equals("true") && !text.equals("false")) {
				throw new IllegalArgumentException("\"" + text + "\" is not true or false");
			}
			yield new AttributeValue.Bool(Boolean.parseBoolean(text));
		}
		case DATE -> new AttributeValue.Date(date(text));
		case REFERENCE -> new AttributeValue.Ref(text);
		};
	}

	/** The display text of a value ({@code ->a3} for references is written as {@code a3}). */
	public static String text(AttributeValue value) {
		return value instanceof AttributeValue.Ref r ? r.annotationId() : value.display();
	}

	/** The kind of value, as in the schema. */
	public static Optional<AttributeKind> kindOf(AttributeValue value) {
		return Optional.of(switch (value) {
		case AttributeValue.Text t -> AttributeKind.STRING;
		case AttributeValue.Number n -> AttributeKind.NUMBER;
		case AttributeValue.Bool b -> AttributeKind.BOOLEAN;
		case AttributeValue.Date d -> AttributeKind.DATE;
		case AttributeValue.Ref r -> AttributeKind.REFERENCE;
		});
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("\"" + text + "\" is not a date (yyyy-mm-dd)");
		}
	}
}
