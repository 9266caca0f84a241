package org.policyannotator.app.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Start-up (issue 15): loads the classes the workbench is about to need on a thread of its own, so that the UI thread,
 * which builds the window alone, finds them loaded; the machine's second core reads, inflates and defines them
 * meanwhile. The list is the one the first start of this build recorded ({@link StartupClassList}), in the order the
 * workbench loaded them. Classes are loaded, never initialised (no static initialiser runs here), and a class of a
 * bundle whose activator has not run yet waits until the workbench starts the bundle: loading it here would run the
 * activator on the wrong thread. The classes come in the recorded order, so that a class's superclass and interfaces,
 * which the JVM loaded before it, are loaded under the same rule.
 */
public final class ClassPreloader implements Runnable {
	/** The system property naming the recorded list; the product's launcher sets it. */
	public static final String LIST_PROPERTY = "policyannotator.startupClasses";
	/** Set to {@code true}, a summary of what was loaded goes to standard error. */
	static final String REPORT_PROPERTY = "policyannotator.startupClasses.report";
	private static final long WAIT_STEP_MILLIS = 2;

	/** Where the classes of one source come from. */
	interface Origin {
		/** The class loader that defines the source's classes, empty when there is none (yet). */
		Optional<ClassLoader> loader();

		/** Whether loading a class from here now can start nothing (the bundle is started, or never will be). */
		boolean ready();
	}

	private final List<RecordedClass> classes;
	private final Function<String, Optional<Origin>> origins;
	private final long gateTimeoutMillis;
	private int loaded;
	private int missing;
	private long waitedMillis;
	private String stoppedAt;
	private final Map<String, Long> waitedFor = new LinkedHashMap<>();

	ClassPreloader(List<RecordedClass> classes, Function<String, Optional<Origin>> origins, long gateTimeoutMillis) {
		this.classes = List.copyOf(classes);
		this.origins = origins;
		this.gateTimeoutMillis = gateTimeoutMillis;
	}

	/**
	 * Starts loading the classes recorded in the file the {@link #LIST_PROPERTY} names, after {@code caller} (which is
	 * loaded, as everything before it); does nothing when there is no list (the first start of a build records it).
	 */
	public static void startAfter(Class<?> caller) {
		String list = System.getProperty(LIST_PROPERTY);
		if (list == null || list.isBlank() || !Files.isRegularFile(Path.of(list))) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				List<RecordedClass> classes = StartupClassList.read(Path.of(list), caller.getName());
				new ClassPreloader(classes, BundleOrigins.of(caller), 5_000).run();
			} catch (IOException | RuntimeException e) {
				// a list that cannot be read only means a slower start
				if (Boolean.getBoolean(REPORT_PROPERTY)) {
					System.err.println("class preloader: " + list + ": " + e);
				}
			}
		}, "Class preloader");
		thread.setDaemon(true);
		thread.start();
	}

	/** Marks, in a list being recorded, that the workbench window shows now: the list ends here. */
	public static void windowShown() {
		StartupClassList.windowShown();
	}

	@Override
	public void run() {
		long t0 = System.nanoTime();
		Map<String, Optional<Origin>> bySource = new HashMap<>();
		for (RecordedClass recorded : classes) {
			Optional<Origin> origin = bySource.computeIfAbsent(recorded.source(), origins);
			if (origin.isEmpty()) {
				continue;
			}
			long waited = waitedMillis;
			boolean ready = awaitReady(origin.get());
			if (waitedMillis - waited >= 10) {
				waitedFor.merge(BundleOrigins.fileName(recorded.source()), waitedMillis - waited, Long::sum);
			}
			if (!ready) {
				stoppedAt = recorded.name();
				break;
			}
			Optional<ClassLoader> loader = origin.get().loader();
			if (loader.isEmpty()) {
				continue;
			}
			try {
				Class.forName(recorded.name(), false, loader.get());
				loaded++;
			} catch (ClassNotFoundException | LinkageError | RuntimeException e) {
				missing++; // a class of another build or platform: the workbench will not ask for it either
			}
		}
		if (Boolean.getBoolean(REPORT_PROPERTY)) {
			System.err.println(report((System.nanoTime() - t0) / 1_000_000));
		}
	}

	String report(long millis) {
		return String.format(Locale.ROOT, "class preloader: %d of %d classes loaded in %d ms (%d not found), %d ms"
				+ " waiting for bundles to start%s", loaded, classes.size(), millis, missing, waitedMillis,
				stoppedAt == null ? "" : "; stopped at " + stoppedAt + ", whose bundle did not start")
				+ (waitedFor.isEmpty() ? "" : "; waited for " + waitedFor);
	}

	int loaded() {
		return loaded;
	}

	private boolean awaitReady(Origin origin) {
		if (origin.ready()) {
			return true;
		}
		long t0 = System.nanoTime();
		try {
			while (!origin.ready()) {
				if ((System.nanoTime() - t0) / 1_000_000 > gateTimeoutMillis) {
					return false;
				}
				Thread.sleep(WAIT_STEP_MILLIS);
			}
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		} finally {
			waitedMillis += (System.nanoTime() - t0) / 1_000_000;
		}
	}
}
