package org.policyannotator.export.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportException;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.speakers.QuoteSpeakers;

/** A corpus as a {@link DatasetSource}: checks the options up front, then loads one document at a time. */
public final class CorpusSource implements DatasetSource {
	private final Corpus corpus;
	private final ExportOptions options;
	private final List<String> documentIds;
	/** Annotator name to the ids of the documents it has sets for. */
	private final Map<String, Set<String>> setsByAnnotator;
	private final List<String> warnings = new ArrayList<>();

	private CorpusSource(Corpus corpus, ExportOptions options, List<String> documentIds,
			Map<String, Set<String>> setsByAnnotator) {
		this.corpus = corpus;
		this.options = options;
		this.documentIds = documentIds;
		this.setsByAnnotator = setsByAnnotator;
	}

	/** Checks that every document, type and annotator named in {@code options} exists. */
	public static CorpusSource open(Corpus corpus, ExportOptions options) throws IOException {
		List<String> all = corpus.documentIds();
		List<String> ids;
		if (options.documents().isEmpty()) {
			ids = all;
		} else {
			Set<String> known = new HashSet<>(all);
			List<String> unknown = options.documents().stream().filter(id -> !known.contains(id)).toList();
			if (!unknown.isEmpty()) {
				throw new ExportException(corpus.directory() + ": no document " + String.join(", ", unknown)
						+ " in the corpus");
			}
			ids = options.documents().stream().distinct().toList();
		}
		Schema schema = corpus.schema();
		List<String> unknownTypes = options.types().stream().filter(t -> schema.tagType(t).isEmpty()).sorted().toList();
		if (!unknownTypes.isEmpty()) {
			throw new ExportException(corpus.directory().resolve(Corpus.SCHEMA_FILE) + ": no tag type "
					+ String.join(", ", unknownTypes) + " in the schema");
		}
		List<String> annotators = corpus.annotators();
		List<String> unknownAnnotators = options.annotators().stream().filter(a -> !annotators.contains(a)).sorted()
				.toList();
		if (!unknownAnnotators.isEmpty()) {
			throw new ExportException(corpus.directory().resolve(Corpus.ANNOTATIONS) + ": no annotator "
					+ String.join(", ", unknownAnnotators) + " in the corpus");
		}
		Map<String, Set<String>> sets = new TreeMap<>();
		for (String annotator : annotators) {
			if (options.keepsAnnotator(annotator)) {
				sets.put(annotator, new HashSet<>(corpus.documentIdsAnnotatedBy(annotator)));
			}
		}
		return new CorpusSource(corpus, options, List.copyOf(ids), sets);
	}

	@Override
	public String name() {
		return corpus.name();
	}

	@Override
	public Schema schema() {
		return corpus.schema();
	}

	@Override
	public ExportOptions options() {
		return options;
	}

	@Override
	public List<String> documentIds() {
		return documentIds;
	}

	/**
	 * The document and its sets. While the caller writes one document, the next few are read in the background
	 * (documents are asked for in {@link #documentIds()} order), so that reading and writing share the cores.
	 */
	@Override
	public DocumentEntry load(String documentId) throws IOException {
		Future<Read> ahead = pending.remove(documentId);
		Read read = ahead == null ? read(documentId) : take(ahead);
		Integer position = positions().get(documentId);
		if (position != null) {
			for (int i = position + 1; i < documentIds.size() && i <= position + READ_AHEAD; i++) {
				String next = documentIds.get(i);
				pending.computeIfAbsent(next, id -> CompletableFuture.supplyAsync(() -> {
					try {
						return read(id);
					} catch (IOException e) {
						throw new CompletionException(e);
					}
				}));
			}
			pending.keySet().removeIf(id -> {
				Integer at = positions().get(id);
				return at == null || at <= position;
			});
		}
		List<AnnotatorEntry> entries = new ArrayList<>();
		for (AnnotationSet set : read.sets()) {
			entries.add(filter(set, read.document()));
		}
		return new DocumentEntry(read.document(), entries, documentCodes(documentId));
	}

	private java.util.SortedMap<String, java.util.SortedMap<String, List<String>>> documentCodes;

	/** The document-level codes of the kept annotators on a document, only of the kept types. */
	private Map<String, List<String>> documentCodes(String documentId) throws IOException {
		if (documentCodes == null) {
			documentCodes = org.policyannotator.model.corpus.DocumentCodes.all(corpus);
		}
		Map<String, List<String>> codes = new TreeMap<>();
		documentCodes.forEach((annotator, byDocument) -> {
			List<String> kept = byDocument.getOrDefault(documentId, List.of()).stream()
					.filter(code -> options.types().isEmpty() || options.types().contains(code)).toList();
			if (options.keepsAnnotator(annotator) && !kept.isEmpty()) {
				codes.put(annotator, kept);
			}
		});
		return codes;
	}

	/** How many documents are read ahead of the one being written. */
	private static final int READ_AHEAD = 4;
	private final Map<String, Future<Read>> pending = new java.util.HashMap<>();
	private Map<String, Integer> positions;

	/** A document and the sets of the exported annotators, as read from disk. */
	private record Read(Document document, List<AnnotationSet> sets) {
	}

	private Read read(String documentId) throws IOException {
		Document document = corpus.loadDocument(documentId);
		List<AnnotationSet> sets = new ArrayList<>();
		for (Map.Entry<String, Set<String>> e : setsByAnnotator.entrySet()) {
			if (e.getValue().contains(documentId)) {
				sets.add(corpus.loadSet(e.getKey(), documentId));
			}
		}
		return new Read(document, sets);
	}

	private Map<String, Integer> positions() {
		if (positions == null) {
			positions = new java.util.HashMap<>();
			for (int i = 0; i < documentIds.size(); i++) {
				positions.putIfAbsent(documentIds.get(i), i);
			}
		}
		return positions;
	}

	private static Read take(Future<Read> future) throws IOException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("interrupted while reading the corpus");
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause()
					: e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException r) {
				throw r;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IOException(cause);
		}
	}

	/** The speakers of a corpus are grouped from the sets as they are written: each set is read once. */
	@Override
	public boolean speakersGatheredWhileWriting() {
		return options.keepsType(QuoteSpeakers.SPEAKER_TYPE);
	}

	@Override
	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	private AnnotatorEntry filter(AnnotationSet set, Document document) {
		String text = document.text();
		AnnotationSet.Snapshot snapshot = set.snapshot();
		List<Annotation> kept = new ArrayList<>(snapshot.annotations().size());
		Set<String> keptIds = new HashSet<>();
		String file = corpus.relative(corpus.setFile(set.annotator(), set.documentId()));
		for (Annotation annotation : snapshot.annotations()) {
			if (!options.keepsType(annotation.type())
					|| (options.acceptedOnly() && annotation.status() != AnnotationStatus.ACCEPTED)) {
				continue;
			}
			if (corpus.schema().tagType(annotation.type()).isEmpty()) {
				warnings.add(file + ": " + annotation.id() + ": left out: its tag type \"" + annotation.type()
						+ "\" is not in the corpus schema (add the type to the schema, or retype the annotation)");
				continue;
			}
			if (annotation.orphaned() || !annotation.spans().stream().allMatch(s -> matches(s, text))) {
				warnings.add(file + ": " + annotation.id() + ": left out: "
						+ (annotation.orphaned() ? "orphaned (could not be placed in the current text)"
								: "its quote does not match the document text"));
				continue;
			}
			kept.add(annotation);
			keptIds.add(annotation.id());
		}
		List<Relation> relations = new ArrayList<>();
		for (Relation relation : snapshot.relations()) {
			if (!keptIds.contains(relation.from()) || !keptIds.contains(relation.to())) {
				continue;
			}
			if (corpus.schema().relationType(relation.type()).isEmpty()) {
				warnings.add(file + ": " + relation.id() + ": left out: its relation type \"" + relation.type()
						+ "\" is not in the corpus schema");
				continue;
			}
			relations.add(relation);
		}
		return new AnnotatorEntry(set.annotator(), kept, relations);
	}

	private static boolean matches(Span span, String text) {
		return span.matches(text) && !TextOffsets.splitsPair(text, span.start())
				&& !TextOffsets.splitsPair(text, span.end());
	}
}
