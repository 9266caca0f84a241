package org.policyannotator.model.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.FileStamp;
import org.policyannotator.model.Finding;
import org.policyannotator.model.Span;
import org.policyannotator.model.anchor.AnchorReport;
import org.policyannotator.model.anchor.Anchorer;
import org.policyannotator.model.anchor.Placement;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.internal.io.CorpusCodec;
import org.policyannotator.model.internal.io.DocumentCodec;
import org.policyannotator.model.internal.io.SchemaCodec;
import org.policyannotator.model.internal.io.SetCodec;
import org.policyannotator.model.internal.io.SetLock;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.SetValidator;

/**
 * A corpus on disk: a folder with {@code corpus.json}, {@code schema.json}, {@code documents/<id>.json} and
 * {@code annotations/<annotator>/<id>.json}. Every write is atomic; saving a set takes a lock shared with other
 * processes and refuses to overwrite a file another program changed since the set was read. Thread-safe.
 */
public final class Corpus {
	/** Name of the corpus file. */
	public static final String CORPUS_FILE = "corpus.json";
	/** Name of the schema file. */
	public static final String SCHEMA_FILE = "schema.json";
	/** Folder of documents. */
	public static final String DOCUMENTS = "documents";
	/** Folder of annotation sets. */
	public static final String ANNOTATIONS = "annotations";
	private static final String JSON = ".json";
	private static final int CACHED_DOCUMENTS = 8;

	private final Path directory;
	private final CorpusCodec.Header header;
	private final Schema schema;
	private final Map<String, CachedDocument> cache = new LinkedHashMap<>(16, 0.75f, true);
	/** Checks sets against the schema (made once: the schema of a corpus object never changes). */
	private final SetValidator validator;

	private record CachedDocument(FileStamp stamp, Document document, String actualSha256) {
	}

	private Corpus(Path directory, CorpusCodec.Header header, Schema schema) {
		this.directory = directory;
		this.header = header;
		this.schema = schema;
		this.validator = new SetValidator(schema);
	}

	/**
	 * Creates a new corpus in {@code dir}, which must not exist or be empty.
	 *
	 * @throws CorpusException if {@code dir} is not empty or cannot be written
	 */
	public static Corpus create(Path dir, String name, Schema schema) throws CorpusException {
		Path directory = dir.toAbsolutePath().normalize();
		List<Path> made = new ArrayList<>();
		try {
			if (Files.exists(directory)) {
				if (!Files.isDirectory(directory)) {
					throw new CorpusException(directory, "exists and is not a folder");
				}
				try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
					if (entries.iterator().hasNext()) {
						throw new CorpusException(directory, "is not empty; a new corpus needs an empty folder");
					}
				}
			} else {
				made.addAll(missingFolders(directory));
				Files.createDirectories(directory);
			}
			for (String folder : List.of(DOCUMENTS, ANNOTATIONS, SCHEMA_FILE, CORPUS_FILE)) {
				made.add(directory.resolve(folder));
			}
			Files.createDirectories(directory.resolve(DOCUMENTS));
			Files.createDirectories(directory.resolve(ANNOTATIONS));
			CorpusCodec.Header header = new CorpusCodec.Header(name, Map.of());
			AtomicFiles.write(directory.resolve(SCHEMA_FILE), SchemaCodec.write(schema));
			AtomicFiles.write(directory.resolve(CORPUS_FILE), CorpusCodec.write(header));
			return new Corpus(directory, header, schema);
		} catch (CorpusException e) {
			removeQuietly(made);
			throw e;
		} catch (IOException e) {
			removeQuietly(made);
			throw new CorpusException(directory, "cannot create the corpus: " + CorpusException.reason(directory, e)
					+ " (nothing was left behind)", e);
		}
	}

	/** The folders that creating {@code directory} would make, outermost first. */
	private static List<Path> missingFolders(Path directory) {
		List<Path> missing = new ArrayList<>();
		for (Path p = directory; p != null && !Files.exists(p); p = p.getParent()) {
			missing.add(0, p);
		}
		return missing;
	}

	/** Removes what a failed creation made, innermost first; what cannot be removed stays. */
	private static void removeQuietly(List<Path> made) {
		for (int i = made.size() - 1; i >= 0; i--) {
			try {
				Files.deleteIfExists(made.get(i));
			} catch (IOException e) {
				// a folder that is not empty (someone else's file) or cannot be removed stays
			}
		}
	}

	/**
	 * The corpus folder that {@code path} is, or is inside of (a folder with a corpus file and a documents folder),
	 * if any: writing there would replace or corrupt corpus files.
	 */
	public static Optional<Path> enclosing(Path path) {
		for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve(CORPUS_FILE)) && Files.isDirectory(p.resolve(DOCUMENTS))) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

	/**
	 * Opens the corpus in {@code dir}.
	 *
	 * @throws CorpusException if it is not a corpus or its corpus or schema file is broken
	 */
	public static Corpus open(Path dir) throws CorpusException {
		Path directory = dir.toAbsolutePath().normalize();
		if (!Files.isDirectory(directory)) {
			throw new CorpusException(directory, "is not a folder");
		}
		Path corpusFile = directory.resolve(CORPUS_FILE);
		if (!Files.exists(corpusFile)) {
			throw new CorpusException(directory, "is not a corpus: " + CORPUS_FILE + " is missing");
		}
		CorpusCodec.Header header = CorpusCodec.read(read(corpusFile), corpusFile);
		Path schemaFile = directory.resolve(SCHEMA_FILE);
		Schema schema = Files.exists(schemaFile) ? SchemaCodec.read(read(schemaFile), schemaFile)
				: Schema.defaultSchema();
		removeStaleTemporaries(directory);
		return new Corpus(directory, header, schema);
	}

	/** How old a temporary file must be before it counts as left by a killed write (not one still running). */
	private static final java.time.Duration STALE_TEMPORARY = java.time.Duration.ofMinutes(15);

	/** Removes what killed writes left in the corpus folder, its documents and each annotator's folder. */
	private static void removeStaleTemporaries(Path directory) {
		AtomicFiles.removeStaleTemporaries(directory, STALE_TEMPORARY);
		AtomicFiles.removeStaleTemporaries(directory.resolve(DOCUMENTS), STALE_TEMPORARY);
		try (DirectoryStream<Path> annotators = Files.newDirectoryStream(directory.resolve(ANNOTATIONS),
				Files::isDirectory)) {
			for (Path annotator : annotators) {
				AtomicFiles.removeStaleTemporaries(annotator, STALE_TEMPORARY);
			}
		} catch (IOException e) {
			// no annotations yet, or unreadable: reported when sets are read
		}
	}

	/** The corpus name. */
	public String name() {
		return header.name();
	}

	/** The corpus folder (absolute). */
	public Path directory() {
		return directory;
	}

	/** The tag set. */
	public Schema schema() {
		return schema;
	}

	/** Free settings from corpus.json, sorted by key. */
	public Map<String, String> settings() {
		return header.settings();
	}

	/** Ids of all documents, sorted. */
	public List<String> documentIds() throws CorpusException {
		return jsonFileIds(directory.resolve(DOCUMENTS));
	}

	/** Whether a document with this id exists. */
	public boolean hasDocument(String id) {
		return DocumentIds.isValid(id) && Files.exists(documentFile(id));
	}

	/**
	 * Reads a document.
	 *
	 * @throws CorpusException if it does not exist or its file is broken
	 */
	public Document loadDocument(String id) throws CorpusException {
		return cachedDocument(id).document();
	}

	/**
	 * A document's title without reading its text (for lists of thousands of documents); "" when it has none.
	 *
	 * @throws CorpusException if it does not exist or its file is broken
	 */
	public String documentTitle(String id) throws CorpusException {
		return header(id).title();
	}

	/**
	 * A document's variables without reading its text (for filtering thousands of documents).
	 *
	 * @throws CorpusException if it does not exist or its file is broken
	 */
	public java.util.SortedMap<String, String> documentVariables(String id) throws CorpusException {
		return header(id).variables();
	}

	/** Title and variables from the cached document when it is current, else from the file's head. */
	private DocumentCodec.Header header(String id) throws CorpusException {
		Path file = documentFile(id);
		CachedDocument cached;
		synchronized (cache) {
			cached = cache.get(id);
		}
		if (cached != null) { // only then is the file's stamp needed (a list of thousands of titles skips it)
			try {
				Optional<FileStamp> stamp = AtomicFiles.stamp(file);
				if (stamp.isPresent() && cached.stamp().equals(stamp.get())) {
					return new DocumentCodec.Header(cached.document().title(), cached.document().variables());
				}
			} catch (IOException e) {
				throw new CorpusException(file, "cannot be read: " + e.getMessage());
			}
		}
		try (InputStream in = Files.newInputStream(file)) {
			return DocumentCodec.readHeader(in, file);
		} catch (NoSuchFileException e) {
			throw new CorpusException(file, "document " + id + " does not exist");
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage());
		}
	}

	/**
	 * Many documents and sets written together and made durable at once ({@link CorpusWrites#commit}): for bulk
	 * imports, where one flush to disk per file would cost more than the writing.
	 */
	public CorpusWrites writes() {
		return new CorpusWrites(this);
	}

	/** Drops a document from the cache after it was written behind the cache's back. */
	void forget(String documentId) {
		synchronized (cache) {
			cache.remove(documentId);
		}
	}

	/**
	 * Adds a document, or replaces the one with the same id (atomically). Sets are re-anchored when loaded.
	 *
	 * @throws CorpusException if the document's sha256 is not the hash of its text, or it cannot be written
	 */
	public void addDocument(Document document) throws CorpusException {
		Path file = documentFile(document.id());
		if (!document.hashMatches()) {
			throw new CorpusException(file, "not written: the document's sha256 is not the hash of its text"
					+ " (make documents with Document.of or withText)");
		}
		try {
			AtomicFiles.write(file, DocumentCodec.write(document));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write the document: " + CorpusException.reason(file, e), e);
		}
		synchronized (cache) {
			cache.remove(document.id());
		}
	}

	/**
	 * Gives the corpus a new name (written atomically to {@code corpus.json}).
	 *
	 * @return the corpus with the new name; this object keeps the old one
	 */
	public Corpus renamed(String newName) throws CorpusException {
		if (newName == null || newName.isBlank()) {
			throw new CorpusException(directory.resolve(CORPUS_FILE), "a corpus needs a name");
		}
		Path file = directory.resolve(CORPUS_FILE);
		CorpusCodec.Header renamed = new CorpusCodec.Header(newName.strip(), header.settings());
		try {
			AtomicFiles.write(file, CorpusCodec.write(renamed));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot rename the corpus: " + CorpusException.reason(file, e), e);
		}
		return new Corpus(directory, renamed, schema);
	}

	/** Changes the title of a document (its text, and so every annotation, stays as it is). */
	public void retitleDocument(String id, String title) throws CorpusException {
		Document document = loadDocument(id);
		addDocument(document.withTitle(title.strip()));
	}

	/**
	 * Removes a document and every annotator's set of it. The sets go first, so a crash half-way leaves at worst a
	 * document without some of its sets, never sets without their document.
	 *
	 * @return the annotators whose sets were removed
	 * @throws CorpusException if the document does not exist or a file cannot be removed
	 */
	public List<String> removeDocument(String id) throws CorpusException {
		Path documentFile = documentFile(id);
		if (!Files.isRegularFile(documentFile)) {
			throw new CorpusException(documentFile, "there is no such document");
		}
		List<String> removed = new ArrayList<>();
		for (String annotator : annotators()) {
			Path set = setFile(annotator, id);
			try {
				if (Files.deleteIfExists(set)) {
					removed.add(annotator);
				}
			} catch (IOException e) {
				throw new CorpusException(set, "cannot remove the annotations of the document: " + CorpusException.reason(set, e), e);
			}
		}
		CorpusUnits.remove(this, id);
		DocumentCodes.remove(this, id);
		try {
			Files.delete(documentFile);
		} catch (IOException e) {
			throw new CorpusException(documentFile, "cannot remove the document: " + CorpusException.reason(documentFile, e), e);
		}
		synchronized (cache) {
			cache.remove(id);
		}
		return removed;
	}

	/** Names of all annotators that have a folder of sets, sorted. */
	public List<String> annotators() throws CorpusException {
		Path folder = directory.resolve(ANNOTATIONS);
		List<String> names = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return names;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (Files.isDirectory(entry) && DocumentIds.isValid(name)) {
					names.add(name);
				}
			}
		} catch (IOException e) {
			throw new CorpusException(folder, "cannot list annotators: " + CorpusException.reason(folder, e), e);
		}
		names.sort(null);
		return names;
	}

	/** Ids of the documents {@code annotator} has a set for, sorted. */
	public List<String> documentIdsAnnotatedBy(String annotator) throws CorpusException {
		DocumentIds.requireValid(annotator);
		return jsonFileIds(directory.resolve(ANNOTATIONS).resolve(annotator));
	}

	/**
	 * The set of {@code annotator} on the document, empty if there is none yet, re-anchored as {@link #readSet} does
	 * but not checked against the schema (the findings are not wanted here, and checking costs as much as a third of
	 * the reading).
	 */
	public AnnotationSet loadSet(String annotator, String documentId) throws CorpusException {
		return readSet(annotator, documentId, false).set();
	}

	/**
	 * The annotations of {@code annotator}'s set on the document as {@link #loadSet} gives them, but with only the
	 * offsets of their spans (quotes and context empty, times at the epoch): for counting and comparing spans over a
	 * whole corpus, where decoding every quote is a third of the reading. When the document text changed since the set was saved, its
	 * spans are re-anchored from their quotes, so the set is then read whole. Empty if there is no set.
	 */
	public List<Annotation> loadAnnotationOffsets(String annotator, String documentId) throws CorpusException {
		Path file = setFile(annotator, documentId);
		Optional<Read> read = readStable(file);
		if (read.isEmpty()) {
			return List.of();
		}
		AnnotationSet set = SetCodec.readOffsets(read.get().bytes(), file);
		requireInPlace(set, annotator, documentId, file);
		if (!set.documentSha256().isEmpty()
				&& set.documentSha256().equals(cachedDocument(documentId).actualSha256())) {
			return set.annotations();
		}
		return loadSet(annotator, documentId).annotations();
	}

	/**
	 * Reads a set and checks it against the schema and the document. If the document text changed since the set
	 * was saved, the spans are re-anchored (the set is then dirty). Problems of content are findings; only a file
	 * that cannot be read at all (malformed, truncated, newer format) throws.
	 *
	 * @throws CorpusException if the set file is unreadable
	 */
	public LoadedSet readSet(String annotator, String documentId) throws CorpusException {
		return readSet(annotator, documentId, true);
	}

	private LoadedSet readSet(String annotator, String documentId, boolean check) throws CorpusException {
		Path file = setFile(annotator, documentId);
		String name = relative(file);
		List<Finding> findings = new ArrayList<>();
		Optional<CachedDocument> document = Optional.empty();
		try {
			document = Optional.of(cachedDocument(documentId));
		} catch (CorpusException e) {
			findings.add(Finding.error(name, "", "cannot check against document " + documentId + ": "
					+ e.getMessage()));
		}
		String actualSha = document.map(CachedDocument::actualSha256).orElse("");
		Optional<Read> read = readStable(file);
		if (read.isEmpty()) {
			return new LoadedSet(new AnnotationSet(annotator, documentId, actualSha), findings, Optional.empty());
		}
		AnnotationSet set = SetCodec.read(read.get().bytes(), file);
		requireInPlace(set, annotator, documentId, file);
		set.markSaved(read.get().stamp(), set.revision());
		Optional<AnchorReport> report = Optional.empty();
		if (document.isPresent()) {
			String text = document.get().document().text();
			if (set.documentSha256().isEmpty()) {
				set = addContext(set, text, actualSha, read.get().stamp());
			} else if (!set.documentSha256().equals(actualSha)) {
				AnchorReport anchored = new Anchorer(text).reanchor(set.annotations());
				AnnotationSet moved = AnnotationSet.of(annotator, documentId, set.documentSha256(),
						anchored.annotations(), set.relations());
				moved.markSaved(read.get().stamp(), moved.revision());
				moved.setDocumentSha256(actualSha);
				set = moved;
				report = Optional.of(anchored);
				findings.add(Finding.warning(name, "", "document text changed; re-anchored the annotations: "
						+ anchored.withPlacement(Placement.UNCHANGED).size() + " unchanged, "
						+ anchored.withPlacement(Placement.EXACT).size() + " moved, "
						+ anchored.withPlacement(Placement.FUZZY).size() + " matched approximately, "
						+ anchored.orphans().size() + " orphans (kept, marked orphaned)"));
			}
		}
		if (check) {
			findings.addAll(validator.validate(set, document.map(CachedDocument::document), name));
		}
		return new LoadedSet(set, findings, report);
	}

	private static void requireInPlace(AnnotationSet set, String annotator, String documentId, Path file)
			throws CorpusException {
		if (!set.annotator().equals(annotator) || !set.documentId().equals(documentId)) {
			throw new CorpusException(file, "belongs to annotator " + set.annotator() + " and document "
					+ set.documentId() + ", but lies in the place of " + annotator + " / " + documentId);
		}
	}

	/** Sets migrated from version 1 have no context and no text hash: add them where the quote matches. */
	private static AnnotationSet addContext(AnnotationSet set, String text, String sha, FileStamp stamp) {
		List<Annotation> annotations = new ArrayList<>();
		for (Annotation annotation : set.annotations()) {
			boolean all = annotation.spans().stream().allMatch(s -> s.matches(text));
			annotations.add(all ? annotation.withAnchoredSpans(
					annotation.spans().stream().map(s -> Span.of(text, s.start(), s.end())).toList()) : annotation);
		}
		AnnotationSet migrated = AnnotationSet.of(set.annotator(), set.documentId(), "", annotations, set.relations());
		migrated.markSaved(stamp, migrated.revision());
		migrated.setDocumentSha256(sha);
		return migrated;
	}

	/**
	 * Saves a set atomically.
	 *
	 * @throws StaleSetException  if the file was changed on disk since the set was read or last saved
	 * @throws SetLockedException if another process is saving the same set right now (after waiting 2 s)
	 * @throws CorpusException    if the file cannot be written (the old file is then intact)
	 */
	@SuppressWarnings("try")
	public void saveSet(AnnotationSet set) throws CorpusException {
		Path file = setFile(set.annotator(), set.documentId());
		try {
			Files.createDirectories(file.getParent());
			try (SetLock lock = SetLock.await(file)) {
				Optional<FileStamp> onDisk = AtomicFiles.stamp(file);
				Optional<FileStamp> expected = set.origin();
				if (!onDisk.equals(expected)) {
					throw new StaleSetException(file);
				}
				AnnotationSet.Snapshot snapshot = set.snapshot();
				FileStamp stamp = AtomicFiles.write(file, out -> SetCodec.write(set, snapshot, out), true);
				set.markSaved(stamp, snapshot.revision());
			}
		} catch (CorpusException e) {
			throw e;
		} catch (IOException e) {
			throw new CorpusException(file, "cannot save the annotations: " + CorpusException.reason(file, e), e);
		}
	}

	/** Everything wrong in the corpus: schema, documents and all sets. Never throws on bad content. */
	public List<Finding> validate() throws CorpusException {
		List<Finding> findings = new ArrayList<>();
		if (!Files.exists(directory.resolve(SCHEMA_FILE))) {
			findings.add(Finding.warning(SCHEMA_FILE, "", "is missing; the default schema is used"));
		}
		for (Finding f : schema.check()) {
			findings.add(f.inFile(SCHEMA_FILE));
		}
		strayFiles(directory.resolve(DOCUMENTS), findings);
		List<String> documents = documentIds();
		// the documents and then the sets are read on every core; findings keep the order of the files
		OnEveryCore.run(documents, this::documentFindings, findings::addAll);
		CorpusUnits.check(this, documents, findings);
		DocumentCodes.check(this, documents, findings);
		Set<String> known = new HashSet<>(documents);
		for (String annotator : annotators()) {
			strayFiles(directory.resolve(ANNOTATIONS).resolve(annotator), findings);
			OnEveryCore.run(documentIdsAnnotatedBy(annotator), id -> setFindings(annotator, id, known),
					findings::addAll);
		}
		return findings;
	}

	private List<Finding> documentFindings(String id) {
		Path file = documentFile(id);
		try {
			CachedDocument document = cachedDocument(id);
			if (!document.document().sha256().equals(document.actualSha256())) {
				return List.of(Finding.warning(relative(file), "", "stored sha256 does not match the text"
						+ " (the text was edited by hand?)"));
			}
			return List.of();
		} catch (CorpusException e) {
			return List.of(Finding.error(relative(file), "", problem(e)));
		}
	}

	private List<Finding> setFindings(String annotator, String id, Set<String> documents) {
		Path file = setFile(annotator, id);
		List<Finding> findings = new ArrayList<>();
		try {
			if (!documents.contains(id)) {
				findings.add(Finding.error(relative(file), "", "document " + id + " does not exist"));
			}
			findings.addAll(readSet(annotator, id).findings());
		} catch (CorpusException e) {
			findings.add(Finding.error(relative(file), "", problem(e)));
		}
		return findings;
	}

	/** Figures: documents, annotators, annotations per type. */
	public CorpusInfo info() throws CorpusException {
		TreeMap<String, Long> perType = new TreeMap<>();
		long[] counts = new long[3]; // sets, annotations, relations
		List<String> annotators = annotators();
		for (String annotator : annotators) {
			// every core reads; only the counts are needed, so the spans' quotes and the times are not decoded
			OnEveryCore.run(documentIdsAnnotatedBy(annotator), id -> {
				Path file = setFile(annotator, id);
				return SetCodec.readOffsets(read(file), file);
			}, set -> {
				counts[0]++;
				for (Annotation a : set.annotations()) {
					perType.merge(a.type(), 1L, Long::sum);
				}
				counts[1] += set.size();
				counts[2] += set.relations().size();
			});
		}
		return new CorpusInfo(name(), documentIds().size(), annotators, (int) counts[0], counts[1], counts[2],
				perType);
	}

	/** The file of a document. */
	public Path documentFile(String id) {
		return directory.resolve(DOCUMENTS).resolve(DocumentIds.requireValid(id) + JSON);
	}

	/** The file of a set. */
	public Path setFile(String annotator, String documentId) {
		return directory.resolve(ANNOTATIONS).resolve(DocumentIds.requireValid(annotator))
				.resolve(DocumentIds.requireValid(documentId) + JSON);
	}

	/** {@code file} relative to the corpus folder, with {@code /}. */
	public String relative(Path file) {
		return directory.relativize(file).toString().replace('\\', '/');
	}

	private CachedDocument cachedDocument(String id) throws CorpusException {
		Path file = documentFile(id);
		try {
			Optional<FileStamp> stamp = AtomicFiles.stamp(file);
			if (stamp.isEmpty()) {
				throw new CorpusException(file, "document " + id + " does not exist");
			}
			synchronized (cache) {
				CachedDocument cached = cache.get(id);
				if (cached != null && cached.stamp().equals(stamp.get())) {
					return cached;
				}
			}
			Document document = DocumentCodec.read(read(file), file);
			if (!document.id().equals(id)) {
				throw new CorpusException(file, "holds document " + document.id() + " but is named " + id + JSON);
			}
			CachedDocument cached = new CachedDocument(stamp.get(), document, Document.sha256Of(document.text()));
			synchronized (cache) {
				cache.put(id, cached);
				if (cache.size() > CACHED_DOCUMENTS) {
					cache.remove(cache.keySet().iterator().next());
				}
			}
			return cached;
		} catch (CorpusException e) {
			throw e;
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
	}

	private record Read(byte[] bytes, FileStamp stamp) {
	}

	/** Reads a file and its stamp, retrying if it changes while being read; empty if it does not exist. */
	private static Optional<Read> readStable(Path file) throws CorpusException {
		try {
			for (int attempt = 0;; attempt++) {
				Optional<FileStamp> before = AtomicFiles.stamp(file);
				if (before.isEmpty()) {
					return Optional.empty();
				}
				byte[] bytes;
				try {
					bytes = Files.readAllBytes(file);
				} catch (NoSuchFileException e) {
					continue;
				}
				Optional<FileStamp> after = AtomicFiles.stamp(file);
				if (before.equals(after) || attempt >= 5) {
					return Optional.of(new Read(bytes, before.get()));
				}
			}
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
	}

	private static byte[] read(Path file) throws CorpusException {
		try {
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new CorpusException(file, "does not exist", e);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
	}

	private static List<String> jsonFileIds(Path folder) throws CorpusException {
		List<String> ids = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return ids;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + JSON)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				String id = name.substring(0, name.length() - JSON.length());
				if (DocumentIds.isValid(id) && Files.isRegularFile(entry)) {
					ids.add(id);
				}
			}
		} catch (IOException e) {
			throw new CorpusException(folder, "cannot list: " + CorpusException.reason(folder, e), e);
		}
		ids.sort(null);
		return ids;
	}

	private void strayFiles(Path folder, List<Finding> findings) throws CorpusException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (AtomicFiles.isTemporary(name)) {
					findings.add(Finding.warning(relative(entry), "",
							"left-over temporary file of an interrupted save; the real file is intact, this one can be deleted"));
				} else if (name.endsWith(SetLock.LOCK_SUFFIX)) {
					continue;
				} else if (!name.endsWith(JSON) || !DocumentIds.isValid(name.substring(0, name.length() - JSON.length()))) {
					findings.add(Finding.warning(relative(entry), "", "not a corpus file (ignored)"));
				}
			}
		} catch (IOException e) {
			throw new CorpusException(folder, "cannot list: " + CorpusException.reason(folder, e), e);
		}
	}

	private static String problem(CorpusException e) {
		String message = e.getMessage();
		String prefix = e.file() + ": ";
		return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	@Override
	public String toString() {
		return "Corpus[" + name() + " at " + directory + "]";
	}
}
