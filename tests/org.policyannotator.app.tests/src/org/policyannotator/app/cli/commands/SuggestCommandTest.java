package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** {@code suggest}: writes suggestions into an annotator's sets, prints them, refuses bad input. */
class SuggestCommandTest {
	private static final String TEXT = "\"Trade will grow,\" said Kim Min-kyo. Exports rose 12 percent in 2025.";

	@TempDir
	Path dir;

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "test", Schema.defaultSchema());
		corpus.addDocument(Document.of("d1", "Doc", TEXT));
		return corpus;
	}

	@Test
	void suggestionsAreSavedAsSuggestedAndASecondRunAddsNone() throws Exception {
		Corpus corpus = corpus();
		CommandRun run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.run(new SuggestCommand(), "--corpus", "c", "--annotator", "ana"));
		assertTrue(run.out().contains("added 3 suggestions"), run.out());
		var set = Corpus.open(corpus.directory()).loadSet("ana", "d1");
		assertEquals(3, set.size());
		assertTrue(set.annotations().stream().allMatch(a -> a.status() == AnnotationStatus.SUGGESTED));
		run.clear();
		assertEquals(ExitCodes.OK, run.run(new SuggestCommand(), "--corpus", "c", "--annotator", "ana"));
		assertTrue(run.out().contains("added 0 suggestions"), run.out());
	}

	@Test
	void dryRunWithTypesAndJsonPrintsAndWritesNothing() throws Exception {
		Corpus corpus = corpus();
		CommandRun run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.run(new SuggestCommand(), "--corpus", "c", "--annotator", "ana", "--types",
				"statistic", "--json", "--dry-run"));
		assertTrue(run.out().contains("\"type\":\"statistic\"") && run.out().contains("\"text\":\"12 percent\""),
				run.out());
		assertTrue(Files.notExists(corpus.setFile("ana", "d1")));
	}

	@Test
	void anUnknownDocumentOrTypeIsNamed() throws Exception {
		corpus();
		CommandRun run = new CommandRun(dir);
		assertEquals(ExitCodes.FAILED, run.run(new SuggestCommand(), "--corpus", "c", "--annotator", "ana",
				"--documents", "nope"));
		assertTrue(run.err().contains("no document nope"), run.err());
		UsageException e = assertThrows(UsageException.class, () -> run.run(new SuggestCommand(), "--corpus", "c",
				"--annotator", "ana", "--types", "tweet"));
		assertTrue(e.getMessage().contains("tweet"), e.getMessage());
	}
}
