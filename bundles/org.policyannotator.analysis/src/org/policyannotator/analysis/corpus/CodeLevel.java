package org.policyannotator.analysis.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.schema.CodeTree;

/**
 * One level of a codebook's tree as agreement and grading roll up to it: each compared code stands for its ancestor
 * at that level (a code above the level stands for itself), so two codings that chose different subtopics of one
 * topic count as the same code at the topic's level.
 *
 * @param level    1 for the top level
 * @param codes    the codes of that level the compared codes roll up to, in the compared codes' order
 * @param rolledUp each compared code with the code it stands for at this level
 */
public record CodeLevel(int level, List<String> codes, Map<String, String> rolledUp) {

	/** Copies the collections. */
	public CodeLevel {
		codes = List.copyOf(codes);
		rolledUp = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rolledUp));
	}

	/**
	 * One entry per level from 1 to the deepest level of {@code compared}; empty when they are all top-level (then
	 * the per-code figures are all there is).
	 */
	public static List<CodeLevel> of(List<String> compared, CodeTree tree) {
		int deepest = compared.stream().mapToInt(t -> Math.max(1, tree.depth(t))).max().orElse(1);
		List<CodeLevel> levels = new ArrayList<>();
		if (deepest < 2) {
			return levels;
		}
		for (int level = 1; level <= deepest; level++) {
			Map<String, String> rolledUp = new LinkedHashMap<>();
			LinkedHashSet<String> codes = new LinkedHashSet<>();
			for (String type : compared) {
				String code = tree.atLevel(type, level);
				rolledUp.put(type, code);
				codes.add(code);
			}
			levels.add(new CodeLevel(level, List.copyOf(codes), rolledUp));
		}
		return levels;
	}

	/** The code {@code type} stands for at this level; empty when it is not one of the compared codes. */
	public Optional<String> code(String type) {
		return Optional.ofNullable(rolledUp.get(type));
	}

	/**
	 * A copy of {@code set} in which each annotation of a compared code carries the code it stands for at this
	 * level; annotations of other codes are left out. The original set is not changed.
	 */
	public AnnotationSet rollUp(AnnotationSet set) {
		Instant now = Instant.EPOCH;
		List<Annotation> kept = new ArrayList<>();
		for (Annotation a : set.annotations()) {
			String code = rolledUp.get(a.type());
			if (code != null) {
				kept.add(code.equals(a.type()) ? a : a.withType(code, now));
			}
		}
		return AnnotationSet.of(set.annotator(), set.documentId(), set.documentSha256(), kept, List.of());
	}
}
