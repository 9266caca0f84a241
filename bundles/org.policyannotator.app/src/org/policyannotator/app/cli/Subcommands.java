package org.policyannotator.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyannotator.app.cli.commands.AgreementCommand;
import org.policyannotator.app.cli.commands.BatchCommand;
import org.policyannotator.app.cli.commands.BenchCommand;
import org.policyannotator.app.cli.commands.CodebookCommand;
import org.policyannotator.app.cli.commands.CorpusCommand;
import org.policyannotator.app.cli.commands.ExerciseCommand;
import org.policyannotator.app.cli.commands.ExportCommand;
import org.policyannotator.app.cli.commands.ExtractCommand;
import org.policyannotator.app.cli.commands.GitMergeDriverCommand;
import org.policyannotator.app.cli.commands.ImportAnnotationsCommand;
import org.policyannotator.app.cli.commands.ImportCommand;
import org.policyannotator.app.cli.commands.SearchCommand;
import org.policyannotator.app.cli.commands.SuggestCommand;
import org.policyannotator.app.cli.commands.TeamCommand;
import org.policyannotator.app.cli.commands.VariablesCommand;
import org.policyannotator.app.cli.commands.VersionCommand;

/**
 * The one place where subcommands and benchmarks are registered: add a line here to add a command.
 */
public final class Subcommands {

	private Subcommands() {
	}

	/** Every subcommand of the product's command line, in the order {@code --help} lists them. */
	public static List<Subcommand> all(String version) {
		return List.of(
				new CorpusCommand(),
				new CodebookCommand(),
				new VariablesCommand(),
				new ImportCommand(),
				new ExtractCommand(),
				new ExportCommand(),
				new ImportAnnotationsCommand(),
				new AgreementCommand(),
				new SearchCommand(),
				new TeamCommand(),
				new GitMergeDriverCommand(),
				new ExerciseCommand(),
				new SuggestCommand(),
				new BenchCommand(Benchmarks::found),
				new BatchCommand(() -> all(version)),
				new VersionCommand(version));
	}

	static Map<String, Subcommand> byName(List<Subcommand> commands) {
		Map<String, Subcommand> byName = new LinkedHashMap<>();
		for (Subcommand command : commands) {
			if (byName.put(command.name(), command) != null) {
				throw new IllegalArgumentException("two commands are named " + command.name());
			}
		}
		return byName;
	}
}
