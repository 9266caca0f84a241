package org.policyannotator.model.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work on many files of a corpus spread over the cores, the results handed on in the order of the files, a few files
 * ahead at a time (so that memory stays bounded). One file's work must not depend on another's. Also the pool and the
 * waiting for corpus-wide computations that schedule their own tasks (e.g. the agreement coefficients).
 */
public final class OnEveryCore {
	/** The work on one item. */
	@FunctionalInterface
	public interface Work<T, R> {
		R apply(T item) throws CorpusException;
	}

	/** Takes the results, in the order of the items, on the calling thread. */
	@FunctionalInterface
	public interface Results<R> {
		void accept(R result) throws CorpusException;
	}

	private OnEveryCore() {
	}

	/**
	 * Applies {@code work} to every item on every core and gives the results to {@code results} in item order.
	 *
	 * @throws CorpusException the first one that the work or the results throw (the rest of the work is cancelled)
	 */
	public static <T, R> void run(List<T> items, Work<T, R> work, Results<R> results) throws CorpusException {
		int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
		if (threads < 2 || items.size() < 2) {
			for (T item : items) {
				results.accept(work.apply(item));
			}
			return;
		}
		ExecutorService pool = pool(threads, "corpus-reader");
		try {
			Deque<Future<R>> window = new ArrayDeque<>();
			int next = 0;
			while (next < items.size() || !window.isEmpty()) {
				while (next < items.size() && window.size() < threads * 4) {
					T item = items.get(next++);
					window.add(pool.submit(() -> work.apply(item)));
				}
				results.accept(join(window.poll(), CorpusException.class));
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** A pool of {@code threads} daemon threads named {@code name} (a command line must not wait for them). */
	public static ExecutorService pool(int threads, String name) {
		return Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * The result of {@code future}, which throws no checked exception: its failure is thrown as it was, anything
	 * else as an {@link IllegalStateException}.
	 */
	public static <R> R join(Future<R> future) {
		return join(future, RuntimeException.class);
	}

	private static <R, X extends Exception> R join(Future<R> future, Class<X> checked) throws X {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while working on the corpus", e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (checked.isInstance(cause)) {
				throw checked.cast(cause);
			}
			if (cause instanceof RuntimeException r) {
				throw r;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}
}
