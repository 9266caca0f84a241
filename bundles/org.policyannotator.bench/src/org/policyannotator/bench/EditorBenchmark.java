package org.policyannotator.bench;

import java.util.List;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;

/**
 * {@code bench editor}: opening a 1 MB document with 20,000 annotations until painted, and tagging until the
 * highlight shows. Needs a display (run under Xvfb on a server).
 */
public final class EditorBenchmark implements Benchmark {

	@Override
	public String name() {
		return "editor";
	}

	@Override
	public String summary() {
		return "open a 1 MB document with 20,000 annotations and tag in it (needs a display)";
	}

	@Override
	public void run(List<String> args, CommandContext context) {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--chars", "--annotations"), Set.of("--quick"));
		boolean quick = arguments.flag("--quick");
		int chars = arguments.positiveInt("--chars", quick ? 100_000 : 1_000_000);
		int annotations = arguments.positiveInt("--annotations", quick ? 2_000 : 20_000);
		if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
			throw new IllegalStateException("bench editor needs a display: run it under xvfb-run or on a desktop");
		}
		EditorPaintBenchmark.run(context.out(), figures, chars, annotations, 20);
	}
}
