package org.policyannotator.export.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.policyannotator.model.schema.CodeInfo;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * Turns the codes read from a REFI-QDA file into tag types. A code is one of the corpus's codes when its guid is
 * the one this program gave that code, else when its name is that code's label; it then keeps the code's id, key
 * and attributes, which the standard has no place for. Other codes get ids made from their names.
 */
final class CodesToTypes {
	private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
			"#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

	private final Map<String, TagType> byGuid = new HashMap<>();
	private final Map<String, TagType> byLabel = new HashMap<>();
	private final Set<String> ambiguousLabels = new HashSet<>();
	private final Set<String> taken = new HashSet<>();
	private final Set<String> used = new HashSet<>();
	private final List<TagType> types = new ArrayList<>();
	private final Map<String, Integer> notCodable = new LinkedHashMap<>();
	private final List<String> notes = new ArrayList<>();
	private final Map<String, String> ids = new HashMap<>();
	private int matchedByName;

	private CodesToTypes(Schema base) {
		for (TagType type : base.tagTypes()) {
			byGuid.put(Guids.of(type.id()), type);
			if (byLabel.putIfAbsent(key(type.label()), type) != null) {
				ambiguousLabels.add(key(type.label()));
			}
			taken.add(type.id());
		}
	}

	static QdcImport convert(QdcReader.Read read, Schema base, String name) {
		CodesToTypes c = new CodesToTypes(base);
		for (RawCode root : read.roots()) {
			c.add(root, null);
		}
		c.report(read);
		return new QdcImport(new Schema(name, c.types, List.of()), c.notes, c.ids);
	}

	private void add(RawCode code, TagType parent) {
		TagType existing = byGuid.get(code.guid);
		if (existing == null || used.contains(existing.id())) {
			existing = ambiguousLabels.contains(key(code.name)) ? null : byLabel.get(key(code.name));
			if (existing != null && !used.contains(existing.id())) {
				matchedByName++;
			} else {
				existing = null;
			}
		}
		String id = existing != null ? existing.id() : CodeIds.fresh(code.name, code.guid, taken);
		used.add(id);
		ids.putIfAbsent(code.guid, id);
		CodeDescription.Parts parts = CodeDescription.parse(code.description);
		String colour = colour(code.colour);
		boolean inherits = parent != null && (colour.isEmpty() || colour.equalsIgnoreCase(parent.colour()));
		if (colour.isEmpty()) {
			colour = parent != null ? parent.colour() : PALETTE.get(Math.floorMod(code.name.hashCode(), PALETTE.size()));
		}
		CodeInfo info = new CodeInfo(parent == null ? "" : parent.id(), parts.number(), parts.inclusion(),
				parts.exclusion(), parts.examples(), inherits);
		TagType type = existing == null ? new TagType(id, code.name, colour, "", parts.description(), List.of(), false, info)
				: new TagType(id, code.name, colour, existing.key(), parts.description(), existing.attributes(),
						existing.mayOverlap(), info);
		types.add(type);
		if (!code.codable) {
			notCodable.put(code.name, code.line);
		}
		for (RawCode child : code.children) {
			add(child, type);
		}
	}

	private void report(QdcReader.Read read) {
		if (matchedByName > 0) {
			notes.add(matchedByName + " code(s) matched a code of the corpus by name");
		}
		if (!notCodable.isEmpty()) {
			notes.add("code(s) marked not codable (categories) in the file can be applied here: "
					+ String.join(", ", notCodable.keySet()));
		}
		if (read.sets() > 0) {
			notes.add(read.sets() + " code set(s) (groups of codes) are not kept: codes have one parent here");
		}
		if (read.noteRefs() > 0) {
			notes.add(read.noteRefs() + " note reference(s) of codes are not kept (the notes are in the project)");
		}
		if (!read.namespace().equals(QdcCodebook.NAMESPACE) && !read.namespace().equals(QdcCodebook.PROJECT_NAMESPACE)) {
			notes.add("the file's namespace is \"" + read.namespace() + "\", not " + QdcCodebook.NAMESPACE
					+ "; read as a REFI-QDA codebook all the same");
		}
	}

	/** {@code #rgb} or {@code #rrggbb} as {@code #rrggbb} in lower case, empty for none. */
	static String colour(String rgb) {
		if (rgb.isEmpty()) {
			return "";
		}
		String hex = rgb.substring(1).toLowerCase(Locale.ROOT);
		if (hex.length() == 3) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
		}
		return "#" + hex;
	}

	private static String key(String label) {
		return label.strip().toLowerCase(Locale.ROOT);
	}
}
