package org.policyannotator.ui.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.team.merge.MergeConflict;
import org.policyannotator.team.merge.PendingConflicts;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * The user's decisions on the conflicts a synchronisation left in a set: for each conflicting annotation, keep ours
 * (the set has it already), take theirs (it replaces ours, or removes ours when they deleted it), or keep both (theirs
 * gets a new id); for each link (relation) both sides changed, keep ours or take theirs. Saving settles the conflict
 * file: decided conflicts leave it, and it goes when none is left.
 */
public final class ConflictDecisions {
	private final PendingConflicts pending;
	private final Set<String> decided = new HashSet<>();
	private Set<String> saved = Set.of();

	ConflictDecisions(PendingConflicts pending) {
		this.pending = pending;
	}

	/** The conflicts, as the file lists them. */
	public PendingConflicts pending() {
		return pending;
	}

	/** Our versions of the conflicting annotations. */
	List<Annotation> ours() {
		return pending.items().stream().flatMap(i -> i.ours().stream()).toList();
	}

	/** Their versions of the conflicting annotations. */
	List<Annotation> theirs() {
		return pending.items().stream().flatMap(i -> i.theirs().stream()).toList();
	}

	/** The annotation and link conflicts not decided yet. */
	public int open() {
		return (int) pending.items().stream().filter(i -> i.kind() != MergeConflict.Kind.DOCUMENT)
				.filter(i -> !decided.contains(i.id())).count();
	}

	/** The conflicts on links (relations), as the file lists them. */
	public List<PendingConflicts.Item> links() {
		return pending.items().stream().filter(i -> i.kind() == MergeConflict.Kind.RELATION).toList();
	}

	/** Whether the conflict {@code id} is decided. */
	public boolean isDecided(String id) {
		return decided.contains(id);
	}

	/**
	 * The change of {@code target} that keeping our link ({@code theirs} false: nothing changes) or taking theirs
	 * (it replaces ours, or removes ours when they deleted it) makes for the link conflict {@code id}.
	 */
	AnnotationEdit linkEdit(AnnotationSet target, String id, boolean theirs) {
		Optional<PendingConflicts.Item> item = links().stream().filter(i -> i.id().equals(id)).findFirst();
		if (!theirs || item.isEmpty()) {
			return new AnnotationEdit(List.of(), List.of(), List.of(), List.of());
		}
		List<Relation> before = target.relations().stream().filter(r -> r.id().equals(id)).toList();
		return new AnnotationEdit(List.of(), List.of(), before, item.get().theirsRelation().stream().toList());
	}

	/** The ids of the conflicts that {@code difference} shows (both sides' annotations keep their ids in a conflict). */
	Set<String> idsOf(Difference difference) {
		Set<String> ids = new LinkedHashSet<>();
		difference.left().ifPresent(a -> ids.add(a.id()));
		difference.right().ifPresent(a -> ids.add(a.id()));
		ids.retainAll(pending.items().stream().map(PendingConflicts.Item::id).toList());
		return ids;
	}

	/**
	 * The change of {@code target} that keeping ours ({@code ours}), taking theirs ({@code theirs}) or both makes for
	 * the conflicts {@code ids}; empty edits are fine (keeping ours changes nothing).
	 */
	AnnotationEdit edit(AnnotationSet target, Set<String> ids, boolean ours, boolean theirs) {
		List<Annotation> before = new ArrayList<>();
		List<Annotation> after = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		target.annotations().forEach(a -> taken.add(a.id()));
		for (PendingConflicts.Item item : pending.items()) {
			if (!ids.contains(item.id()) || item.kind() != MergeConflict.Kind.ANNOTATION || !theirs) {
				continue;
			}
			Optional<Annotation> current = target.annotation(item.id());
			if (!ours) {
				current.ifPresent(before::add);
				item.theirs().ifPresent(after::add);
			} else if (item.theirs().isPresent()) {
				Annotation copy = item.theirs().get();
				if (current.isPresent()) {
					copy = new Annotation(freshId(taken), copy.type(), copy.spans(), copy.attributes(), copy.annotator(),
							copy.created(), copy.modified(), copy.note(), copy.status(), copy.orphaned());
				}
				after.add(copy);
			}
		}
		return new AnnotationEdit(before, after, List.of(), List.of());
	}

	private static String freshId(Set<String> taken) {
		for (int n = taken.size() + 1;; n++) {
			if (taken.add("a" + n)) {
				return "a" + n;
			}
		}
	}

	void decide(Set<String> ids) {
		decided.addAll(ids);
	}

	void undecide(Set<String> ids) {
		decided.removeAll(ids);
	}

	/** Whether decisions were made (or taken back) since the last save. */
	boolean changed() {
		return !decided.equals(saved);
	}

	/**
	 * Takes the decided conflicts out of the conflict file.
	 *
	 * @return whether the conflict file is gone
	 */
	boolean settle() throws CorpusException {
		boolean gone = pending.settle(Set.copyOf(decided));
		saved = Set.copyOf(decided);
		return gone;
	}
}
