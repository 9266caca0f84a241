package org.policyannotator.analysis.corpus.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The thread pools of the corpus-wide computations, and waiting for their results. */
public final class Parallel {
	private Parallel() {
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
	 * The result of {@code future}, which throws no checked exception: its failure is thrown as it was (unchecked),
	 * anything else as an {@link IllegalStateException}.
	 */
	public static <T> T join(Future<T> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
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
