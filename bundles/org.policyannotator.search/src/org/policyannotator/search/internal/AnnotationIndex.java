package org.policyannotator.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.policyannotator.model.Document;
import org.policyannotator.model.FileStamp;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.internal.io.AtomicFiles;

/**
 * The annotation index of a corpus, kept beside it in {@code <corpus>/.index/} (which the corpus does not read as
 * documents, annotators or stray files, and Git ignores). Each document and set in it remembers the stamp of the file
 * it was read from; {@link #refresh} re-reads only the files that changed, were added or removed, and saves what
 * changed if anything did ({@link IndexStore}). An index file that is corrupt, torn or of another version is rebuilt
 * without a word: the index is a cache, never a source of truth.
 */
public final class AnnotationIndex {
	/** The index folder inside the corpus. */
	public static final String FOLDER = ".index";
	/** The index file inside that folder. */
	public static final String FILE = "annotations.idx";
	/** The file of changes since the full index was written, beside it. */
	public static final String DELTA = "annotations.delta";

	private final Corpus corpus;
	private final IndexStore store;
	private final SetReader sets;

	public AnnotationIndex(Corpus corpus) {
		this.corpus = corpus;
		this.store = new IndexStore(corpus.directory().resolve(FOLDER).resolve(FILE));
		this.sets = new SetReader(corpus);
	}

	/** The full index file. */
	public Path file() {
		return store.file();
	}

	/**
	 * The index brought up to date with the corpus files, saved if anything changed (a corpus that cannot be
	 * written gets no index file; the view is still right).
	 *
	 * @param cancelled polled while files are re-read; once true, the rest is left out of the view
	 * @throws CorpusException if the documents or annotators cannot be listed
	 */
	public IndexView refresh(BooleanSupplier cancelled) throws CorpusException {
		IndexStore.Saved saved = store.load();
		Map<String, IndexedDocument> oldDocuments = saved.documents();
		Map<String, IndexedSet> oldSets = saved.sets();
		AtomicBoolean changed = new AtomicBoolean();
		Map<String, IndexedDocument> documents = new ConcurrentHashMap<>();
		corpus.documentIds().parallelStream().filter(id -> !cancelled.getAsBoolean()).forEach(id -> document(id,
				oldDocuments.get(id), changed).ifPresent(d -> documents.put(id, d)));
		List<String[]> setFiles = new ArrayList<>();
		for (String annotator : corpus.annotators()) {
			for (String id : corpus.documentIdsAnnotatedBy(annotator)) {
				setFiles.add(new String[] { annotator, id });
			}
		}
		Map<String, IndexedSet> indexed = new ConcurrentHashMap<>();
		Set<String> unindexed = ConcurrentHashMap.newKeySet();
		setFiles.parallelStream().filter(s -> !cancelled.getAsBoolean()).forEach(s -> {
			String key = IndexedSet.key(s[0], s[1]);
			set(s[0], s[1], documents.get(s[1]), oldSets.get(key), changed)
					.ifPresentOrElse(set -> indexed.put(key, set), () -> unindexed.add(key));
		});
		if (!cancelled.getAsBoolean() && (changed.get() || !documents.keySet().equals(oldDocuments.keySet())
				|| !indexed.keySet().equals(oldSets.keySet()))) {
			store.save(saved, documents, indexed);
		}
		return new IndexView(Map.copyOf(documents), Map.copyOf(indexed), Set.copyOf(unindexed));
	}

	/** The document from the index if its file is unchanged, else re-read; empty if it cannot be read. */
	private Optional<IndexedDocument> document(String id, IndexedDocument old, AtomicBoolean changed) {
		Optional<FileStamp> stamp = stamp(corpus.documentFile(id));
		if (stamp.isEmpty()) {
			return Optional.empty();
		}
		if (old != null && old.stamp().equals(stamp.get())) {
			return Optional.of(old);
		}
		try {
			Document document = corpus.loadDocument(id);
			changed.set(true);
			return Optional.of(new IndexedDocument(id, stamp.get(), document.title(), document.sha256(),
					document.text()));
		} catch (CorpusException e) {
			return Optional.empty();
		}
	}

	/**
	 * The set from the index if neither its file nor its document's changed, else re-read; empty if it cannot be read
	 * (or its document cannot) or vanished since it was listed.
	 */
	private Optional<IndexedSet> set(String annotator, String id, IndexedDocument document, IndexedSet old,
			AtomicBoolean changed) {
		Optional<FileStamp> stamp = stamp(corpus.setFile(annotator, id));
		if (stamp.isEmpty() || document == null) {
			return Optional.empty();
		}
		if (old != null && old.setStamp().equals(stamp.get()) && old.documentStamp().equals(document.stamp())) {
			return Optional.of(old);
		}
		try {
			List<IndexedAnnotation> annotations = sets.indexed(annotator, id, document.sha256());
			changed.set(true);
			return Optional.of(new IndexedSet(annotator, id, stamp.get(), document.stamp(), annotations));
		} catch (CorpusException e) {
			return Optional.empty();
		}
	}

	private static Optional<FileStamp> stamp(Path file) {
		try {
			return AtomicFiles.stamp(file);
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
