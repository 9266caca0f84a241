package org.policyannotator.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.speakers.SpeakerPersons;
import org.policyannotator.search.internal.AnnotationIndex;
import org.policyannotator.search.internal.DeadlineText;
import org.policyannotator.search.internal.DocumentMatcher;
import org.policyannotator.search.internal.IndexMemory;
import org.policyannotator.search.internal.IndexView;
import org.policyannotator.search.internal.IndexedAnnotation;
import org.policyannotator.search.internal.IndexedDocument;
import org.policyannotator.search.internal.IndexedSet;
import org.policyannotator.search.internal.SetReader;

/**
 * Searches a corpus by scanning its documents on all processor cores; annotation criteria are answered from the
 * corpus's annotation index ({@link AnnotationIndex}), brought up to date first (a document the index cannot hold,
 * e.g. a broken file, is read directly, which reports the problem).
 * Hits are delivered document by document, in the scope's order, as soon as they are found, so a caller can show
 * the first page while the rest is still being read.
 */
public final class CorpusSearch {
	/** The folder beside the corpus files where the annotation index is kept (a cache; deleting it is harmless). */
	public static final String INDEX_FOLDER = AnnotationIndex.FOLDER;

	private final Corpus corpus;
	private final SetReader sets;

	/**
	 * Frees the annotation index kept in memory since the last annotation query (it is kept while memory allows);
	 * the next annotation query reads the index file again.
	 */
	public static void forgetIndexes() {
		IndexMemory.forget();
	}

	public CorpusSearch(Corpus corpus) {
		this.corpus = corpus;
		this.sets = new SetReader(corpus);
	}

	/**
	 * Runs a search.
	 *
	 * @param consumer  receives each document's hits (only documents with hits), on the calling thread
	 * @param cancelled polled while searching; when it turns true the search stops soon after
	 * @throws QueryException  if the query cannot run (invalid regular expression)
	 * @throws CorpusException if the documents cannot be listed
	 */
	public SearchOutcome run(SearchQuery query, SearchScope scope, SearchOptions options, Consumer<DocumentHits> consumer,
			BooleanSupplier cancelled) throws QueryException, CorpusException {
		Optional<Pattern> pattern = query.text().isPresent() ? Optional.of(query.text().get().compile())
				: Optional.empty();
		List<String> ids = scope.documentIds().isPresent() ? scope.documentIds().get() : corpus.documentIds();
		List<String> annotators = annotators(query.annotations());
		// the index is brought up to date before the clock starts: the time limit stops runaway expressions, and a
		// first query that builds the index of a large corpus must not be cut short by it
		IndexView index = annotators.isEmpty() ? IndexView.NONE : new AnnotationIndex(corpus).refresh(cancelled);
		SpeakerPersons persons = persons(query.annotations(), index, annotators);
		long deadline = System.nanoTime() + options.timeLimit().toNanos();
		AtomicBoolean stop = new AtomicBoolean();
		BooleanSupplier stopped = () -> stop.get() || cancelled.getAsBoolean();
		DocumentMatcher matcher = new DocumentMatcher(pattern, options.contextChars());
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "corpus search");
			thread.setDaemon(true);
			return thread;
		});
		List<Future<Result>> futures = new ArrayList<>(ids.size());
		try {
			for (String id : ids) {
				futures.add(pool.submit(() -> searchOne(id, query, annotators, index, persons, matcher,
						deadline, stopped)));
			}
			return collect(futures, options, consumer, cancelled, deadline, stop);
		} finally {
			stop.set(true);
			pool.shutdownNow();
		}
	}

	private SearchOutcome collect(List<Future<Result>> futures, SearchOptions options, Consumer<DocumentHits> consumer,
			BooleanSupplier cancelled, long deadline, AtomicBoolean stop) {
		List<String> problems = new ArrayList<>();
		int documents = 0;
		int hits = 0;
		SearchOutcome.Stop reason = SearchOutcome.Stop.COMPLETE;
		for (Future<Result> future : futures) {
			Result result;
			try {
				result = future.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				reason = SearchOutcome.Stop.CANCELLED;
				break;
			} catch (ExecutionException | CancellationException e) {
				problems.add(String.valueOf(e.getCause() == null ? e : e.getCause().getMessage()));
				continue;
			}
			if (result.stopped()) {
				reason = cancelled.getAsBoolean() ? SearchOutcome.Stop.CANCELLED : SearchOutcome.Stop.TIME_LIMIT;
				break;
			}
			documents++;
			problems.addAll(result.problems());
			List<Hit> found = result.hits();
			if (options.maxHits() > 0 && hits + found.size() >= options.maxHits()) {
				found = found.subList(0, options.maxHits() - hits);
				reason = SearchOutcome.Stop.HIT_LIMIT;
			}
			hits += found.size();
			if (!found.isEmpty()) {
				consumer.accept(new DocumentHits(result.documentId(), found.get(0).title(), found));
			}
			if (reason != SearchOutcome.Stop.COMPLETE) {
				break;
			}
			if (cancelled.getAsBoolean()) {
				reason = SearchOutcome.Stop.CANCELLED;
				break;
			}
			if (System.nanoTime() - deadline > 0 && documents < futures.size()) {
				reason = SearchOutcome.Stop.TIME_LIMIT;
				break;
			}
		}
		stop.set(true);
		return new SearchOutcome(documents, hits, reason, problems);
	}

	private record Result(String documentId, List<Hit> hits, List<String> problems, boolean stopped) {
	}

	/** The speaker registry of the annotators' sets, when a speaker criterion needs it. */
	private static SpeakerPersons persons(AnnotationCriteria criteria, IndexView index, List<String> annotators) {
		List<String> names = new ArrayList<>();
		if (criteria.speaker().isPresent()) {
			names.add(criteria.speaker().get());
			for (IndexedSet set : index.sets().values()) {
				if (annotators.contains(set.annotator())) {
					set.annotations().stream().map(IndexedAnnotation::speaker).forEach(names::add);
				}
			}
		}
		return new SpeakerPersons(names);
	}

	private Result searchOne(String id, SearchQuery query, List<String> annotators, IndexView index,
			SpeakerPersons persons, DocumentMatcher matcher, long deadline, BooleanSupplier stopped) {
		if (stopped.getAsBoolean() || System.nanoTime() - deadline > 0) {
			return new Result(id, List.of(), List.of(), true);
		}
		Optional<IndexedDocument> indexed = index.complete(id, annotators);
		if (indexed.isPresent()) {
			try {
				return fromIndex(indexed.get(), query.annotations(), annotators, index, persons, matcher, deadline,
						stopped);
			} catch (DeadlineText.Stopped e) {
				return new Result(id, List.of(), List.of(), true);
			}
		}
		List<String> problems = new ArrayList<>();
		try {
			Document document = corpus.loadDocument(id);
			DeadlineText text = new DeadlineText(document.text(), deadline, stopped);
			if (query.annotations().isEmpty()) {
				return new Result(id, matcher.textHits(document, text), problems, false);
			}
			List<IndexedAnnotation> annotations = new ArrayList<>();
			for (String annotator : annotators) {
				try {
					sets.indexed(annotator, document.id(), document.sha256()).stream()
							.filter(a -> a.matches(query.annotations(), persons)).forEach(annotations::add);
				} catch (CorpusException e) {
					problems.add(e.getMessage());
				}
			}
			return new Result(id, matcher.annotationHits(document, text, annotations), problems, false);
		} catch (CorpusException e) {
			return new Result(id, List.of(), List.of(e.getMessage()), false);
		} catch (DeadlineText.Stopped e) {
			return new Result(id, List.of(), problems, true);
		}
	}

	/** A document's hits from the index (which holds its text and every one of the annotators' sets). */
	private static Result fromIndex(IndexedDocument document, AnnotationCriteria criteria, List<String> annotators,
			IndexView index, SpeakerPersons persons, DocumentMatcher matcher, long deadline, BooleanSupplier stopped) {
		List<IndexedAnnotation> annotations = new ArrayList<>();
		for (String annotator : annotators) {
			for (IndexedAnnotation annotation : index.annotations(annotator, document.id())) {
				if (annotation.matches(criteria, persons)) {
					annotations.add(annotation);
				}
			}
		}
		DeadlineText text = new DeadlineText(document.text(), deadline, stopped);
		return new Result(document.id(), matcher.annotationHits(document.id(), document.title(), text, annotations),
				List.of(), false);
	}

	private List<String> annotators(AnnotationCriteria criteria) throws CorpusException {
		if (criteria.isEmpty()) {
			return List.of();
		}
		return criteria.annotator().isPresent() ? List.of(criteria.annotator().get()) : corpus.annotators();
	}
}
