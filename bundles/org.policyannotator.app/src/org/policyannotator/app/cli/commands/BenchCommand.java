package org.policyannotator.app.cli.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;

/** {@code policyannotator bench <name>}: runs a benchmark that prints figures. */
public final class BenchCommand implements Subcommand {
	private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();

	public BenchCommand(List<Benchmark> benchmarks) {
		benchmarks.forEach(b -> this.benchmarks.put(b.name(), b));
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
		StringBuilder usage = new StringBuilder("Usage: policyannotator bench <name> [options]\n\nBenchmarks:\n");
		if (benchmarks.isEmpty()) {
			usage.append("  (none yet)\n");
		}
		benchmarks.values().forEach(b -> usage.append(String.format("  %-10s %s%n", b.name(), b.summary())));
		return usage.toString().stripTrailing();
	}

	/** The benchmark's own line when one is named first, else the list of benchmarks. */
	@Override
	public String help(List<String> args) {
		Benchmark benchmark = args.isEmpty() ? null : benchmarks.get(args.get(0));
		if (benchmark == null) {
			return usage();
		}
		return String.format("usage: policyannotator bench %s [options]%n  %s%n", benchmark.name(),
				benchmark.summary());
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new UsageException("name a benchmark");
		}
		Benchmark benchmark = benchmarks.get(args.get(0));
		if (benchmark == null) {
			throw new UsageException("unknown benchmark '" + args.get(0) + "'");
		}
		benchmark.run(args.subList(1, args.size()), context);
		return ExitCodes.OK;
	}
}
