package org.policyannotator.bench.workbench;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.bench.Figures;

/**
 * {@code bench palette}: coding with a codebook of 1,000 codes in the real workbench. Typing into the tag palette's
 * filter box, per keystroke until the tree shows the matches (target under 50 ms), against one redraw of the
 * palette; a tag in sentence mode (tag the sentence, select the next) against a normal tag of a selected span in the
 * same editor (target: the same time). Needs a display.
 */
public final class PaletteBenchmark implements Benchmark {
	@Override
	public String name() {
		return "palette";
	}

	@Override
	public String summary() {
		return "filter a codebook of 1,000 codes in the tag palette per keystroke, and tag in sentence mode against "
				+ "a normal tag, in the full workbench (needs a display) [--quick] [--codes n] [--annotations n] "
				+ "[--chars n] [--repetitions n] [--json]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		Arguments arguments = Arguments.parse(figures.args(),
				Set.of("--codes", "--annotations", "--chars", "--repetitions"), Set.of("--quick"));
		boolean quick = arguments.flag("--quick");
		PaletteScenario.Plan plan = new PaletteScenario.Plan(arguments.positiveInt("--codes", 1_000),
				arguments.positiveInt("--annotations", quick ? 200 : 1_000),
				arguments.positiveInt("--chars", quick ? 40_000 : 200_000),
				arguments.positiveInt("--repetitions", quick ? 5 : 20), quick ? 2 : 6);
		BenchWorkbench.requireDisplay(name());
		PrintStream log = figures.context().out();
		for (Figure figure : BenchWorkbench.run((page, clock, corpus) -> new PaletteScenario(page, clock, log)
				.run(plan, corpus))) {
			figure.record(figures);
		}
	}
}
