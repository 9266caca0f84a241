package org.policyannotator.team.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SetFiles;
import org.policyannotator.team.git.HistoryEntry;

/**
 * Who changed what when, from the commits: for every commit (newest first), the files it changed against its first
 * parent, and for annotation sets which annotations were added, changed or removed.
 */
public final class History {
	private final Repository repository;

	/** The history of {@code repository}. */
	public History(Repository repository) {
		this.repository = repository;
	}

	/**
	 * The newest {@code max} commits that changed the corpus, or only the files of document {@code documentId}
	 * (its text and its sets) when given.
	 */
	public List<HistoryEntry> entries(Optional<String> documentId, int max) throws IOException {
		List<HistoryEntry> entries = new ArrayList<>();
		ObjectId head = repository.resolve("HEAD");
		if (head == null) {
			return entries;
		}
		TreeFilter files = documentId.<TreeFilter>map(id -> PathSuffixFilter.create("/" + id + ".json"))
				.orElse(TreeFilter.ALL);
		try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
			walk.markStart(walk.parseCommit(head));
			// no tree filter on the walk: Git's history simplification would follow only the side a merge kept and
			// hide the colleagues' commits on the other; for a document, the merges themselves are left out instead
			// (each side's own commits say who changed what)
			for (RevCommit commit : walk) {
				if (documentId.isPresent() && commit.getParentCount() > 1) {
					continue;
				}
				List<String> changes = changes(reader, walk, commit, files);
				if (documentId.isPresent() && changes.isEmpty()) {
					continue;
				}
				entries.add(new HistoryEntry(commit.abbreviate(10).name(), commit.getAuthorIdent().getName(),
						commit.getAuthorIdent().getWhenAsInstant(), commit.getShortMessage(), changes));
				if (entries.size() >= max) {
					break;
				}
			}
		}
		return entries;
	}

	private static List<String> changes(ObjectReader reader, RevWalk walk, RevCommit commit, TreeFilter files)
			throws IOException {
		List<String> changes = new ArrayList<>();
		try (TreeWalk tree = new TreeWalk(reader)) {
			if (commit.getParentCount() > 0) {
				CanonicalTreeParser parent = new CanonicalTreeParser();
				parent.reset(reader, walk.parseCommit(commit.getParent(0)).getTree());
				tree.addTree(parent);
			} else {
				tree.addTree(new EmptyTreeIterator());
			}
			tree.addTree(commit.getTree());
			tree.setRecursive(true);
			tree.setFilter(AndTreeFilter.create(files, TreeFilter.ANY_DIFF));
			while (tree.next()) {
				String path = tree.getPathString();
				byte[] before = bytes(reader, tree.getObjectId(0));
				byte[] after = bytes(reader, tree.getObjectId(1));
				String what = before == null ? "added" : after == null ? "deleted" : "changed";
				if (FileMerge.isSet(path)) {
					what = setChanges(path, before, after).orElse(what);
				}
				changes.add(path + ": " + what);
			}
		}
		return changes;
	}

	/** Which annotations changed: {@code +a3 claim}, {@code ~a1 speaker}, {@code -a2 statistic}. */
	private static Optional<String> setChanges(String path, byte[] before, byte[] after) {
		try {
			Map<String, Annotation> old = byId(before == null ? null : SetFiles.decode(before, Path.of(path)));
			Map<String, Annotation> now = byId(after == null ? null : SetFiles.decode(after, Path.of(path)));
			List<String> parts = new ArrayList<>();
			now.forEach((id, a) -> {
				Annotation was = old.get(id);
				if (was == null) {
					parts.add("+" + id + " " + a.type());
				} else if (!was.equals(a)) {
					parts.add("~" + id + " " + a.type());
				}
			});
			old.forEach((id, a) -> {
				if (!now.containsKey(id)) {
					parts.add("-" + id + " " + a.type());
				}
			});
			return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
		} catch (CorpusException e) {
			return Optional.empty();
		}
	}

	private static Map<String, Annotation> byId(AnnotationSet set) {
		Map<String, Annotation> map = new LinkedHashMap<>();
		if (set != null) {
			set.annotations().forEach(a -> map.put(a.id(), a));
		}
		return map;
	}

	private static byte[] bytes(ObjectReader reader, ObjectId id) throws IOException {
		return id.equals(ObjectId.zeroId()) ? null : reader.open(id).getCachedBytes(Integer.MAX_VALUE);
	}
}
