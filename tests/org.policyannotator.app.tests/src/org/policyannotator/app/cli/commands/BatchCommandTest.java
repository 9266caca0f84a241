package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.Subcommands;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.corpus.Corpus;

/** {@code batch}: a script's many calls in one start, with the same results and messages as one by one. */
class BatchCommandTest {
	@TempDir
	Path dir;

	private final CommandRun command = new CommandRun(Path.of("."));

	private int batch(String script, String... options) throws Exception {
		Files.writeString(dir.resolve("script.txt"), script);
		CommandRun run = new CommandRun(dir);
		int code = run.run(new BatchCommand(() -> Subcommands.all("9.9")),
				java.util.stream.Stream.concat(java.util.stream.Stream.of("script.txt"), java.util.stream.Stream.of(options))
						.toArray(String[]::new));
		last = run;
		return code;
	}

	private CommandRun last;

	@Test
	void everyLineRunsInOrderWithQuotesAndCommentsAsAShellReadsThem() throws Exception {
		Files.writeString(dir.resolve("a b.txt"), "Trade rose 24.5 percent in 2025.");
		assertEquals(ExitCodes.OK, batch("""
				# make a corpus and import one file whose name has a space
				corpus create "my corpus" --name 'Trade news'

				import 'a b.txt' --corpus my\\ corpus
				corpus info "my corpus"
				"""));
		Corpus corpus = Corpus.open(dir.resolve("my corpus"));
		assertEquals("Trade news", corpus.name());
		assertEquals(1, corpus.documentIds().size());
		assertTrue(last.out().contains("Trade news"), last.out());
	}

	@Test
	void theFirstFailingLineStopsTheBatchAndIsNamed() throws Exception {
		assertEquals(ExitCodes.FAILED, batch("version\ncorpus info missing\nversion\n"));
		assertTrue(last.err().contains("script.txt line 2 failed (exit 1): corpus info missing"), last.err());
		assertEquals(1, last.out().lines().filter(l -> l.startsWith("Policy Annotator 9.9")).count(), "stopped at line 2");
	}

	@Test
	void keepGoingRunsEveryLineAndFailsIfAnyFailed() throws Exception {
		assertEquals(ExitCodes.FAILED, batch("version\nfrobnicate\nversion\n", "--keep-going"));
		assertEquals(2, last.out().lines().filter(l -> l.startsWith("Policy Annotator 9.9")).count());
		assertTrue(last.err().contains("line 2 failed (exit 2)") && last.err().contains("1 line failed"), last.err());
	}

	@Test
	void badLinesAndBadUseAreUsageErrors() throws Exception {
		assertEquals(ExitCodes.USAGE, batch("corpus create \"unclosed\n"));
		assertTrue(last.err().contains("line 1: a \" quote is not closed"), last.err());
		assertEquals(ExitCodes.USAGE, batch("batch other.txt\n"));
		assertTrue(last.err().contains("batch cannot run batch"), last.err());
		assertThrows(UsageException.class, () -> command.run(new BatchCommand(List::of)));
		Exception missing = assertThrows(Exception.class,
				() -> new CommandRun(dir).run(new BatchCommand(List::of), "nothing-here.txt"));
		assertTrue(missing.getMessage().contains("nothing-here.txt"), missing.getMessage());
		assertFalse(Files.exists(dir.resolve("unclosed")));
	}

	@Test
	void shellWordsFollowPosixQuoting() {
		assertEquals(List.of("a", "b c", "d\"e", "f g", "h'i"), ShellWords.split("a 'b c' \"d\\\"e\" f\\ g \"h'i\""));
		assertEquals(List.of(), ShellWords.split("   "));
		assertThrows(IllegalArgumentException.class, () -> ShellWords.split("trailing \\"));
	}
}
