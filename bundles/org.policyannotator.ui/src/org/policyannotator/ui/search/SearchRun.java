package org.policyannotator.ui.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusVariables;
import org.policyannotator.model.corpus.DocumentFilter;
import org.policyannotator.search.CorpusSearch;
import org.policyannotator.search.DocumentHits;
import org.policyannotator.search.QueryException;
import org.policyannotator.search.SearchOptions;
import org.policyannotator.search.SearchOutcome;
import org.policyannotator.search.SearchQuery;
import org.policyannotator.search.SearchScope;

/**
 * One search of the Search view, in a background job: hits are queued as documents are read and moved into the
 * table every 100 ms on the UI thread, so the view stays responsive and fills while the search runs.
 */
final class SearchRun {
	static final int MAX_HITS = 20_000;
	static final Duration TIME_LIMIT = Duration.ofSeconds(20);
	private static final int FLUSH_MS = 100;

	private final Corpus corpus;
	private final SearchQuery query;
	private final SearchScope scope;
	private final DocumentFilter where;
	private final ResultsTable table;
	private final Consumer<String> finished;
	private final ConcurrentLinkedQueue<DocumentHits> queue = new ConcurrentLinkedQueue<>();
	private volatile boolean cancelled;
	private volatile boolean superseded;
	private volatile String outcome;
	private Job job;

	SearchRun(Corpus corpus, SearchQuery query, SearchScope scope, DocumentFilter where, ResultsTable table,
			Consumer<String> finished) {
		this.corpus = corpus;
		this.query = query;
		this.scope = scope;
		this.where = where;
		this.table = table;
		this.finished = finished;
	}

	void start(Display display) {
		job = Job.create("Searching " + corpus.name(), this::search);
		job.setUser(false);
		job.schedule();
		display.timerExec(FLUSH_MS, new Runnable() {
			@Override
			public void run() {
				if (superseded || table.viewer().getTable().isDisposed()) {
					return;
				}
				flush();
				if (outcome == null) {
					display.timerExec(FLUSH_MS, this);
				} else {
					finished.accept(outcome);
				}
			}
		});
	}

	private IStatus search(IProgressMonitor monitor) {
		int[] documentsWithHits = { 0 };
		try {
			Optional<SearchScope> narrowed = narrowed();
			if (narrowed.isEmpty()) {
				outcome = "No document " + (scope.documentIds().isPresent() ? "in the scope " : "")
						+ "has variables matching " + where + " (Document Variables... in the navigator shows them)";
				return Status.OK_STATUS;
			}
			SearchOptions options = SearchOptions.DEFAULT.withTimeLimit(TIME_LIMIT).withMaxHits(MAX_HITS);
			SearchOutcome result = new CorpusSearch(corpus).run(query, narrowed.get(), options, hits -> {
				documentsWithHits[0]++;
				queue.add(hits);
			}, () -> cancelled || monitor.isCanceled());
			String problems = result.problems().isEmpty() ? ""
					: "; " + result.problems().size() + " files could not be read, e.g. " + result.problems().get(0);
			outcome = result.describe(documentsWithHits[0], TIME_LIMIT) + problems;
		} catch (QueryException | org.policyannotator.model.corpus.CorpusException e) {
			outcome = e.getMessage();
		} catch (RuntimeException e) {
			outcome = "The search failed: " + e;
		}
		return Status.OK_STATUS;
	}

	/** The scope narrowed to the documents whose variables match (reads every document's head); empty if none. */
	private Optional<SearchScope> narrowed() throws org.policyannotator.model.corpus.CorpusException {
		if (where.isAll()) {
			return Optional.of(scope);
		}
		java.util.Set<String> matching = new java.util.LinkedHashSet<>(CorpusVariables.where(corpus, where));
		List<String> chosen = scope.documentIds().map(ids -> ids.stream().filter(matching::contains).toList())
				.orElse(List.copyOf(matching));
		return chosen.isEmpty() ? Optional.empty() : Optional.of(SearchScope.documents(chosen));
	}

	private void flush() {
		List<DocumentHits> batch = new ArrayList<>();
		for (DocumentHits hits; (hits = queue.poll()) != null;) {
			batch.add(hits);
		}
		if (batch.isEmpty()) {
			return;
		}
		table.viewer().getTable().setRedraw(false);
		try {
			batch.forEach(hits -> table.add(hits.hits()));
		} finally {
			table.viewer().getTable().setRedraw(true);
		}
	}

	void cancel() {
		cancelled = true;
	}

	/** Stops the search and drops what it would still show (a new search replaces it). */
	void supersede() {
		superseded = true;
		cancelled = true;
	}
}
