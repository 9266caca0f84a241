package org.policyannotator.bench.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.WorkbenchAdvisor;

/**
 * Starts the workbench in the Annotation perspective for a benchmark, with a workspace and a corpus of its own in
 * a temporary folder, runs the scenario once the window is up, and closes the workbench again.
 */
final class BenchWorkbench extends WorkbenchAdvisor {
	static final String PERSPECTIVE = "org.policyannotator.app.perspective.annotation";
	private static final String ANNOTATOR = "policyannotator.annotator";

	/** What a benchmark does in the running workbench (on its UI thread), with a folder for its corpus. */
	interface Scenario {
		List<Figure> run(IWorkbenchPage page, DisplayClock clock, Path corpus) throws Exception;
	}

	private final Scenario scenario;
	private final Path corpus;
	private List<Figure> figures = List.of();
	private Exception failure;

	private BenchWorkbench(Scenario scenario, Path corpus) {
		this.scenario = scenario;
		this.corpus = corpus;
	}

	/** Runs the scenario in a workbench started for it; the figures it measured. */
	static List<Figure> run(Scenario scenario) throws Exception {
		Path folder = Files.createTempDirectory("policyannotator-bench-workbench");
		String annotator = System.getProperty(ANNOTATOR);
		try {
			useWorkspace(folder.resolve("workspace"));
			System.setProperty(ANNOTATOR, "bench");
			BenchWorkbench advisor = new BenchWorkbench(scenario, folder.resolve("corpus"));
			Display display = PlatformUI.createDisplay();
			try {
				PlatformUI.createAndRunWorkbench(display, advisor);
			} finally {
				display.dispose();
			}
			if (advisor.failure != null) {
				throw advisor.failure;
			}
			return advisor.figures;
		} finally {
			if (annotator == null) {
				System.clearProperty(ANNOTATOR);
			} else {
				System.setProperty(ANNOTATOR, annotator);
			}
			deleteTree(folder);
		}
	}

	/** Fails with a message when there is no display to start the workbench on. */
	static void requireDisplay(String bench) {
		if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
			throw new IllegalStateException("bench " + bench + " needs a display: run it under xvfb-run or on a desktop");
		}
	}

	/** The workspace the workbench keeps its state in: the one given with -data, else one of our own. */
	private static void useWorkspace(Path folder) throws IOException {
		Location instance = Platform.getInstanceLocation();
		if (instance == null) {
			throw new IllegalStateException("bench workbench needs a workspace location: start the framework with "
					+ "-data @noDefault (the policyannotator launcher does), not -data @none");
		}
		if (!instance.isSet()) {
			Files.createDirectories(folder);
			instance.set(folder.toUri().toURL(), false);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PERSPECTIVE;
	}

	@Override
	public void postStartup() {
		IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
		Display display = workbench.getDisplay();
		display.asyncExec(() -> {
			try (DisplayClock clock = new DisplayClock(display)) {
				figures = scenario.run(workbench.getActiveWorkbenchWindow().getActivePage(), clock, corpus);
			} catch (Exception e) {
				failure = e;
			} finally {
				workbench.close();
			}
		});
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
