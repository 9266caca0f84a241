package org.policyannotator.app.cli;

import java.util.List;

/**
 * One benchmark of {@code ./policyannotator bench <name>}. A benchmark prints figures and asserts nothing.
 * Register a new one in {@link Subcommands}.
 */
public interface Benchmark {

	/** The word after {@code bench}, e.g. {@code model}. */
	String name();

	/** One line for {@code bench --help}. */
	String summary();

	/** Runs the benchmark and prints its figures on {@code context.out()}. */
	void run(List<String> args, CommandContext context) throws Exception;
}
