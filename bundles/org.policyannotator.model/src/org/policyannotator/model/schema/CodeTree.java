package org.policyannotator.model.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hierarchy of a schema's tag types: parents, children, depth, ancestors. Level 1 is the top level. Built once
 * per question ({@link Schema#tree()}), linear in the number of types.
 */
public final class CodeTree {
	private final Map<String, TagType> byId = new LinkedHashMap<>();
	private final Map<String, List<TagType>> children = new HashMap<>();
	private final List<TagType> roots = new ArrayList<>();

	CodeTree(List<TagType> types) {
		types.forEach(t -> byId.put(t.id(), t));
		for (TagType type : types) {
			if (type.parent().isEmpty()) {
				roots.add(type);
			} else {
				if (!byId.containsKey(type.parent())) {
					throw new IllegalArgumentException(
							"tag type " + type.id() + ": parent code " + type.parent() + " does not exist");
				}
				children.computeIfAbsent(type.parent(), k -> new ArrayList<>()).add(type);
			}
		}
		for (TagType type : types) {
			depth(type.id());
		}
	}

	/** The top-level codes, in schema order. */
	public List<TagType> roots() {
		return Collections.unmodifiableList(roots);
	}

	/** The direct children of {@code id}, in schema order. */
	public List<TagType> children(String id) {
		return Collections.unmodifiableList(children.getOrDefault(id, List.of()));
	}

	/** Every code below {@code id}, depth first in schema order. */
	public List<TagType> descendants(String id) {
		List<TagType> out = new ArrayList<>();
		for (TagType child : children(id)) {
			out.add(child);
			out.addAll(descendants(child.id()));
		}
		return out;
	}

	/** The depth of a code: 1 at the top level; 0 for an id the schema does not have. */
	public int depth(String id) {
		int depth = 0;
		for (String at = id; byId.containsKey(at); at = byId.get(at).parent()) {
			depth++;
			if (depth > byId.size()) {
				throw new IllegalArgumentException("tag type " + id + " is its own ancestor (the parents form a cycle)");
			}
			if (byId.get(at).parent().isEmpty()) {
				break;
			}
		}
		return depth;
	}

	/** The deepest level of the tree (1 for a flat schema, 0 for none). */
	public int levels() {
		return byId.keySet().stream().mapToInt(this::depth).max().orElse(0);
	}

	/** The ids from the top-level code down to {@code id} (just {@code id} if the schema does not have it). */
	public List<String> path(String id) {
		List<String> path = new ArrayList<>();
		for (String at = id; !at.isEmpty(); at = byId.containsKey(at) ? byId.get(at).parent() : "") {
			path.add(0, at);
		}
		return path;
	}

	/**
	 * The code that stands for {@code id} at tree level {@code level}: its ancestor at that level, or itself when it
	 * is at that level or above (or unknown to the schema).
	 */
	public String atLevel(String id, int level) {
		List<String> path = path(id);
		return path.get(Math.min(level, path.size()) - 1);
	}

	/** Whether {@code ancestor} is {@code id} or above it. */
	public boolean isAncestorOrSelf(String ancestor, String id) {
		return path(id).contains(ancestor);
	}

	/** The codes depth first (each parent before its children), with their depth, for showing the tree. */
	public List<Map.Entry<TagType, Integer>> depthFirst() {
		List<Map.Entry<TagType, Integer>> out = new ArrayList<>();
		for (TagType root : roots) {
			out.add(Map.entry(root, 1));
			for (TagType d : descendants(root.id())) {
				out.add(Map.entry(d, depth(d.id())));
			}
		}
		return out;
	}
}
