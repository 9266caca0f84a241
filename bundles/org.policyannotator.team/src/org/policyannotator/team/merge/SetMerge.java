package org.policyannotator.team.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Relation;
import org.policyannotator.team.merge.MergeConflict.Kind;

/**
 * Merges two versions of one annotation set that grew apart from a common one, annotation by annotation rather
 * than line by line: added on one side, kept; deleted on one side and unchanged on the other, deleted; changed on
 * one side, the change; changed on both the same way, kept; changed on both differently, or changed on one and
 * deleted on the other, a conflict. Two different annotations added under the same id on the two sides (an
 * annotator working on two machines) are both kept: theirs gets a new id, and its links follow. Nothing is lost:
 * every annotation of either side is in the result or in a conflict.
 */
public final class SetMerge {

	private SetMerge() {
	}

	/**
	 * Merges {@code ours} and {@code theirs}, which both started from {@code base}.
	 *
	 * @param base the common version, or {@code null} when both sides made the set independently
	 */
	public static MergeResult merge(AnnotationSet base, AnnotationSet ours, AnnotationSet theirs) {
		AnnotationSet.Snapshot o = base == null ? null : base.snapshot();
		AnnotationSet.Snapshot a = ours.snapshot();
		AnnotationSet.Snapshot b = theirs.snapshot();
		List<MergeConflict> conflicts = new ArrayList<>();
		List<String> notes = new ArrayList<>();

		Map<String, Annotation> baseAnnotations = o == null ? Map.of() : byId(o.annotations());
		Map<String, Annotation> ourAnnotations = byId(a.annotations());
		Map<String, Annotation> theirAnnotations = byId(b.annotations());
		Map<String, Relation> baseRelations = o == null ? Map.of() : relationsById(o.relations());
		Map<String, Relation> ourRelations = relationsById(a.relations());
		Map<String, Relation> theirRelations = relationsById(b.relations());

		renameTheirClashingAdditions(baseAnnotations, ourAnnotations, theirAnnotations, theirRelations, baseRelations,
				ourRelations, notes);

		Map<String, Annotation> annotations = mergeById(baseAnnotations, ourAnnotations, theirAnnotations,
				Kind.ANNOTATION, "annotation", conflicts);
		Map<String, Relation> merged = mergeById(baseRelations, ourRelations, theirRelations, Kind.RELATION,
				"relation", conflicts);
		List<Relation> relations = new ArrayList<>();
		for (Relation relation : merged.values()) {
			if (annotations.containsKey(relation.from()) && annotations.containsKey(relation.to())) {
				relations.add(relation);
			} else {
				notes.add("relation " + relation.id() + " (" + relation.type() + " " + relation.from() + " -> "
						+ relation.to() + ") left out: an annotation it joins was deleted");
			}
		}

		String sha = a.documentSha256();
		String baseSha = o == null ? null : o.documentSha256();
		if (!Objects.equals(a.documentSha256(), b.documentSha256())) {
			if (Objects.equals(a.documentSha256(), baseSha)) {
				sha = b.documentSha256();
			} else if (!Objects.equals(b.documentSha256(), baseSha)) {
				conflicts.add(new MergeConflict(Kind.DOCUMENT, ours.documentId(),
						"the document's text was changed on both sides, differently"));
			}
		}
		AnnotationSet result = AnnotationSet.of(ours.annotator(), ours.documentId(), sha, annotations.values(),
				relations);
		return new MergeResult(result, conflicts, notes);
	}

	/** Three-way merge of items by id; conflicts keep our version (or our deletion's absence: theirs is kept). */
	private static <T> Map<String, T> mergeById(Map<String, T> base, Map<String, T> ours, Map<String, T> theirs,
			Kind kind, String noun, List<MergeConflict> conflicts) {
		Set<String> ids = new TreeSet<>(base.keySet());
		ids.addAll(ours.keySet());
		ids.addAll(theirs.keySet());
		Map<String, T> merged = new TreeMap<>();
		for (String id : ids) {
			T o = base.get(id);
			T a = ours.get(id);
			T b = theirs.get(id);
			if (Objects.equals(a, b)) {
				if (a != null) {
					merged.put(id, a);
				}
			} else if (Objects.equals(a, o)) {
				if (b != null) {
					merged.put(id, b);
				}
			} else if (Objects.equals(b, o)) {
				if (a != null) {
					merged.put(id, a);
				}
			} else if (a == null) {
				conflicts.add(new MergeConflict(kind, id, "we deleted the " + noun + ", they changed it"));
				merged.put(id, b);
			} else if (b == null) {
				conflicts.add(new MergeConflict(kind, id, "they deleted the " + noun + ", we changed it"));
				merged.put(id, a);
			} else {
				conflicts.add(new MergeConflict(kind, id, "both sides changed the " + noun + ", differently"));
				merged.put(id, a);
			}
		}
		return merged;
	}

	/**
	 * An id both sides added for different annotations: theirs gets a fresh id, in their relations and references
	 * too, so both are kept.
	 */
	private static void renameTheirClashingAdditions(Map<String, Annotation> base, Map<String, Annotation> ours,
			Map<String, Annotation> theirs, Map<String, Relation> theirRelations, Map<String, Relation> baseRelations,
			Map<String, Relation> ourRelations, List<String> notes) {
		Set<String> used = new TreeSet<>(base.keySet());
		used.addAll(ours.keySet());
		used.addAll(theirs.keySet());
		used.addAll(baseRelations.keySet());
		used.addAll(ourRelations.keySet());
		used.addAll(theirRelations.keySet());
		Map<String, String> renamed = new LinkedHashMap<>();
		for (String id : List.copyOf(theirs.keySet())) {
			if (!base.containsKey(id) && ours.containsKey(id) && !ours.get(id).equals(theirs.get(id))) {
				String fresh = freshId(used, "a");
				renamed.put(id, fresh);
				notes.add("their annotation " + id + " is now " + fresh + " (both sides added a different " + id + ")");
			}
		}
		for (String id : List.copyOf(theirRelations.keySet())) {
			if (!baseRelations.containsKey(id) && ourRelations.containsKey(id)
					&& !ourRelations.get(id).equals(theirRelations.get(id))) {
				Relation relation = theirRelations.remove(id);
				String fresh = freshId(used, "r");
				theirRelations.put(fresh, new Relation(fresh, relation.type(), relation.from(), relation.to()));
				notes.add("their relation " + id + " is now " + fresh + " (both sides added a different " + id + ")");
			}
		}
		if (renamed.isEmpty()) {
			return;
		}
		Map<String, Annotation> renumbered = new LinkedHashMap<>();
		for (Annotation annotation : theirs.values()) {
			String id = renamed.getOrDefault(annotation.id(), annotation.id());
			renumbered.put(id, withId(annotation, id, renamed));
		}
		theirs.clear();
		theirs.putAll(renumbered);
		for (Map.Entry<String, Relation> e : List.copyOf(theirRelations.entrySet())) {
			Relation r = e.getValue();
			theirRelations.put(e.getKey(), new Relation(r.id(), r.type(), renamed.getOrDefault(r.from(), r.from()),
					renamed.getOrDefault(r.to(), r.to())));
		}
	}

	private static Annotation withId(Annotation a, String id, Map<String, String> renamed) {
		TreeMap<String, AttributeValue> attributes = new TreeMap<>();
		a.attributes().forEach((name, value) -> attributes.put(name, value instanceof AttributeValue.Ref ref
				&& renamed.containsKey(ref.annotationId()) ? new AttributeValue.Ref(renamed.get(ref.annotationId()))
						: value));
		return new Annotation(id, a.type(), a.spans(), attributes, a.annotator(), a.created(), a.modified(), a.note(),
				a.status(), a.orphaned());
	}

	private static String freshId(Set<String> used, String prefix) {
		long n = used.size() + 1;
		while (used.contains(prefix + n)) {
			n++;
		}
		used.add(prefix + n);
		return prefix + n;
	}

	private static Map<String, Annotation> byId(List<Annotation> annotations) {
		Map<String, Annotation> map = new LinkedHashMap<>();
		annotations.forEach(a -> map.put(a.id(), a));
		return map;
	}

	private static Map<String, Relation> relationsById(List<Relation> relations) {
		Map<String, Relation> map = new LinkedHashMap<>();
		relations.forEach(r -> map.put(r.id(), r));
		return map;
	}
}
