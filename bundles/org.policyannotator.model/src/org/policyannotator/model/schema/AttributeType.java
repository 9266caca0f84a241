package org.policyannotator.model.schema;

import java.util.List;
import java.util.Optional;

import org.policyannotator.model.AttributeValue;

/**
 * One attribute a tag type offers, e.g. the {@code value} of a statistic.
 *
 * @param id             key in the annotation's attribute map
 * @param label          what the analyst sees
 * @param kind           what values it takes
 * @param description    guideline for filling it in (may be empty)
 * @param allowedValues  the words allowed for an {@link AttributeKind#ENUM} (empty otherwise)
 * @param targetTypes    tag type ids a {@link AttributeKind#REFERENCE} may point to (empty: any)
 * @param required       whether an annotation of the type should always have it (missing is a warning)
 * @param countsRelation for a {@link AttributeKind#NUMBER}: id of a relation type whose links pointing at the
 *                       annotation must be exactly this many (e.g. a proposal's number of points); empty if none
 */
public record AttributeType(String id, String label, AttributeKind kind, String description,
		List<String> allowedValues, List<String> targetTypes, boolean required, Optional<String> countsRelation) {

	/** Checks for nulls and copies the lists. */
	public AttributeType {
		SchemaNames.requireId(id, "attribute id");
		if (label == null || kind == null || description == null || countsRelation == null) {
			throw new IllegalArgumentException("attribute " + id + ": label, kind, description must not be null");
		}
		allowedValues = List.copyOf(allowedValues);
		targetTypes = List.copyOf(targetTypes);
	}

	/** An optional attribute of a simple kind. */
	public static AttributeType of(String id, String label, AttributeKind kind, String description) {
		return new AttributeType(id, label, kind, description, List.of(), List.of(), false, Optional.empty());
	}

	/** An optional enum attribute. */
	public static AttributeType ofEnum(String id, String label, String description, List<String> values) {
		return new AttributeType(id, label, AttributeKind.ENUM, description, values, List.of(), false,
				Optional.empty());
	}

	/** An optional reference attribute. */
	public static AttributeType ofReference(String id, String label, String description, List<String> targets) {
		return new AttributeType(id, label, AttributeKind.REFERENCE, description, List.of(), targets, false,
				Optional.empty());
	}

	/** Copy that is required. */
	public AttributeType asRequired() {
		return new AttributeType(id, label, kind, description, allowedValues, targetTypes, true, countsRelation);
	}

	/** Copy whose value must equal the number of {@code relationType} links pointing at the annotation. */
	public AttributeType counting(String relationType) {
		return new AttributeType(id, label, kind, description, allowedValues, targetTypes, required,
				Optional.of(relationType));
	}

	/**
	 * Checks a value against this attribute, not following references (the set does that).
	 *
	 * @return what is wrong, empty if the value fits
	 */
	public Optional<String> problemWith(AttributeValue value) {
		boolean fits = switch (kind) {
		case ENUM -> value instanceof AttributeValue.Text t && allowedValues.contains(t.value());
		case STRING -> value instanceof AttributeValue.Text;
		case NUMBER -> value instanceof AttributeValue.Number;
		case BOOLEAN -> value instanceof AttributeValue.Bool;
		case DATE -> value instanceof AttributeValue.Date;
		case REFERENCE -> value instanceof AttributeValue.Ref;
		};
		if (fits) {
			return Optional.empty();
		}
		if (kind == AttributeKind.ENUM && value instanceof AttributeValue.Text t) {
			return Optional.of("attribute " + id + ": \"" + t.value() + "\" is not one of " + allowedValues);
		}
		return Optional.of("attribute " + id + " takes a " + kind.key() + ", not " + describe(value));
	}

	private static String describe(AttributeValue value) {
		return switch (value) {
		case AttributeValue.Text t -> "the text \"" + t.value() + "\"";
		case AttributeValue.Number n -> "the number " + n.display();
		case AttributeValue.Bool b -> "the boolean " + b.display();
		case AttributeValue.Date d -> "the date " + d.display();
		case AttributeValue.Ref r -> "a reference to " + r.annotationId();
		};
	}
}
