package org.policyannotator.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs a subcommand as the command line would, in a working directory, and keeps what it printed. */
public final class CommandRun {
	private final Path workingDirectory;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	public CommandRun(Path workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	/** Runs {@code command}; what it prints is added to {@link #out()} and {@link #err()}. */
	public int run(Subcommand command, String... args) throws Exception {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
		return command.run(List.of(args), context);
	}

	/**
	 * Runs a whole command line as the product does (usage errors, failures and their messages become exit codes);
	 * what it prints is added to {@link #out()} and {@link #err()}.
	 */
	public int line(String... args) {
		return new CommandLine(Subcommands.all("test"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory).run(args);
	}

	/** Forgets what earlier runs printed. */
	public void clear() {
		out.reset();
		err.reset();
	}

	public String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	public String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
