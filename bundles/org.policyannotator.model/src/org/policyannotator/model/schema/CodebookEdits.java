package org.policyannotator.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes to a codebook (the tag types of a schema) that keep it consistent: every reference to a changed code
 * (parents, reference attributes' targets, relation types' ends) follows. The annotations are rewritten by the
 * corpus ({@code org.policyannotator.model.corpus.CodebookChange}). Each method throws
 * {@link IllegalArgumentException} with a message for the analyst when the change cannot be made.
 */
public final class CodebookEdits {
	private CodebookEdits() {
	}

	/** Gives code {@code id} a new id (annotations follow) and, if not empty, a new label. */
	public static Schema rename(Schema schema, String id, String newId, String newLabel) {
		require(schema, id);
		if (!newId.equals(id) && schema.tagType(newId).isPresent()) {
			throw new IllegalArgumentException("a code with the id " + newId + " exists already");
		}
		List<TagType> types = new ArrayList<>();
		for (TagType type : schema.tagTypes()) {
			TagType t = type.id().equals(id) ? type.withId(newId) : type;
			if (!newLabel.isEmpty() && type.id().equals(id)) {
				t = t.withLabel(newLabel);
			}
			if (t.parent().equals(id)) {
				t = t.withCode(t.code().withParent(newId));
			}
			types.add(t.withTargetRenamed(id, newId));
		}
		return new Schema(schema.name(), types, relations(schema, id, newId));
	}

	/** Puts code {@code id} (with its children) under {@code newParent}, or at the top level if that is empty. */
	public static Schema move(Schema schema, String id, String newParent) {
		require(schema, id);
		if (!newParent.isEmpty()) {
			require(schema, newParent);
			if (schema.tree().isAncestorOrSelf(id, newParent)) {
				throw new IllegalArgumentException("cannot move " + id + " under " + newParent + ": "
						+ newParent + (newParent.equals(id) ? " is the code itself" : " lies below it"));
			}
		}
		List<TagType> types = new ArrayList<>();
		List<TagType> moved = new ArrayList<>();
		for (TagType type : schema.tagTypes()) {
			if (type.id().equals(id)) {
				moved.add(type.withCode(type.code().withParent(newParent)));
			} else {
				types.add(type);
			}
		}
		types.add(insertionPoint(types, schema.tree(), newParent), moved.get(0));
		return schema.withTagTypes(types);
	}

	/** Where a code moved under {@code parent} goes in the list: after the parent's last descendant, else at the end. */
	private static int insertionPoint(List<TagType> types, CodeTree tree, String parent) {
		if (parent.isEmpty()) {
			return types.size();
		}
		int at = -1;
		for (int i = 0; i < types.size(); i++) {
			if (tree.isAncestorOrSelf(parent, types.get(i).id())) {
				at = i;
			}
		}
		return at + 1;
	}

	/**
	 * Merges code {@code from} into {@code into}: {@code from} disappears, its children move under {@code into}, and
	 * what referred to it refers to {@code into}.
	 */
	public static Schema merge(Schema schema, String from, String into) {
		require(schema, from);
		require(schema, into);
		if (from.equals(into)) {
			throw new IllegalArgumentException("cannot merge " + from + " into itself");
		}
		if (schema.tree().isAncestorOrSelf(from, into)) {
			throw new IllegalArgumentException("cannot merge " + from + " into " + into + ", which lies below it");
		}
		List<TagType> types = new ArrayList<>();
		for (TagType type : schema.tagTypes()) {
			if (type.id().equals(from)) {
				continue;
			}
			TagType t = type.parent().equals(from) ? type.withCode(type.code().withParent(into)) : type;
			types.add(t.withTargetRenamed(from, into));
		}
		return new Schema(schema.name(), types, relations(schema, from, into));
	}

	/**
	 * Removes code {@code id}; its children move up to its parent. A code that a relation type or a reference
	 * attribute names cannot be deleted (change those first).
	 */
	public static Schema delete(Schema schema, String id) {
		TagType gone = require(schema, id);
		for (RelationType relation : schema.relationTypes()) {
			if (relation.fromTypes().contains(id) || relation.toTypes().contains(id)) {
				throw new IllegalArgumentException(
						"cannot delete " + id + ": relation type " + relation.id() + " links it (merge it instead)");
			}
		}
		List<TagType> types = new ArrayList<>();
		for (TagType type : schema.tagTypes()) {
			if (type.id().equals(id)) {
				continue;
			}
			for (AttributeType a : type.attributes()) {
				if (a.targetTypes().contains(id)) {
					throw new IllegalArgumentException("cannot delete " + id + ": attribute " + a.id() + " of "
							+ type.id() + " points to it (merge it instead)");
				}
			}
			types.add(type.parent().equals(id) ? type.withCode(type.code().withParent(gone.parent())) : type);
		}
		return schema.withTagTypes(types);
	}

	/**
	 * Adds the codes of {@code codebook} to {@code schema}: a code with an id the schema has replaces it in place,
	 * new ones are appended; relation types likewise. The result is checked as a whole.
	 */
	public static Schema add(Schema schema, Schema codebook) {
		Schema merged = schema.extendedBy(codebook);
		return new Schema(schema.name().isEmpty() ? codebook.name() : schema.name(), merged.tagTypes(),
				merged.relationTypes());
	}

	private static TagType require(Schema schema, String id) {
		Optional<TagType> type = schema.tagType(id);
		if (type.isEmpty()) {
			throw new IllegalArgumentException("no code " + id + " in the codebook");
		}
		return type.get();
	}

	private static List<RelationType> relations(Schema schema, String oldId, String newId) {
		return schema.relationTypes().stream()
				.map(r -> new RelationType(r.id(), r.label(), r.description(), Ids.replace(r.fromTypes(), oldId, newId),
						Ids.replace(r.toTypes(), oldId, newId), r.required(), r.single()))
				.toList();
	}
}
