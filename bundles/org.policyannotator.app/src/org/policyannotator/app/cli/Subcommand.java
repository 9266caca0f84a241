package org.policyannotator.app.cli;

import java.util.List;

/**
 * One capability of the headless command line ({@code ./policyannotator <name> ...}).
 * Implementations are plain Java: no OSGi, no UI. Register a new one in {@link Subcommands}.
 */
public interface Subcommand {

	/** The word the user types, e.g. {@code corpus}. */
	String name();

	/** One line for {@code --help}. */
	String summary();

	/** Full usage text printed by {@code <name> --help} and on bad usage. */
	String usage();

	/**
	 * What {@code --help} (or {@code -h}) anywhere among the arguments prints instead of running: the usage, unless
	 * a command with actions narrows it to the action named first (e.g. {@code exercise grade --help}).
	 *
	 * @param args the words after the subcommand name, the help option among them
	 */
	default String help(List<String> args) {
		return usage();
	}

	/**
	 * Runs the command.
	 *
	 * @return the exit code: {@link ExitCodes#OK} or {@link ExitCodes#FAILED}
	 * @throws UsageException for bad arguments (exit code {@link ExitCodes#USAGE})
	 * @throws Exception      any other failure of the job (exit code {@link ExitCodes#FAILED})
	 */
	int run(List<String> args, CommandContext context) throws Exception;
}
