package org.policyannotator.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.FileStamp;
import org.policyannotator.model.internal.io.AtomicFiles;

/**
 * The index files of a corpus: a full index, and a small delta of the changes since it was written, so that a few
 * changed sets do not cost a rewrite of the whole index. Every write is atomic (not flushed to disk: a torn file
 * after a power cut fails its checksum and is rebuilt). A folder that cannot be written keeps no index.
 */
final class IndexStore {
	private static final Duration STALE_TEMPORARY = Duration.ofMinutes(15);

	private final Path file;

	IndexStore(Path file) {
		this.file = file;
	}

	/** The full index file. */
	Path file() {
		return file;
	}

	private static Optional<FileStamp> stamp(Path file) {
		try {
			return AtomicFiles.stamp(file);
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/**
	 * The saved index: the full index, with the delta written since applied when it belongs to that full index.
	 *
	 * @param full      the full index as read
	 * @param fullStamp its file's stamp, empty when there is none (or it is not a complete index of this version)
	 */
	record Saved(IndexCodec.Contents full, Optional<FileStamp> fullStamp, Map<String, IndexedDocument> documents,
			Map<String, IndexedSet> sets) {
	}

	/** The saved index, full and delta; empty when there is none, or it is not a complete index of this version. */
	Saved load() {
		Optional<FileStamp> stamp = stamp(file);
		IndexCodec.Contents full = stamp.isEmpty() ? null : loadFull(stamp.get());
		if (full == null) {
			return new Saved(IndexCodec.Contents.EMPTY, Optional.empty(), Map.of(), Map.of());
		}
		Map<String, IndexedDocument> documents = new java.util.HashMap<>();
		full.documents().forEach(d -> documents.put(d.id(), d));
		Map<String, IndexedSet> sets = new java.util.HashMap<>();
		full.sets().forEach(s -> sets.put(s.key(), s));
		try {
			IndexCodec.Contents delta = IndexCodec.read(Files.readAllBytes(deltaFile()));
			if (delta.base().equals(stamp.get())) {
				delta.removedDocuments().forEach(documents::remove);
				delta.removedSets().forEach(sets::remove);
				delta.documents().forEach(d -> documents.put(d.id(), d));
				delta.sets().forEach(s -> sets.put(s.key(), s));
			}
		} catch (IOException e) {
			// no delta, or a broken one: what it held is re-read from the corpus
		}
		return new Saved(full, stamp, documents, sets);
	}

	/**
	 * The full index file. The index last read or written in this process is kept in memory (while memory allows)
	 * and used again while the file is unchanged.
	 */
	private IndexCodec.Contents loadFull(FileStamp stamp) {
		Optional<IndexCodec.Contents> kept = IndexMemory.get(file, stamp);
		if (kept.isPresent()) {
			return kept.get();
		}
		try {
			IndexCodec.Contents read = IndexCodec.read(Files.readAllBytes(file));
			IndexMemory.put(file, stamp, read);
			return read;
		} catch (IOException e) {
			return null;
		}
	}

	/** The file of changes since the full index was written. */
	Path deltaFile() {
		return file.resolveSibling(AnnotationIndex.DELTA);
	}

	/**
	 * Saves what changed: as a small delta beside the full index while the changes are few, as a new full index
	 * (and no delta) when there is none yet or the changes reach a tenth of it.
	 */
	void save(Saved saved, Map<String, IndexedDocument> documents, Map<String, IndexedSet> indexed) {
		Map<String, IndexedDocument> fullDocuments = new java.util.HashMap<>();
		saved.full().documents().forEach(d -> fullDocuments.put(d.id(), d));
		Map<String, IndexedSet> fullSets = new java.util.HashMap<>();
		saved.full().sets().forEach(s -> fullSets.put(s.key(), s));
		List<IndexedDocument> changedDocuments = documents.values().stream().filter(d -> fullDocuments.get(d.id()) != d)
				.sorted(Comparator.comparing(IndexedDocument::id)).toList();
		List<IndexedSet> changedSets = indexed.values().stream().filter(s -> fullSets.get(s.key()) != s)
				.sorted(Comparator.comparing(IndexedSet::key)).toList();
		List<String> removedDocuments = fullDocuments.keySet().stream().filter(id -> !documents.containsKey(id))
				.sorted().toList();
		List<String> removedSets = fullSets.keySet().stream().filter(key -> !indexed.containsKey(key)).sorted()
				.toList();
		int changes = changedDocuments.size() + changedSets.size() + removedDocuments.size() + removedSets.size();
		int size = fullDocuments.size() + fullSets.size();
		Path folder = file.getParent();
		try {
			Files.createDirectories(folder);
			AtomicFiles.removeStaleTemporaries(folder, STALE_TEMPORARY);
			Path ignore = folder.resolve(".gitignore");
			if (!Files.exists(ignore)) {
				AtomicFiles.write(ignore, "# the search index of this corpus: a cache, rebuilt from the corpus files\n*\n"
						.getBytes(StandardCharsets.UTF_8), false);
			}
			if (saved.fullStamp().isPresent() && changes * 10 < size) {
				IndexCodec.Contents delta = new IndexCodec.Contents(changedDocuments, changedSets, removedDocuments,
						removedSets, saved.fullStamp().get());
				AtomicFiles.write(deltaFile(), out -> IndexCodec.write(delta, out), false);
				return;
			}
			IndexCodec.Contents full = new IndexCodec.Contents(
					documents.values().stream().sorted(Comparator.comparing(IndexedDocument::id)).toList(),
					indexed.values().stream().sorted(Comparator.comparing(IndexedSet::key)).toList());
			FileStamp stamp = AtomicFiles.write(file, out -> IndexCodec.write(full, out), false);
			IndexMemory.put(file, stamp, full);
			Files.deleteIfExists(deltaFile());
		} catch (IOException e) {
			// a corpus that cannot be written is searched without a saved index
		}
	}
}
