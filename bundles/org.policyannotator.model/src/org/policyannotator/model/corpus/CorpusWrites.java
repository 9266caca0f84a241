package org.policyannotator.model.corpus;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.FileStamp;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.internal.io.DocumentCodec;
import org.policyannotator.model.internal.io.DocumentCodesCodec;
import org.policyannotator.model.internal.io.SchemaCodec;
import org.policyannotator.model.internal.io.SetCodec;
import org.policyannotator.model.internal.io.SetLock;
import org.policyannotator.model.schema.Schema;

/**
 * Documents and sets written to a corpus together: nothing is visible until {@link #commit}, which makes all of
 * them durable with one flush of the file system and then puts them in place. The guarantee is that of single
 * writes (after a crash each file is the old one or the complete new one) at a fraction of the cost for thousands
 * of files. Each set is put in place under the lock {@link Corpus#saveSet} takes, after checking that nobody changed
 * it since it was read. Closing without committing leaves the corpus as it was.
 */
public final class CorpusWrites implements AutoCloseable {
	private final Corpus corpus;
	private final AtomicFiles.Batch batch = new AtomicFiles.Batch();
	private final Map<Path, Optional<FileStamp>> expected = new HashMap<>();
	private final Map<Path, PendingSet> sets = new HashMap<>();
	private final List<String> documents = new ArrayList<>();
	private Schema schema;

	/** A set to mark saved at commit, if anyone still holds it (a big import must not keep every set it wrote). */
	private record PendingSet(WeakReference<AnnotationSet> set, long revision) {
	}

	CorpusWrites(Corpus corpus) {
		this.corpus = corpus;
	}

	/** Adds a document, or replaces the one with the same id, at commit. */
	public void addDocument(Document document) throws CorpusException {
		Path file = corpus.documentFile(document.id());
		if (!document.hashMatches()) {
			throw new CorpusException(file, "not written: the document's sha256 is not the hash of its text");
		}
		byte[] bytes = DocumentCodec.write(document);
		try {
			batch.write(file, out -> out.write(bytes));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write the document: " + CorpusException.reason(file, e), e);
		}
		documents.add(document.id());
	}

	/**
	 * A document added to this batch and not yet committed, read back from where it waits (empty if none has that
	 * id).
	 */
	public Optional<Document> stagedDocument(String id) throws CorpusException {
		Path file = corpus.documentFile(id);
		Optional<Path> staged = batch.staged(file);
		if (staged.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(DocumentCodec.read(Files.readAllBytes(staged.get()), file));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read the document back: " + CorpusException.reason(file, e), e);
		}
	}

	/**
	 * Saves a set at commit.
	 *
	 * @throws StaleSetException if the file changed on disk since the set was read (checked now and at commit)
	 */
	public void saveSet(AnnotationSet set) throws CorpusException {
		Path file = corpus.setFile(set.annotator(), set.documentId());
		try {
			Optional<FileStamp> onDisk = AtomicFiles.stamp(file);
			if (!onDisk.equals(set.origin())) {
				throw new StaleSetException(file);
			}
			AnnotationSet.Snapshot snapshot = set.snapshot();
			batch.write(file, out -> SetCodec.write(set, snapshot, out));
			expected.put(file.toAbsolutePath(), onDisk);
			sets.put(file.toAbsolutePath(), new PendingSet(new WeakReference<>(set), snapshot.revision()));
		} catch (CorpusException e) {
			throw e;
		} catch (IOException e) {
			throw new CorpusException(file, "cannot save the annotations: " + CorpusException.reason(file, e), e);
		}
	}

	/** Replaces the corpus's schema file at commit (the corpus must be {@linkplain Corpus#open opened} again to see it). */
	public void writeSchema(Schema schema) throws CorpusException {
		Path file = corpus.directory().resolve(Corpus.SCHEMA_FILE);
		byte[] bytes = SchemaCodec.write(schema);
		try {
			batch.write(file, out -> out.write(bytes));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write the schema: " + CorpusException.reason(file, e), e);
		}
		this.schema = schema;
	}

	/**
	 * Gives documents their document-level codes by {@code annotator} at commit, as {@link DocumentCodes#set} does:
	 * each entry replaces that document's codes. The documents must be in the corpus or added to this batch, the
	 * codes in the schema this batch writes (else the corpus's).
	 *
	 * @throws CorpusException naming the annotator's file if a document or code is unknown; nothing is staged
	 */
	public void setDocumentCodes(String annotator, Map<String, List<String>> changes) throws CorpusException {
		Path file = DocumentCodes.file(corpus, annotator);
		Optional<Path> staged = batch.staged(file);
		java.util.SortedMap<String, List<String>> codes;
		try {
			codes = staged.isEmpty() ? DocumentCodes.of(corpus, annotator)
					: DocumentCodesCodec.read(Files.readAllBytes(staged.get()), file, annotator);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read the staged document codes: "
					+ CorpusException.reason(file, e), e);
		}
		if (DocumentCodes.apply(codes, changes, file, id -> documents.contains(id) || corpus.hasDocument(id),
				schema != null ? schema : corpus.schema()).isEmpty()) {
			return;
		}
		byte[] bytes = DocumentCodesCodec.write(annotator, codes);
		try {
			batch.write(file, out -> out.write(bytes));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write the document codes: " + CorpusException.reason(file, e), e);
		}
	}

	/** How many files wait for the commit. */
	public int size() {
		return batch.targets().size();
	}

	/**
	 * Makes everything durable, then puts it in place.
	 *
	 * @throws StaleSetException if a set file was changed by someone else meanwhile; the files before it in the
	 *                           batch are in place, it and the ones after it are not
	 */
	public void commit() throws CorpusException {
		Path[] current = { corpus.directory() };
		try {
			Map<Path, FileStamp> placed = new HashMap<>();
			batch.commit((target, rename) -> {
				current[0] = target;
				Optional<FileStamp> wanted = expected.get(target);
				if (wanted == null) {
					rename.run();
					return;
				}
				// the lock that saveSet takes: another process saving this set is waited for, never overwritten
				try (SetLock lock = SetLock.await(target)) {
					if (!AtomicFiles.stamp(target).equals(wanted)) {
						throw new StaleSetException(target);
					}
					rename.run();
					placed.put(target, AtomicFiles.stamp(target).orElseThrow(() -> new IOException("vanished")));
				}
			});
			for (Map.Entry<Path, PendingSet> e : sets.entrySet()) {
				AnnotationSet set = e.getValue().set().get();
				if (set != null) {
					set.markSaved(placed.get(e.getKey()), e.getValue().revision());
				}
			}
		} catch (CorpusException e) {
			throw e;
		} catch (IOException e) {
			throw new CorpusException(current[0], "cannot write: " + CorpusException.reason(current[0], e), e);
		} finally {
			documents.forEach(corpus::forget);
		}
		sets.clear();
		expected.clear();
		documents.clear();
	}

	/** Forgets what was not committed; the corpus stays as it was. */
	@Override
	public void close() {
		batch.close();
	}
}
