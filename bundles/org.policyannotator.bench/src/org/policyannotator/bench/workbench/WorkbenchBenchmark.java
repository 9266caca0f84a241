package org.policyannotator.bench.workbench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.bench.Figures;

/**
 * {@code bench workbench}: the real workbench with every view open (navigator, Outline, tag palette, Details,
 * Annotations, Search, Code Matrix) on a long document with 1,000, 5,000 and 20,000 annotations. Tag, retype, delete
 * and undo run through the commands the keys run; open and switch through the workbench page; each is timed until the
 * display has shown the result, and compared with one full redraw of the editor in the same run. Needs a display and
 * the Eclipse platform (the launcher starts the framework for it).
 */
public final class WorkbenchBenchmark implements Benchmark {

	@Override
	public String name() {
		return "workbench";
	}

	@Override
	public String summary() {
		return "tag, retype, delete, undo, open and switch in the full workbench with every view open, at 1,000, "
				+ "5,000 and 20,000 annotations on a 1 MB document (needs a display) [--quick] [--sizes n,n] "
				+ "[--chars n] [--repetitions n] [--corpus <dir> also in the navigator] [--json]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		Arguments arguments = Arguments.parse(figures.args(),
				Set.of("--chars", "--sizes", "--repetitions", "--corpus"), Set.of("--quick"));
		boolean quick = arguments.flag("--quick");
		int chars = arguments.positiveInt("--chars", quick ? 100_000 : 1_000_000);
		List<Integer> sizes = arguments.option("--sizes").map(WorkbenchBenchmark::sizes)
				.orElse(quick ? List.of(200, 1_000) : List.of(1_000, 5_000, 20_000));
		int repetitions = arguments.positiveInt("--repetitions", quick ? 5 : 20);
		BenchWorkbench.requireDisplay(name());
		Optional<Path> alsoShown = arguments.option("--corpus").map(context::resolve);
		if (alsoShown.isPresent() && !Files.isRegularFile(alsoShown.get().resolve("corpus.json"))) {
			throw new UsageException("--corpus " + alsoShown.get() + " is not a corpus folder (no corpus.json in it)");
		}
		WorkbenchScenario.Plan plan = new WorkbenchScenario.Plan(chars, sizes, repetitions, quick ? 3 : 5, alsoShown);
		PrintStream log = figures.context().out();
		for (Figure figure : BenchWorkbench.run((page, clock, corpus) -> new WorkbenchScenario(page, clock, log)
				.run(plan, corpus))) {
			figure.record(figures);
		}
	}

	private static List<Integer> sizes(String list) {
		try {
			List<Integer> sizes = Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
			if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
				throw new NumberFormatException();
			}
			return sizes;
		} catch (NumberFormatException e) {
			throw new UsageException("--sizes needs annotation counts separated by commas, e.g. 1000,5000; not '" + list
					+ "'");
		}
	}
}
