package org.policyannotator.app.cli.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;

/** {@code policyannotator bench <name>}: runs a benchmark that prints figures. */
public final class BenchCommand implements Subcommand {
	private final Supplier<List<Benchmark>> found;
	private Map<String, Benchmark> benchmarks;

	/** {@code found} gives the benchmarks when {@code bench} first needs them (they are looked up, not listed). */
	public BenchCommand(Supplier<List<Benchmark>> found) {
		this.found = found;
	}

	private Map<String, Benchmark> benchmarks() {
		if (benchmarks == null) {
			benchmarks = new LinkedHashMap<>();
			found.get().forEach(b -> benchmarks.putIfAbsent(b.name(), b));
		}
		return benchmarks;
	}

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String summary() {
		return "run a benchmark and print its figures";
	}

	@Override
	public String usage() {
		StringBuilder usage = new StringBuilder("Usage: policyannotator bench <name> [options] [--json]\n\n"
				+ "--json prints one JSON object per figure and line: {\"bench\", \"measure\", \"size\", \"median_ms\","
				+ " \"p95_ms\", \"baseline\", \"baseline_median_ms\", \"ratio\"}.\n\nBenchmarks:\n");
		if (benchmarks().isEmpty()) {
			usage.append("  (none: the bench bundle org.policyannotator.bench is not installed)\n");
		}
		benchmarks().values().forEach(b -> usage.append(String.format("  %-10s %s%n", b.name(), b.summary())));
		return usage.toString().stripTrailing();
	}

	/** The benchmark's own line when one is named first, else the list of benchmarks. */
	@Override
	public String help(List<String> args) {
		Benchmark benchmark = args.isEmpty() ? null : benchmarks().get(args.get(0));
		if (benchmark == null) {
			return usage();
		}
		return String.format("usage: policyannotator bench %s [options] [--json]%n  %s%n", benchmark.name(),
				benchmark.summary());
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new UsageException("name a benchmark");
		}
		Benchmark benchmark = benchmarks().get(args.get(0));
		if (benchmark == null) {
			throw new UsageException("unknown benchmark '" + args.get(0) + "'"
					+ (benchmarks().isEmpty() ? " (the bench bundle org.policyannotator.bench is not installed)" : ""));
		}
		benchmark.run(args.subList(1, args.size()), context);
		return ExitCodes.OK;
	}
}
