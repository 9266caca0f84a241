package org.policyannotator.team.internal;

import java.io.IOException;
import java.nio.file.Files;
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
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.team.merge.ConflictFile;

/**
 * Three-way merge of two commits of a corpus into the working tree, file by file: a file changed on one side only
 * takes that side's version; a file changed on both goes to {@link FileMerge}. A document deleted on one side while
 * the other annotated it is kept, as a conflict. Identical subtrees are skipped, so the cost follows the number of
 * changed files, not the size of the corpus.
 */
final class TreeMerge {
	private final Repository repository;
	private final Path workTree;
	/** Every path written or deleted in the working tree: the content, or empty for a deletion. */
	final Map<String, Optional<byte[]>> written = new LinkedHashMap<>();
	final List<String> received = new ArrayList<>();
	final List<String> conflicts = new ArrayList<>();
	final List<String> notes = new ArrayList<>();
	private final Map<String, byte[]> deletedDocuments = new LinkedHashMap<>();

	TreeMerge(Repository repository) {
		this.repository = repository;
		this.workTree = repository.getWorkTree().toPath();
	}

	/** Merges {@code theirs} into the working tree, which holds {@code ours} (committed, clean). */
	void merge(RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
		try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
			walk.addTree(tree(reader, base));
			walk.addTree(tree(reader, ours));
			walk.addTree(tree(reader, theirs));
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				ObjectId o = walk.getObjectId(0);
				ObjectId a = walk.getObjectId(1);
				ObjectId b = walk.getObjectId(2);
				String path = walk.getPathString();
				if (b.equals(o) && a.equals(ObjectId.zeroId()) && isDocument(path)) {
					deletedDocuments.put(path, bytes(reader, o));
				}
				if (a.equals(b) || b.equals(o)) {
					continue;
				}
				byte[] theirBytes = bytes(reader, b);
				if (a.equals(o)) {
					write(path, Optional.ofNullable(theirBytes));
					received.add(path);
					continue;
				}
				FileMerge.Outcome outcome = FileMerge.merge(path, bytes(reader, o), bytes(reader, a), theirBytes);
				write(path, outcome.content());
				for (Map.Entry<String, byte[]> extra : outcome.extra().entrySet()) {
					write(extra.getKey(), Optional.of(ConflictFile.accumulate(current(extra.getKey()), extra.getValue())));
				}
				received.add(path);
				conflicts.addAll(outcome.conflicts());
				notes.addAll(outcome.notes());
				if (outcome.content().isEmpty() && isDocument(path)) {
					deletedDocuments.put(path, firstOf(bytes(reader, a), bytes(reader, o)));
				}
			}
		}
		keepAnnotatedDocuments();
		flush();
	}

	/** Lists the files that differ between two commits into {@link #received}, writing nothing. */
	void listChanges(RevCommit from, RevCommit to) throws IOException {
		try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
			walk.addTree(tree(reader, from));
			walk.addTree(tree(reader, to));
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				received.add(walk.getPathString());
			}
		}
	}

	/** The file as this merge left it so far, or as the working tree has it. */
	private Optional<byte[]> current(String path) throws IOException {
		Optional<byte[]> merged = written.get(path);
		if (merged != null) {
			return merged;
		}
		Path file = workTree.resolve(path);
		return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
	}

	private void write(String path, Optional<byte[]> content) {
		written.put(path, content);
		if (content.isEmpty() && isDocument(path)) {
			deletedDocuments.putIfAbsent(path, null);
		}
	}

	/** A document that one side deleted while a set of it remains (the other side annotated it) is put back. */
	private void keepAnnotatedDocuments() throws IOException {
		for (Map.Entry<String, byte[]> e : deletedDocuments.entrySet()) {
			String path = e.getKey();
			String name = Path.of(path).getFileName().toString();
			List<String> sets = setsOf(name);
			if (sets.isEmpty()) {
				continue;
			}
			byte[] document = e.getValue() != null ? e.getValue() : Files.readAllBytes(workTree.resolve(path));
			written.put(path, Optional.of(document));
			conflicts.add(path + ": deleted on one side, annotated on the other (" + String.join(", ", sets)
					+ "); the document is kept");
		}
	}

	/** Sets of the document file {@code name} that exist after the merge. */
	private List<String> setsOf(String name) throws IOException {
		List<String> sets = new ArrayList<>();
		Path annotations = workTree.resolve("annotations");
		if (!Files.isDirectory(annotations)) {
			return sets;
		}
		try (var annotators = Files.newDirectoryStream(annotations, Files::isDirectory)) {
			for (Path annotator : annotators) {
				String path = "annotations/" + annotator.getFileName() + "/" + name;
				Optional<byte[]> merged = written.get(path);
				boolean exists = merged != null ? merged.isPresent() : Files.isRegularFile(workTree.resolve(path));
				if (exists) {
					sets.add(path);
				}
			}
		}
		return sets;
	}

	private void flush() throws IOException {
		for (Map.Entry<String, Optional<byte[]>> e : written.entrySet()) {
			Path file = workTree.resolve(e.getKey());
			if (e.getValue().isEmpty()) {
				Files.deleteIfExists(file);
				continue;
			}
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, e.getValue().get(), false);
		}
	}

	private static boolean isDocument(String path) {
		return path.startsWith("documents/") && path.indexOf('/', "documents/".length()) < 0
				&& path.endsWith(".json");
	}

	private static byte[] firstOf(byte[] a, byte[] b) {
		return a != null ? a : b;
	}

	private static byte[] bytes(ObjectReader reader, ObjectId id) throws IOException {
		return id.equals(ObjectId.zeroId()) ? null : reader.open(id).getCachedBytes(Integer.MAX_VALUE);
	}

	private static AbstractTreeIterator tree(ObjectReader reader, RevCommit commit) throws IOException {
		if (commit == null) {
			return new EmptyTreeIterator();
		}
		CanonicalTreeParser parser = new CanonicalTreeParser();
		parser.reset(reader, commit.getTree());
		return parser;
	}
}
