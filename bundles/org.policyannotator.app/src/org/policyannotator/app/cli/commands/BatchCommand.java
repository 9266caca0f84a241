package org.policyannotator.app.cli.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.CommandLine;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;

/**
 * {@code policyannotator batch <file>|-}: many commands in one start of the program, one per line, as a script
 * would call them one by one (the start costs seconds; a command on a small corpus milliseconds).
 */
public final class BatchCommand implements Subcommand {
	private final Supplier<List<Subcommand>> commands;

	/** {@code commands}: the commands a line may run (batch itself is refused). */
	public BatchCommand(Supplier<List<Subcommand>> commands) {
		this.commands = commands;
	}

	@Override
	public String name() {
		return "batch";
	}

	@Override
	public String summary() {
		return "run many commands, one per line of a file or standard input, in one start";
	}

	@Override
	public String usage() {
		return """
				Usage: policyannotator batch <file>|- [--keep-going]

				Runs the commands of <file> (or of standard input with -), one per line, written as after
				'./policyannotator' on a shell line: arguments separated by spaces, 'single' or "double" quotes
				around arguments with spaces, \\ before a quote or space. Blank lines and lines starting with #
				are skipped. Relative paths resolve against the directory batch runs in.

				Stops at the first line that fails and exits with its code (1 failed, 2 bad usage), naming the
				line; with --keep-going runs every line and exits 1 if any failed.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws IOException {
		List<String> rest = new ArrayList<>(args);
		boolean keepGoing = rest.remove("--keep-going");
		if (rest.size() != 1 || (rest.get(0).startsWith("-") && !rest.get(0).equals("-"))) {
			throw new UsageException("batch takes one file (or - for standard input) and optionally --keep-going");
		}
		String source = rest.get(0);
		List<String> lines = read(source, context);
		List<Subcommand> runnable = commands.get().stream().filter(c -> !c.name().equals(name())).toList();
		CommandLine commandLine = new CommandLine(runnable, context.out(), context.err(), context.workingDirectory());
		int failed = 0;
		int worst = ExitCodes.OK;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int code;
			try {
				List<String> words = ShellWords.split(line);
				code = words.get(0).equals(name()) ? refuseNested(context, source, i)
						: commandLine.run(words.toArray(String[]::new));
			} catch (IllegalArgumentException e) {
				context.err().println("policyannotator batch: " + source + " line " + (i + 1) + ": " + e.getMessage());
				code = ExitCodes.USAGE;
			}
			if (code != ExitCodes.OK) {
				failed++;
				worst = Math.max(worst, code);
				context.err().println("policyannotator batch: " + source + " line " + (i + 1) + " failed (exit " + code
						+ "): " + line);
				if (!keepGoing) {
					return code;
				}
			}
		}
		if (failed > 0) {
			context.err().println("policyannotator batch: " + failed + " line" + (failed == 1 ? "" : "s") + " failed");
			return ExitCodes.FAILED;
		}
		return worst;
	}

	private int refuseNested(CommandContext context, String source, int index) {
		context.err().println("policyannotator batch: " + source + " line " + (index + 1) + ": batch cannot run batch");
		return ExitCodes.USAGE;
	}

	private static List<String> read(String source, CommandContext context) throws IOException {
		if (source.equals("-")) {
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			return in.lines().toList();
		}
		Path file = context.resolve(source);
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new IOException(file + ": no such file");
		} catch (java.nio.charset.MalformedInputException e) {
			throw new IOException(file + ": is not UTF-8 text");
		}
	}
}
