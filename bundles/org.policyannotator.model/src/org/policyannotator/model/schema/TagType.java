package org.policyannotator.model.schema;

import java.util.List;
import java.util.Optional;

/**
 * One kind of tag, e.g. Claim.
 *
 * @param id          stable id used in files, e.g. {@code claim}
 * @param label       what the analyst sees, e.g. {@code Claim}
 * @param colour      highlight colour {@code #rrggbb}
 * @param key         keyboard shortcut (a single character such as {@code 1}), empty for none
 * @param description the coding guideline for this type
 * @param attributes  attributes offered by annotations of this type
 * @param mayOverlap  whether two annotations of this type may cover the same characters
 */
public record TagType(String id, String label, String colour, String key, String description,
		List<AttributeType> attributes, boolean mayOverlap) {

	/** Checks the id, the colour and the key, and copies the list. */
	public TagType {
		SchemaNames.requireId(id, "tag type id");
		if (!SchemaNames.isColour(colour)) {
			throw new IllegalArgumentException("tag type " + id + ": colour \"" + colour + "\" is not #rrggbb");
		}
		if (key == null || key.length() > 1) {
			throw new IllegalArgumentException("tag type " + id + ": key must be one character or empty");
		}
		if (label == null || description == null) {
			throw new IllegalArgumentException("tag type " + id + ": label and description must not be null");
		}
		attributes = List.copyOf(attributes);
		long distinct = attributes.stream().map(AttributeType::id).distinct().count();
		if (distinct != attributes.size()) {
			throw new IllegalArgumentException("tag type " + id + " declares an attribute twice");
		}
	}

	/** The attribute with this id, if the type has it. */
	public Optional<AttributeType> attribute(String attributeId) {
		for (AttributeType attribute : attributes) {
			if (attribute.id().equals(attributeId)) {
				return Optional.of(attribute);
			}
		}
		return Optional.empty();
	}

	/** The colour as an RGB int {@code 0xRRGGBB}. */
	public int rgb() {
		return Integer.parseInt(colour.substring(1), 16);
	}
}
