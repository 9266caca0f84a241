package org.policyannotator.model.schema;

import java.util.List;

/**
 * Where a tag type sits in a hierarchical codebook and how it is applied, e.g. code {@code 105} "Unemployment"
 * under {@code 1} "Macroeconomics". A flat schema's types carry {@link #NONE}.
 *
 * @param parent         id of the parent tag type, empty for a top-level code
 * @param number         the code's number or short id as codebooks print it (e.g. {@code 105}), empty for none
 * @param inclusion      when to apply the code (the inclusion rule), empty for none
 * @param exclusion      when not to apply it, and which code to use instead, empty for none
 * @param examples       short example passages that get this code
 * @param inheritsColour whether the colour is the parent's (then the tag type's colour is resolved by the
 *                       {@link Schema}); only a code with a parent can inherit
 */
public record CodeInfo(String parent, String number, String inclusion, String exclusion, List<String> examples,
		boolean inheritsColour) {

	/** The code information of a type outside any hierarchy. */
	public static final CodeInfo NONE = new CodeInfo("", "", "", "", List.of(), false);

	/** Checks the fields and copies the list. */
	public CodeInfo {
		if (parent == null || number == null || inclusion == null || exclusion == null || examples == null) {
			throw new IllegalArgumentException("code parent, number, rules and examples must not be null");
		}
		if (!parent.isEmpty()) {
			SchemaNames.requireId(parent, "parent code id");
		}
		if (inheritsColour && parent.isEmpty()) {
			throw new IllegalArgumentException("a top-level code has no parent to inherit a colour from");
		}
		examples = List.copyOf(examples);
	}

	/** A code under {@code parent} (empty for top level) with this number, inheriting its colour if it has a parent. */
	public static CodeInfo under(String parent, String number) {
		return new CodeInfo(parent, number, "", "", List.of(), !parent.isEmpty());
	}

	/** Whether this says nothing beyond a flat schema's type. */
	public boolean isNone() {
		return equals(NONE);
	}

	/** A copy under another parent ({@code ""} for top level); a top-level code keeps no inherited colour. */
	public CodeInfo withParent(String newParent) {
		return new CodeInfo(newParent, number, inclusion, exclusion, examples, inheritsColour && !newParent.isEmpty());
	}

	/** A copy with the rules and examples given. */
	public CodeInfo withRules(String newInclusion, String newExclusion, List<String> newExamples) {
		return new CodeInfo(parent, number, newInclusion, newExclusion, newExamples, inheritsColour);
	}
}
