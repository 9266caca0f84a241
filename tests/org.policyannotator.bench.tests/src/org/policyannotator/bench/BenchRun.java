package org.policyannotator.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.policyannotator.app.cli.CommandLine;
import org.policyannotator.app.cli.Subcommands;

/** Runs the command line in a test, in a folder of the test's, keeping what it prints. */
public final class BenchRun {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final Path folder;

	/** Runs commands in {@code folder}. */
	public BenchRun(Path folder) {
		this.folder = folder;
	}

	/** Runs one command; its exit code. */
	public int run(String... args) {
		return new CommandLine(Subcommands.all("test"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder).run(args);
	}

	/** What the commands printed on standard output. */
	public String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the commands printed on standard error. */
	public String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
