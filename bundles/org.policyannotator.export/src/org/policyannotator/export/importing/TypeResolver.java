package org.policyannotator.export.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.policyannotator.model.schema.RelationType;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * Finds the schema's type for a type name as a file writes it: the user's map first ({@code --map}), then the id,
 * then the id or the label ignoring case. Names that match nothing are collected once each (with where they first
 * occur and how often) and, with {@code --add-types}, become new types of the schema.
 */
final class TypeResolver {
	private static final String[] COLOURS = { "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4",
			"#46f0f0", "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#800000", "#aaffc3" };

	private record Unknown(String where, int[] count) {
	}

	private Schema schema;
	private final Schema original;
	private final Map<String, String> map;
	private final boolean add;
	private final Map<String, Unknown> unknownTags = new LinkedHashMap<>();
	private final Map<String, Unknown> unknownRelations = new LinkedHashMap<>();

	TypeResolver(Schema schema, Map<String, String> map, boolean add) {
		this.schema = schema;
		this.original = schema;
		this.map = map;
		this.add = add;
	}

	/** The schema with the types added so far. */
	Schema schema() {
		return schema;
	}

	/** Looks every type name of {@code set} (and its document's codes) up, adding or remembering the unknown ones. */
	void resolve(RawSet set) {
		for (RawAnnotation annotation : set.annotations()) {
			tag(annotation.type(), annotation.where());
		}
		for (org.policyannotator.model.Relation relation : set.relations()) {
			relation(relation.type(), set.where() + ": relation " + relation.id());
		}
		set.document().codes().forEach((annotator, codes) -> codes
				.forEach(code -> tag(code, set.where() + ": document code of " + annotator)));
	}

	/** Once every set is {@linkplain #resolve resolved}: relation types added link any tag types. */
	void finish() {
		if (extended()) {
			List<String> all = schema.tagTypes().stream().map(TagType::id).toList();
			List<RelationType> relations = schema.relationTypes().stream()
					.map(r -> original.relationType(r.id()).isPresent() ? r
							: new RelationType(r.id(), r.label(), r.description(), all, all, false, false))
					.toList();
			schema = new Schema(schema.name(), schema.tagTypes(), relations);
		}
	}

	/** The id of the schema's tag type for a name of the file (after {@link #finish}). */
	Optional<String> tagId(String name) {
		String wanted = map.getOrDefault(name, name);
		return find(wanted).map(TagType::id);
	}

	/** The id of the schema's relation type for a name of the file (after {@link #finish}). */
	Optional<String> relationId(String name) {
		String wanted = map.getOrDefault(name, name);
		return findRelation(wanted).map(RelationType::id);
	}

	private Optional<TagType> find(String wanted) {
		return schema.tagType(wanted).or(() -> schema.tagTypes().stream()
				.filter(t -> t.id().equalsIgnoreCase(wanted) || t.label().equalsIgnoreCase(wanted)).findFirst());
	}

	private Optional<RelationType> findRelation(String wanted) {
		return schema.relationType(wanted).or(() -> schema.relationTypes().stream()
				.filter(t -> t.id().equalsIgnoreCase(wanted) || t.label().equalsIgnoreCase(wanted)).findFirst());
	}

	/** Whether types were added to the schema. */
	boolean extended() {
		return schema != original;
	}

	private Optional<TagType> tag(String name, String where) {
		String wanted = map.getOrDefault(name, name);
		Optional<TagType> found = find(wanted);
		if (found.isEmpty() && add) {
			TagType type = new TagType(newId(wanted), wanted, COLOURS[schema.tagTypes().size() % COLOURS.length],
					"", "", List.of(), true);
			schema = schema.extendedBy(new Schema("", List.of(type), List.of()));
			return Optional.of(type);
		}
		if (found.isEmpty()) {
			remember(unknownTags, name, where);
		}
		return found;
	}

	private Optional<RelationType> relation(String name, String where) {
		String wanted = map.getOrDefault(name, name);
		Optional<RelationType> found = findRelation(wanted);
		if (found.isEmpty() && add) {
			List<String> all = schema.tagTypes().stream().map(TagType::id).toList();
			RelationType type = new RelationType(newId(wanted), wanted, "", all, all, false, false);
			schema = schema.extendedBy(new Schema("", List.of(), List.of(type)));
			return Optional.of(type);
		}
		if (found.isEmpty()) {
			remember(unknownRelations, name, where);
		}
		return found;
	}

	/** One problem per unknown name, listing the schema's types and how to map or add them. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		String tags = schema.tagTypes().stream().map(TypeResolver::describe).collect(Collectors.joining(", "));
		unknownTags.forEach((name, u) -> problems.add(u.where() + ": tag type \"" + name + "\" is not in the corpus "
				+ "schema" + times(u) + "; known: " + tags + " (use --map \"" + name
				+ "=<type id>\" or --add-types)"));
		String relations = schema.relationTypes().stream().map(r -> r.id() + " (" + r.label() + ")")
				.collect(Collectors.joining(", "));
		unknownRelations.forEach((name, u) -> problems.add(u.where() + ": relation type \"" + name
				+ "\" is not in the corpus schema" + times(u) + "; known: " + relations + " (use --map \"" + name
				+ "=<type id>\" or --add-types)"));
		return problems;
	}

	private static String describe(TagType type) {
		return type.id() + " (" + type.label() + ")";
	}

	private static String times(Unknown u) {
		return u.count()[0] > 1 ? " (" + u.count()[0] + " times in the file)" : "";
	}

	private static void remember(Map<String, Unknown> unknown, String name, String where) {
		unknown.computeIfAbsent(name, n -> new Unknown(where, new int[1])).count()[0]++;
	}

	private String newId(String name) {
		String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
		if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
			base = "type-" + base;
		}
		base = base.length() > 56 ? base.substring(0, 56) : base;
		List<String> taken = new ArrayList<>();
		schema.tagTypes().forEach(t -> taken.add(t.id()));
		schema.relationTypes().forEach(t -> taken.add(t.id()));
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}
}
