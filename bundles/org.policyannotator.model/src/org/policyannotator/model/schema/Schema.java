package org.policyannotator.model.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.model.Finding;

/**
 * The tag set of a corpus: tag types and relation types. Immutable. Construction rejects duplicate ids; the softer
 * checks (colours, keys, references to unknown types) are reported by {@link #check()}.
 *
 * @param name          name shown to analysts
 * @param tagTypes      tag types in the order they are offered
 * @param relationTypes relation types
 */
public record Schema(String name, List<TagType> tagTypes, List<RelationType> relationTypes) {

	/**
	 * Copies the lists and rejects duplicate ids, unknown parents and cycles of parents; gives every code that
	 * inherits its colour the colour of its parent.
	 */
	public Schema {
		if (name == null) {
			throw new IllegalArgumentException("schema name must not be null");
		}
		tagTypes = List.copyOf(tagTypes);
		relationTypes = List.copyOf(relationTypes);
		requireDistinct(tagTypes.stream().map(TagType::id).toList(), "tag type");
		requireDistinct(relationTypes.stream().map(RelationType::id).toList(), "relation type");
		new CodeTree(tagTypes);
		tagTypes = resolveColours(tagTypes);
	}

	private static List<TagType> resolveColours(List<TagType> types) {
		if (types.stream().noneMatch(t -> t.code().inheritsColour())) {
			return types;
		}
		Map<String, TagType> byId = new LinkedHashMap<>();
		types.forEach(t -> byId.put(t.id(), t));
		List<TagType> resolved = new ArrayList<>();
		for (TagType type : types) {
			TagType owner = type;
			while (owner.code().inheritsColour()) {
				owner = byId.get(owner.parent());
			}
			resolved.add(owner == type || owner.colour().equals(type.colour()) ? type
					: new TagType(type.id(), type.label(), owner.colour(), type.key(), type.description(),
							type.attributes(), type.mayOverlap(), type.code()));
		}
		return List.copyOf(resolved);
	}

	/** The hierarchy of the tag types (parents, children, levels). */
	public CodeTree tree() {
		return new CodeTree(tagTypes);
	}

	/** Whether some tag type has a parent. */
	public boolean hasHierarchy() {
		return tagTypes.stream().anyMatch(t -> !t.parent().isEmpty());
	}

	/** A copy with other tag types (same name and relation types). */
	public Schema withTagTypes(List<TagType> newTagTypes) {
		return new Schema(name, newTagTypes, relationTypes);
	}

	/** The default tag set for policy documents (see {@link DefaultSchema}). */
	public static Schema defaultSchema() {
		return DefaultSchema.SCHEMA;
	}

	/** The tag type with this id. */
	public Optional<TagType> tagType(String id) {
		for (TagType type : tagTypes) {
			if (type.id().equals(id)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The relation type with this id. */
	public Optional<RelationType> relationType(String id) {
		for (RelationType type : relationTypes) {
			if (type.id().equals(id)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The tag type bound to keyboard key {@code key}. */
	public Optional<TagType> tagTypeForKey(String key) {
		return tagTypes.stream().filter(t -> !t.key().isEmpty() && t.key().equals(key)).findFirst();
	}

	/**
	 * This schema extended by {@code extension}: types of the extension with an id of this schema replace them
	 * (in place), new ones are appended.
	 */
	public Schema extendedBy(Schema extension) {
		Map<String, TagType> tags = new LinkedHashMap<>();
		tagTypes.forEach(t -> tags.put(t.id(), t));
		extension.tagTypes.forEach(t -> tags.put(t.id(), t));
		Map<String, RelationType> relations = new LinkedHashMap<>();
		relationTypes.forEach(r -> relations.put(r.id(), r));
		extension.relationTypes.forEach(r -> relations.put(r.id(), r));
		String newName = extension.name.isEmpty() ? name : extension.name;
		return new Schema(newName, List.copyOf(tags.values()), List.copyOf(relations.values()));
	}

	/** Reports what is inconsistent: duplicate keys or colours, references to unknown types, empty enums. */
	public List<Finding> check() {
		List<Finding> findings = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		Set<String> colours = new HashSet<>();
		for (TagType type : tagTypes) {
			if (!type.key().isEmpty() && !keys.add(type.key())) {
				findings.add(Finding.error("", type.id(), "key " + type.key() + " is used by another tag type"));
			}
			if (!type.code().inheritsColour() && !colours.add(type.colour().toLowerCase(java.util.Locale.ROOT))) {
				findings.add(Finding.warning("", type.id(),
						"colour " + type.colour() + " is used by another tag type: analysts cannot tell them apart"));
			}
			for (AttributeType attribute : type.attributes()) {
				String where = type.id() + "." + attribute.id();
				if (attribute.kind() == AttributeKind.ENUM && attribute.allowedValues().isEmpty()) {
					findings.add(Finding.error("", where, "enum attribute has no allowed values"));
				}
				for (String target : attribute.targetTypes()) {
					if (tagType(target).isEmpty()) {
						findings.add(Finding.error("", where, "reference target type " + target + " does not exist"));
					}
				}
				attribute.countsRelation().ifPresent(relation -> {
					if (relationType(relation).isEmpty()) {
						findings.add(Finding.error("", where, "counted relation type " + relation + " does not exist"));
					}
					if (attribute.kind() != AttributeKind.NUMBER) {
						findings.add(Finding.error("", where, "only a number attribute can count relations"));
					}
				});
			}
		}
		for (RelationType relation : relationTypes) {
			for (String type : concat(relation.fromTypes(), relation.toTypes())) {
				if (tagType(type).isEmpty()) {
					findings.add(Finding.error("", relation.id(), "tag type " + type + " does not exist"));
				}
			}
		}
		return List.copyOf(findings);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static void requireDistinct(List<String> ids, String what) {
		Set<String> seen = new HashSet<>();
		for (String id : ids) {
			if (!seen.add(id)) {
				throw new IllegalArgumentException(what + " " + id + " is declared twice");
			}
		}
	}
}
