package org.policyannotator.app.cli.commands;

import java.util.List;

import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.UsageException;

/** {@code policyannotator version}: the product version and the Java runtime it runs on. */
public final class VersionCommand implements Subcommand {
	private final String version;

	public VersionCommand(String version) {
		this.version = version;
	}

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary() {
		return "print the version of Policy Annotator";
	}

	@Override
	public String usage() {
		return "Usage: policyannotator version\n\nPrints the product version and the Java runtime.";
	}

	@Override
	public int run(List<String> args, CommandContext context) {
		if (!args.isEmpty()) {
			throw new UsageException("version takes no arguments");
		}
		context.out().println("Policy Annotator " + version);
		context.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")");
		return ExitCodes.OK;
	}
}
