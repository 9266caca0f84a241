package org.policyannotator.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CommandLineTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		CommandLine commandLine = new CommandLine(Subcommands.all("1.2.3.test"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				Path.of("").toAbsolutePath());
		return commandLine.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionPrintsTheProductVersionAndExitsZero() {
		assertEquals(ExitCodes.OK, run("version"));
		assertTrue(out().startsWith("Policy Annotator 1.2.3.test"), out());
		assertEquals("", err());
	}

	@Test
	void helpListsEveryRegisteredSubcommandWithItsSummary() {
		assertEquals(ExitCodes.OK, run("--help"));
		for (Subcommand command : Subcommands.all("x")) {
			assertTrue(out().contains(command.name() + " ") && out().contains(command.summary()),
					command.name() + " missing from help:\n" + out());
		}
	}

	@Test
	void unknownCommandIsBadUsageWithTheMessageOnStderr() {
		assertEquals(ExitCodes.USAGE, run("frobnicate"));
		assertTrue(err().contains("unknown command 'frobnicate'"), err());
		assertEquals("", out());
	}

	@Test
	void badArgumentsOfACommandAreBadUsageAndShowItsUsage() {
		assertEquals(ExitCodes.USAGE, run("version", "--loud"));
		assertTrue(err().contains("version takes no arguments"), err());
		assertTrue(err().contains("Usage: policyannotator version"), err());
	}

	@Test
	void commandHelpPrintsItsUsageOnStdout() {
		assertEquals(ExitCodes.OK, run("bench", "--help"));
		assertTrue(out().startsWith("Usage: policyannotator bench"), out());
	}

	@Test
	void everyCommandAndActionAnswersHelpAnywhereOnTheLineWithItsUsageAndExitZero() {
		java.util.List<String[]> lines = new java.util.ArrayList<>();
		for (Subcommand command : Subcommands.all("x")) {
			lines.add(new String[] { command.name(), "--help" });
			lines.add(new String[] { command.name(), "-h" });
			lines.add(new String[] { command.name(), "--corpus", "nowhere", "--help" });
		}
		for (String action : new String[] { "create", "info", "validate" }) {
			lines.add(new String[] { "corpus", action, "--help" });
		}
		for (String action : new String[] { "create", "open", "submit", "grade", "term", "accept", "calibrate" }) {
			lines.add(new String[] { "exercise", action, "--reference", "r", "--help" });
		}
		for (String[] line : lines) {
			out.reset();
			err.reset();
			String shown = String.join(" ", line);
			assertEquals(ExitCodes.OK, run(line), shown + ": " + err());
			assertTrue(out().toLowerCase(java.util.Locale.ROOT).startsWith("usage: policyannotator " + line[0]),
					shown + ": " + out());
			assertEquals("", err(), shown);
		}
		out.reset();
		run("exercise", "grade", "--help");
		assertTrue(out().startsWith("usage: policyannotator exercise grade ") && out().contains("--types"), out());
	}

	@Test
	void withoutTheBenchBundleBenchSaysItIsNotInstalled() {
		// the benchmarks ship in org.policyannotator.bench, which this test run does not hold
		assertEquals(ExitCodes.USAGE, run("bench", "model"));
		assertTrue(err().contains("unknown benchmark 'model' (the bench bundle org.policyannotator.bench is not"
				+ " installed)"), err());
	}

	@Test
	void aFailingJobExitsOneAndNamesTheProblem() {
		Subcommand failing = new Subcommand() {
			public String name() {
				return "fail";
			}

			public String summary() {
				return "always fails";
			}

			public String usage() {
				return "Usage: fail";
			}

			public int run(java.util.List<String> args, CommandContext context) throws Exception {
				throw new java.io.IOException("corpus.json in /x is truncated");
			}
		};
		CommandLine commandLine = new CommandLine(java.util.List.of(failing), new PrintStream(out), new PrintStream(err),
				Path.of(""));
		assertEquals(ExitCodes.FAILED, commandLine.run("fail"));
		assertTrue(err().contains("policyannotator fail: corpus.json in /x is truncated"), err());
	}

	/** A command that fails as a huge or hostile input makes a command fail. */
	private static Subcommand failingWith(Error error) {
		return new Subcommand() {
			@Override
			public String name() {
				return "explode";
			}

			@Override
			public String summary() {
				return "fails";
			}

			@Override
			public String usage() {
				return "Usage: policyannotator explode <file>";
			}

			@Override
			public int run(java.util.List<String> args, CommandContext context) {
				throw error;
			}
		};
	}

	private int runOnly(Subcommand command, String... args) {
		return new CommandLine(java.util.List.of(command), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath()).run(args);
	}

	@Test
	void runningOutOfMemoryIsAFailureThatSaysSoAndHowToGiveMore() {
		assertEquals(ExitCodes.FAILED, runOnly(failingWith(new OutOfMemoryError("Java heap space")), "explode", "big.jsonl"));
		assertTrue(err().contains("explode: ran out of memory") && err().contains("on: big.jsonl"), err());
		assertTrue(err().contains("POLICYANNOTATOR_HEAP=8g"), err());
	}

	@Test
	void aStackOverflowIsAFailureNamingTheInput() {
		assertEquals(ExitCodes.FAILED, runOnly(failingWith(new StackOverflowError()), "explode", "deep.html"));
		assertTrue(err().contains("nested too deeply") && err().contains("deep.html"), err());
	}
}
