package org.policyannotator.app.cli;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless application behind {@code ./policyannotator <command>}: no display, no workspace.
 * Its return value becomes the process exit code.
 */
public final class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		String version = FrameworkUtil.getBundle(CommandLineApplication.class).getVersion().toString();
		Path workingDirectory = Path.of(System.getProperty("policyannotator.cwd", System.getProperty("user.dir")));
		return new CommandLine(Subcommands.all(version), System.out, System.err, workingDirectory).run(args);
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}
