package org.policyannotator.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentDetails;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusWrites;

/**
 * Imports files and folders into a corpus: each file is extracted, checked against the texts already in the corpus
 * (and earlier in the batch) by hash, and added as a document in one atomic write. A file that fails is reported
 * with its reason and never stops the others or leaves a half-written document.
 */
public final class CorpusImporter {

	/** What happened to one file. */
	public sealed interface Outcome {
		Path file();

		/**
		 * Added to the corpus as document {@code documentId}; {@code warnings} are things about this file the user may
		 * want to check (a charset that did not match its declaration, a page that looks truncated, PDF pages without
		 * text).
		 */
		record Added(Path file, String documentId, String title, String extractionRule, List<String> warnings)
				implements Outcome {
			public Added {
				warnings = List.copyOf(warnings);
			}

			/** Added without warnings. */
			public Added(Path file, String documentId, String title, String extractionRule) {
				this(file, documentId, title, extractionRule, List.of());
			}
		}

		/** Not added: its text is already in the corpus (or earlier in this batch) as {@code existing}. */
		record Duplicate(Path file, String existing) implements Outcome {
		}

		/** Not added, for {@code reason}. */
		record Failed(Path file, String reason) implements Outcome {
		}
	}

	/** The outcomes of a batch, in the order the files were read. */
	public record Summary(List<Outcome> outcomes, boolean cancelled) {
		public Summary {
			outcomes = List.copyOf(outcomes);
		}

		public List<Outcome.Added> added() {
			return outcomes.stream().filter(Outcome.Added.class::isInstance).map(Outcome.Added.class::cast).toList();
		}

		public List<Outcome.Duplicate> duplicates() {
			return outcomes.stream().filter(Outcome.Duplicate.class::isInstance).map(Outcome.Duplicate.class::cast)
					.toList();
		}

		public List<Outcome.Failed> failed() {
			return outcomes.stream().filter(Outcome.Failed.class::isInstance).map(Outcome.Failed.class::cast).toList();
		}
	}

	private final Corpus corpus;
	private final BatchImporter batch;
	private final boolean keepDuplicates;

	/**
	 * @param keepDuplicates whether a text already in the corpus is imported again as another document
	 */
	public CorpusImporter(Corpus corpus, ImportOptions options, boolean keepDuplicates) {
		this(corpus, options, BatchImporter.supportedFiles(), keepDuplicates);
	}

	/**
	 * @param filter         which files in the folders are read (files named directly are always read)
	 * @param keepDuplicates whether a text already in the corpus is imported again as another document
	 */
	public CorpusImporter(Corpus corpus, ImportOptions options, Predicate<Path> filter, boolean keepDuplicates) {
		this.corpus = corpus;
		this.batch = new BatchImporter(new ArticleImporter(options), filter);
		this.keepDuplicates = keepDuplicates;
	}

	/** The files a batch over {@code roots} would read, for a progress bar. */
	public List<Path> files(Collection<Path> roots) throws IOException {
		return batch.files(roots);
	}

	/**
	 * Imports every supported file under {@code roots}.
	 *
	 * @param progress  told about each file as soon as it is done
	 * @param cancelled asked before each file; when it answers true the batch stops (files done so far stay)
	 */
	public Summary importAll(Collection<Path> roots, Consumer<Outcome> progress, BooleanSupplier cancelled)
			throws IOException {
		Map<String, String> idsByHash = existingHashes();
		Set<String> ids = new HashSet<>(corpus.documentIds());
		List<Outcome> outcomes = new ArrayList<>();
		try (Pending pending = new Pending(corpus.writes(), outcomes, progress)) {
			for (Path file : batch.files(roots)) {
				if (cancelled.getAsBoolean()) {
					pending.commit();
					return new Summary(outcomes, true);
				}
				Outcome outcome = importOne(file, idsByHash, ids, pending);
				if (outcome instanceof Outcome.Added added) {
					pending.added(added);
				} else {
					outcomes.add(outcome);
					progress.accept(outcome);
				}
			}
			pending.commit();
		}
		return new Summary(outcomes, false);
	}

	/**
	 * Documents written but not yet committed: committed together (one flush to disk for hundreds of files) every
	 * 500 documents or every half second, and reported as added only once they are on disk.
	 */
	private static final class Pending implements AutoCloseable {
		private static final int MAX_DOCUMENTS = 500;
		private static final long MAX_NANOS = 500_000_000L;
		private final CorpusWrites writes;
		private final List<Outcome> outcomes;
		private final Consumer<Outcome> progress;
		private final List<Outcome.Added> added = new ArrayList<>();
		private long since = System.nanoTime();

		Pending(CorpusWrites writes, List<Outcome> outcomes, Consumer<Outcome> progress) {
			this.writes = writes;
			this.outcomes = outcomes;
			this.progress = progress;
		}

		void write(Document document) throws IOException {
			writes.addDocument(document);
		}

		void added(Outcome.Added outcome) {
			added.add(outcome);
			if (added.size() >= MAX_DOCUMENTS || System.nanoTime() - since >= MAX_NANOS) {
				commit();
			}
		}

		void commit() {
			List<Outcome> done = new ArrayList<>();
			try {
				writes.commit();
				done.addAll(added);
			} catch (IOException e) {
				for (Outcome.Added a : added) {
					done.add(new Outcome.Failed(a.file(), "could not be added to the corpus: " + e.getMessage()));
				}
			}
			added.clear();
			since = System.nanoTime();
			for (Outcome outcome : done) {
				outcomes.add(outcome);
				progress.accept(outcome);
			}
		}

		@Override
		public void close() {
			writes.close();
		}
	}

	private Outcome importOne(Path file, Map<String, String> idsByHash, Set<String> ids, Pending pending) {
		BatchOutcome extracted = batch.importOne(file);
		if (extracted instanceof BatchOutcome.Failed failed) {
			return new Outcome.Failed(file, reason(failed.error()));
		}
		ImportResult result = ((BatchOutcome.Imported) extracted).result();
		String existing = idsByHash.get(result.sha256());
		if (existing != null && !keepDuplicates) {
			return new Outcome.Duplicate(file, existing);
		}
		try {
			Document document = toDocument(file, result, ids);
			pending.write(document);
			ids.add(document.id());
			idsByHash.putIfAbsent(result.sha256(), document.id());
			return new Outcome.Added(file, document.id(), document.title(), result.provenance().extractionRule(),
					result.provenance().warnings());
		} catch (IOException | RuntimeException e) {
			return new Outcome.Failed(file, "could not be added to the corpus: " + e.getMessage());
		}
	}

	private static String reason(ImportException error) {
		String prefix = error.source() + ": ";
		String message = error.getMessage();
		return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	private Map<String, String> existingHashes() throws IOException {
		Map<String, String> byHash = new HashMap<>();
		for (String id : corpus.documentIds()) {
			byHash.putIfAbsent(corpus.loadDocument(id).sha256(), id);
		}
		return byHash;
	}

	/**
	 * The corpus document for an extracted file, with a fresh id (see {@link DocumentIdChoice}), its byline, site name
	 * and page starts.
	 */
	static Document toDocument(Path file, ImportResult result, Set<String> takenIds) {
		ArticleMetadata metadata = result.metadata();
		String fileName = file.getFileName().toString();
		String id = DocumentIdChoice.choose(fileName, metadata.title(), metadata.published(), metadata.language(),
				takenIds);
		Provenance provenance = result.provenance();
		String how = "policyannotator-importer " + provenance.format().name().toLowerCase() + ", rule "
				+ provenance.extractionRule() + ", charset " + provenance.charset() + " (" + provenance.charsetSource() + ")";
		DocumentDetails details = new DocumentDetails(metadata.byline().orElse(""), metadata.siteName().orElse(""),
				result.pageStarts());
		return Document.of(id, metadata.title().orElse(fileName), metadata.canonicalUrl().orElse(""),
				metadata.published().flatMap(CorpusImporter::date), metadata.language().orElse(""), result.text(),
				new org.policyannotator.model.Provenance(how, file.toAbsolutePath().toString(), Instant.now()), details);
	}

	private static Optional<LocalDate> date(String iso) {
		try {
			return Optional.of(LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
