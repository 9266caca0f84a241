package org.policyannotator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.UsageException;

/**
 * {@code bench startup}: the installed product's workbench started as a user starts it (its launcher script) until
 * its window shows, first with a state folder never used (what the first start after installing costs) and then
 * again with the same folder (the everyday start, restoring the layout saved when the previous start was quit with
 * Ctrl+Q). Needs a display and {@code xdotool}, which finds the window and quits it.
 */
public final class StartupBenchmark implements Benchmark {
	private static final String TITLE = "Policy Annotator";
	private static final long TIMEOUT_NANOS = 180_000_000_000L;
	private static final long QUIT_SETTLE_MILLIS = 2_000;
	private static final long QUIT_TIMEOUT_SECONDS = 30;

	@Override
	public String name() {
		return "startup";
	}

	@Override
	public String summary() {
		return "start the workbench until its window shows, first and then everyday starts (needs a display and"
				+ " xdotool) [--runs <n>] [--product <folder>]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--runs", "--product"), Set.of());
		int runs = arguments.positiveInt("--runs", 3);
		Path product = arguments.option("--product").map(context::resolve).or(StartupBenchmark::installedProduct)
				.orElseThrow(() -> new UsageException("bench startup: name the product folder with --product (the"
						+ " folder with the policyannotator script and plugins/)"));
		Path launcher = product.resolve("policyannotator");
		if (!Files.isExecutable(launcher)) {
			throw new UsageException("bench startup: " + launcher + " is not the product's launcher script");
		}
		if (System.getenv("DISPLAY") == null) {
			throw new IllegalStateException("bench startup needs a display: run it under xvfb-run or on a desktop");
		}
		if (!onPath("xdotool")) {
			throw new IllegalStateException("bench startup needs xdotool to see the window (apt-get install xdotool)");
		}
		PrintStream out = context.out();
		double[] java = new double[3];
		for (int i = 0; i < java.length; i++) {
			java[i] = javaVersion();
		}
		double javaMedian = Figures.percentile(java, 50);
		Path state = Files.createTempDirectory("pa-bench-startup");
		try {
			double first = start(launcher, state, out, "first start (new state folder)");
			double[] everyday = new double[runs];
			for (int i = 0; i < runs; i++) {
				everyday[i] = start(launcher, state, out, "start " + (i + 2));
			}
			figures.record("start-first", 1, first, "java-version", javaMedian);
			figures.record("start", runs, everyday, "java-version", java);
			out.printf(Locale.ROOT, "workbench window shown: first start %.0f ms; everyday start %.0f ms median, %.0f ms"
					+ " worst of %d (target < 3,000 ms warm on an idle machine); java -version %.0f ms%n", first,
					Figures.percentile(everyday, 50), Figures.percentile(everyday, 100), runs, javaMedian);
		} finally {
			deleteTree(state);
			Files.deleteIfExists(state.resolveSibling(state.getFileName() + ".log"));
		}
	}

	/** One start until the window shows, then the workbench is ended; milliseconds. */
	private static double start(Path launcher, Path state, PrintStream out, String what) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectErrorStream(true)
				.redirectOutput(state.resolveSibling(state.getFileName() + ".log").toFile());
		builder.environment().put("POLICYANNOTATOR_HOME", state.toString());
		// the first start asks for the annotator's name; the property answers it (the workbench's own override)
		builder.environment().put("JAVA_TOOL_OPTIONS", "-Dpolicyannotator.annotator=bench");
		long t0 = System.nanoTime();
		Process process = builder.start();
		try {
			while (!windowShown(process.pid())) {
				if (!process.isAlive()) {
					throw new IllegalStateException("the workbench ended (exit " + process.exitValue()
							+ ") before its window showed; see " + state.resolveSibling(state.getFileName() + ".log"));
				}
				if (System.nanoTime() - t0 > TIMEOUT_NANOS) {
					throw new IllegalStateException("no workbench window after 180 s");
				}
				Thread.sleep(50);
			}
			double millis = (System.nanoTime() - t0) / 1e6;
			out.printf(Locale.ROOT, "  %-32s %7.0f ms until the window showed (load average %s)%n", what, millis,
					loadAverage());
			quit(process);
			return millis;
		} finally {
			process.destroy(); // the workbench ends on SIGTERM as on a logout (without saving its layout)
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * Quits the workbench as a user does (Ctrl+Q in its window), so that it saves its layout and the next start is a
	 * user's everyday start, which restores it; SIGTERM would end it without saving.
	 */
	private static void quit(Process process) throws IOException, InterruptedException {
		Thread.sleep(QUIT_SETTLE_MILLIS); // let the start finish what it does after the window shows
		for (String window : xdotool("search", "--onlyvisible", "--pid", Long.toString(process.pid()), "--name", TITLE)
				.lines().map(String::strip).filter(w -> !w.isEmpty()).toList()) {
			xdotool("windowfocus", window); // without --sync, which can wait forever where no window manager runs
			Thread.sleep(300);
			xdotool("key", "--clearmodifiers", "ctrl+q");
			if (process.waitFor(QUIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				return;
			}
		}
	}

	/** The one-minute load average, which says how far the figures are from an idle machine's. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	/**
	 * Whether the process shows the workbench window: a visible window whose own title names the product. The splash
	 * screen (titled after the launcher, "java") does not count, though a search by name also finds it by its class.
	 */
	private static boolean windowShown(long pid) throws IOException, InterruptedException {
		for (String window : xdotool("search", "--onlyvisible", "--pid", Long.toString(pid), "--name", TITLE)
				.lines().map(String::strip).filter(w -> !w.isEmpty()).toList()) {
			if (xdotool("getwindowname", window).contains(TITLE)) {
				return true;
			}
		}
		return false;
	}

	private static String xdotool(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return process.waitFor() == 0 ? output : "";
	}

	private static double javaVersion() throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		long t0 = System.nanoTime();
		Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		process.waitFor();
		return (System.nanoTime() - t0) / 1e6;
	}

	/** The product this benchmark is installed in: the folder above the plugins folder that holds this bundle. */
	private static Optional<Path> installedProduct() {
		try {
			Path jar = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path plugins = jar.getParent();
			if (plugins != null && plugins.getFileName() != null && plugins.getFileName().toString().equals("plugins")
					&& Files.isExecutable(plugins.resolveSibling("policyannotator"))) {
				return Optional.of(plugins.getParent());
			}
		} catch (URISyntaxException | SecurityException | NullPointerException e) {
			// not from an installed product: --product names it
		}
		return Optional.empty();
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String folder : path.split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, program))) {
				return true;
			}
		}
		return false;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			List<Path> all = new ArrayList<>(paths.toList());
			java.util.Collections.reverse(all);
			for (Path p : all) {
				Files.deleteIfExists(p);
			}
		}
	}
}
