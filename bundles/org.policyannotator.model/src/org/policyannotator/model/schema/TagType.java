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
 * @param code        its place in a hierarchical codebook (parent, number, rules, examples), {@link CodeInfo#NONE}
 *                    in a flat schema; when the code {@linkplain CodeInfo#inheritsColour() inherits} its colour,
 *                    the {@link Schema} sets {@code colour} to the parent's
 */
public record TagType(String id, String label, String colour, String key, String description,
		List<AttributeType> attributes, boolean mayOverlap, CodeInfo code) {

	/** A tag type outside any hierarchy. */
	public TagType(String id, String label, String colour, String key, String description,
			List<AttributeType> attributes, boolean mayOverlap) {
		this(id, label, colour, key, description, attributes, mayOverlap, CodeInfo.NONE);
	}

	/** Checks the id, the colour and the key, and copies the list. */
	public TagType {
		if (code == null) {
			throw new IllegalArgumentException("tag type " + id + ": code must not be null (CodeInfo.NONE)");
		}
		if (code.parent().equals(id)) {
			throw new IllegalArgumentException("tag type " + id + " cannot be its own parent");
		}
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

	/** The id of the parent code, empty for a top-level code. */
	public String parent() {
		return code.parent();
	}

	/** The label with the code number in front when there is one, e.g. {@code 105 Unemployment}. */
	public String numberedLabel() {
		return code.number().isEmpty() ? label : code.number() + " " + label;
	}

	/** A copy with another id. */
	public TagType withId(String newId) {
		return new TagType(newId, label, colour, key, description, attributes, mayOverlap, code);
	}

	/** A copy with another label. */
	public TagType withLabel(String newLabel) {
		return new TagType(id, newLabel, colour, key, description, attributes, mayOverlap, code);
	}

	/** A copy with another colour of its own (no longer inherited). */
	public TagType withColour(String newColour) {
		CodeInfo own = new CodeInfo(code.parent(), code.number(), code.inclusion(), code.exclusion(), code.examples(),
				false);
		return new TagType(id, label, newColour, key, description, attributes, mayOverlap, own);
	}

	/** A copy with another key ({@code ""} for none). */
	public TagType withKey(String newKey) {
		return new TagType(id, label, colour, newKey, description, attributes, mayOverlap, code);
	}

	/** A copy with other code information. */
	public TagType withCode(CodeInfo newCode) {
		return new TagType(id, label, colour, key, description, attributes, mayOverlap, newCode);
	}

	/** A copy whose attributes targeting {@code oldId} target {@code newId} (dropped when {@code newId} is empty). */
	TagType withTargetRenamed(String oldId, String newId) {
		List<AttributeType> renamed = attributes.stream().map(a -> a.targetTypes().contains(oldId)
				? new AttributeType(a.id(), a.label(), a.kind(), a.description(), a.allowedValues(),
						Ids.replace(a.targetTypes(), oldId, newId), a.required(), a.countsRelation())
				: a).toList();
		return new TagType(id, label, colour, key, description, renamed, mayOverlap, code);
	}

	/** The colour as an RGB int {@code 0xRRGGBB}. */
	public int rgb() {
		return Integer.parseInt(colour.substring(1), 16);
	}
}
