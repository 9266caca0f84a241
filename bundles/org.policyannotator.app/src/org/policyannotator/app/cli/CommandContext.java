package org.policyannotator.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a subcommand may use: its output streams and the directory relative paths resolve against. */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory) {

	/** Resolves a path argument the way the user meant it: relative to the directory they ran the command in. */
	public Path resolve(String path) {
		return workingDirectory.resolve(path).normalize();
	}
}
