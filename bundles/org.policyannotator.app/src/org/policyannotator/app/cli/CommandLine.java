package org.policyannotator.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The headless command line: picks the subcommand named by the first word and runs it.
 * Plain Java, so it is tested without a workbench; the OSGi application only hands it the arguments.
 */
public final class CommandLine {
	private final Map<String, Subcommand> commands;
	private final PrintStream out;
	private final PrintStream err;
	private final Path workingDirectory;

	public CommandLine(List<Subcommand> commands, PrintStream out, PrintStream err, Path workingDirectory) {
		this.commands = Subcommands.byName(commands);
		this.out = out;
		this.err = err;
		this.workingDirectory = workingDirectory;
	}

	/** Runs one invocation and returns its exit code (0 ok, 1 the job failed, 2 bad usage). */
	public int run(String... args) {
		if (args.length == 0 || isHelp(args[0])) {
			printHelp(out);
			return ExitCodes.OK;
		}
		Optional<Subcommand> command = Optional.ofNullable(commands.get(args[0]));
		if (command.isEmpty()) {
			err.println("policyannotator: unknown command '" + args[0] + "'");
			printHelp(err);
			return ExitCodes.USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		return runCommand(command.get(), rest);
	}

	private int runCommand(Subcommand command, List<String> args) {
		if (args.size() == 1 && isHelp(args.get(0)) || args.stream().anyMatch(CommandLine::isHelpOption)) {
			try {
				out.println(command.help(args).stripTrailing());
				return ExitCodes.OK;
			} catch (UsageException e) {
				err.println("policyannotator " + command.name() + ": " + e.getMessage());
				err.println(command.usage());
				return ExitCodes.USAGE;
			} finally {
				out.flush();
				err.flush();
			}
		}
		try {
			return command.run(args, new CommandContext(out, err, workingDirectory));
		} catch (UsageException e) {
			err.println("policyannotator " + command.name() + ": " + e.getMessage());
			err.println(command.usage());
			return ExitCodes.USAGE;
		} catch (Exception e) {
			err.println("policyannotator " + command.name() + ": " + describe(e));
			return ExitCodes.FAILED;
		} catch (OutOfMemoryError e) {
			err.println("policyannotator " + command.name() + ": ran out of memory (the heap is "
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) on: " + String.join(" ", args));
			err.println("policyannotator: give it more with POLICYANNOTATOR_HEAP, e.g. POLICYANNOTATOR_HEAP=8g "
					+ "./policyannotator " + command.name() + " ...");
			return ExitCodes.FAILED;
		} catch (StackOverflowError e) {
			err.println("policyannotator " + command.name() + ": the input is nested too deeply to process "
					+ "(stack overflow) on: " + String.join(" ", args));
			return ExitCodes.FAILED;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	/** {@code --help} or {@code -h} among a command's arguments: it explains itself instead of running. */
	private static boolean isHelpOption(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
	}

	private void printHelp(PrintStream stream) {
		stream.println("Usage: policyannotator [<command> [arguments]]");
		stream.println();
		stream.println("Without a command, the workbench opens. Commands:");
		int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
		for (Subcommand command : commands.values()) {
			stream.printf("  %-" + width + "s  %s%n", command.name(), command.summary());
		}
		stream.println();
		stream.println("'policyannotator <command> --help' explains one command.");
		stream.println("Exit codes: 0 ok, 1 the job failed, 2 bad usage.");
	}
}
