package org.policyannotator.app.cli;

/** Exit codes of the command line, as documented in the README. */
public final class ExitCodes {
	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private ExitCodes() {
	}
}
