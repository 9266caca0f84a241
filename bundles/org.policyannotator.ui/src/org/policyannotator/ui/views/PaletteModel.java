package org.policyannotator.ui.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policyannotator.model.schema.CodeTree;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * What the tag palette shows: the codebook as a tree, narrowed by a filter, with the recently used codes on top.
 * Free of SWT so that it can be tested and timed alone; the view asks it for roots, children and matches.
 *
 * <p>A filter of several words keeps a code when each word is in its label, id or number, ignoring case; the
 * ancestors of a kept code stay so that it is shown in its place.
 */
public final class PaletteModel {
	/** How many recently used codes the palette keeps on top. */
	static final int RECENT = 5;

	/** A recently used code, shown a second time at the top (a distinct element for the tree). */
	record Recent(TagType type) {
	}

	/**
	 * The group of recently used codes: one element for the life of the model (its codes change), so that the tree
	 * can refresh the group alone when a code is used.
	 */
	static final class RecentGroup {
		private List<Recent> codes = List.of();

		List<Recent> codes() {
			return codes;
		}
	}

	private final Schema schema;
	private final CodeTree tree;
	private final RecentGroup recent = new RecentGroup();
	private final List<TagType> depthFirst = new ArrayList<>();
	/** What a filter word is looked for in, by code id: label, id and number, lower case. */
	private final java.util.Map<String, String> haystacks = new java.util.HashMap<>();
	private final java.util.Map<String, TagType> byId = new java.util.HashMap<>();
	private String[] words = new String[0];
	private Set<String> visible;
	private List<TagType> matches = List.of();
	private boolean shownChanged = true;

	public PaletteModel(Schema schema, List<String> recent) {
		this.schema = schema;
		this.tree = schema.tree();
		tree.depthFirst().forEach(entry -> depthFirst.add(entry.getKey()));
		depthFirst.forEach(type -> byId.put(type.id(), type));
		depthFirst.forEach(type -> haystacks.put(type.id(),
				(type.label() + " " + type.id() + " " + type.code().number()).toLowerCase(Locale.ROOT)));
		recent(recent);
	}

	/** Sets the recently used codes, newest first (codes the codebook lacks are left out); whether they changed. */
	boolean recent(List<String> ids) {
		List<Recent> codes = ids.stream().map(schema::tagType).flatMap(java.util.Optional::stream).limit(RECENT)
				.map(Recent::new).toList();
		boolean changed = !codes.equals(recent.codes);
		recent.codes = codes;
		return changed;
	}

	/** The group of recently used codes, shown on top while there are any and no filter is set. */
	RecentGroup recentGroup() {
		return recent;
	}

	Schema schema() {
		return schema;
	}

	/**
	 * Sets the filter text; returns the codes that match it, depth first (all codes for an empty filter). A filter
	 * that adds to the words of the last one looks only among the last one's matches.
	 */
	public List<TagType> filter(String text) {
		String[] before = words;
		Set<String> shownBefore = visible;
		words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
		if (words.length == 1 && words[0].isEmpty()) {
			words = new String[0];
		}
		if (words.length == 0) {
			visible = null;
			matches = depthFirst;
			shownChanged = shownBefore != null;
			return matches;
		}
		List<TagType> candidates = narrows(before) ? matches : depthFirst;
		Set<String> shown = new HashSet<>();
		List<TagType> found = new ArrayList<>();
		for (TagType type : candidates) {
			if (matches(type)) {
				found.add(type);
				shown.addAll(tree.path(type.id()));
			}
		}
		shownChanged = !shown.equals(shownBefore);
		visible = shown;
		matches = found;
		return found;
	}

	/** Whether the last {@link #filter} changed which codes the tree shows (else the tree can stay as it is). */
	boolean shownChanged() {
		return shownChanged;
	}

	/** Whether every code matching the current words also matched {@code before} (each word extends one of it). */
	private boolean narrows(String[] before) {
		if (before.length == 0 || visible == null || words.length < before.length) {
			return false;
		}
		for (int i = 0; i < before.length; i++) {
			if (!words[i].contains(before[i])) {
				return false;
			}
		}
		return true;
	}

	/** How many codes the tree shows: the matches and their ancestors (every code without a filter). */
	int shownCount() {
		return visible == null ? depthFirst.size() : visible.size();
	}

	/** Whether a filter is set. */
	boolean filtering() {
		return visible != null;
	}

	/** The codes that match the filter, depth first. */
	public List<TagType> matches() {
		return matches;
	}

	/** The top of the tree: the recent group (without a filter, when codes were used), then the top codes. */
	public Object[] roots() {
		List<Object> roots = new ArrayList<>();
		if (!filtering() && !recent.codes.isEmpty()) {
			roots.add(recent);
		}
		tree.roots().stream().filter(this::shown).forEach(roots::add);
		return roots.toArray();
	}

	public Object[] children(Object element) {
		if (element instanceof RecentGroup group) {
			return group.codes().toArray();
		}
		if (element instanceof TagType type) {
			return tree.children(type.id()).stream().filter(this::shown).toArray();
		}
		return new Object[0];
	}

	public boolean hasChildren(Object element) {
		return children(element).length > 0;
	}

	public Object parent(Object element) {
		if (element instanceof TagType type && !type.parent().isEmpty()) {
			return byId.get(type.parent());
		}
		return null;
	}

	/** The type an element of the tree stands for, if it is a code. */
	static java.util.Optional<TagType> typeOf(Object element) {
		if (element instanceof TagType type) {
			return java.util.Optional.of(type);
		}
		if (element instanceof Recent recent) {
			return java.util.Optional.of(recent.type());
		}
		return java.util.Optional.empty();
	}

	private boolean shown(TagType type) {
		return visible == null || visible.contains(type.id());
	}

	private boolean matches(TagType type) {
		String haystack = haystacks.get(type.id());
		for (String word : words) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

}
