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
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** {@code search} as a user runs it. */
class SearchCommandTest {
	private static final String TEXT = "Xi put forward a four-point proposal. The four-point plan is new.";

	@TempDir
	Path dir;

	private CommandRun corpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "news", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc-1", "Ties", TEXT));
		corpus.addDocument(Document.of("doc-2", "Other", "Nothing here."));
		return new CommandRun(dir);
	}

	@Test
	void printsEachHitInContextAndASummary() throws Exception {
		CommandRun run = corpus();
		assertEquals(ExitCodes.OK, run.run(new SearchCommand(), "--corpus", "c", "four-point", "--context", "6"));
		assertEquals("doc-1:17\tard a [four-point] propo\ndoc-1:42\t. The [four-point] plan \n", run.out());
		assertEquals("2 hits in 1 of 2 documents\n", run.err());
	}

	@Test
	void csvHasAHeaderAndOneRowPerHit() throws Exception {
		CommandRun run = corpus();
		run.run(new SearchCommand(), "--corpus", "c", "plan", "--csv", "--context", "4");
		assertEquals("document,title,start,end,left,hit,right,type,annotator\r\ndoc-1,Ties,53,57,int ,plan, is ,,\r\n",
				run.out());
	}

	@Test
	void tagAsTagsEveryHitInTheNamedAnnotatorsSetAndThenFindsThem() throws Exception {
		CommandRun run = corpus();
		run.run(new SearchCommand(), "--corpus", "c", "four-point", "--tag-as", "proposal", "--annotator", "me");
		assertTrue(run.err().contains("Tagged 2 hits as proposal in 1 documents for me"), run.err());
		assertTrue(Files.exists(dir.resolve("c/annotations/me/doc-1.json")));
		run.clear();
		run.run(new SearchCommand(), "--corpus", "c", "--type", "proposal", "--annotator", "me", "--context", "0");
		assertEquals("doc-1:17\t[four-point]\tproposal by me\ndoc-1:42\t[four-point]\tproposal by me\n", run.out());
	}

	@Test
	void invalidRegexIsBadUsageWithTheReason() throws Exception {
		CommandRun run = corpus();
		UsageException e = assertThrows(UsageException.class,
				() -> run.run(new SearchCommand(), "--corpus", "c", "(four", "--regex"));
		assertEquals("invalid regular expression (four: Unclosed group at position 6", e.getMessage());
	}

	@Test
	void tagAsWithoutAnnotatorIsBadUsage() throws Exception {
		CommandRun run = corpus();
		assertThrows(UsageException.class,
				() -> run.run(new SearchCommand(), "--corpus", "c", "four-point", "--tag-as", "proposal"));
		assertTrue(!Files.exists(dir.resolve("c/annotations")) || Files.list(dir.resolve("c/annotations")).findAny().isEmpty());
	}
}
