package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.DocumentCodes;

/** Document-level codes from the command line: given, shown, taken away, and selecting documents elsewhere. */
class DocumentCodesCommandTest {
	@TempDir
	Path dir;

	private CommandRun run;

	@BeforeEach
	void corpus() throws Exception {
		run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.line("corpus", "create", "c", "--schema", "policy-topics"), run.err());
		Corpus corpus = Corpus.open(dir.resolve("c"));
		for (String id : List.of("jobs", "trade", "summit")) {
			String text = "Exports grew by 5 percent in " + id + ".";
			corpus.addDocument(Document.of(id, "Report " + id, text));
			for (String annotator : List.of("alice", "bob")) {
				AnnotationSet set = new AnnotationSet(annotator, id, Document.sha256Of(text));
				set.add(Annotation.of("a1", "economy-growth", List.of(Span.of(text, 16, 25)), annotator,
						Instant.now()));
				corpus.saveSet(set);
			}
		}
		run.clear();
	}

	@Test
	void codesGivenToWholeDocumentsSelectThemForAgreementSearchAndExport() throws Exception {
		assertEquals(ExitCodes.OK, run.line("variables", "code", "--corpus", "c", "--annotator", "alice",
				"--documents", "jobs", "economy-jobs"), run.err());
		assertTrue(run.out().contains("Gave economy-jobs to 1 document(s) as alice; 1 changed"), run.out());
		assertEquals(ExitCodes.OK, run.line("variables", "code", "--corpus", "c", "--annotator", "bob",
				"--documents", "trade,jobs", "trade", "economy"), run.err());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("variables", "show", "--corpus", "c", "--documents", "jobs"), run.err());
		assertTrue(run.out().replace("\r", "").contains("jobs  Report jobs\n    codes of alice: economy-jobs\n"
				+ "    codes of bob: trade, economy\n"), run.out());

		run.clear();
		// economy-jobs counts for its parent economy: both "jobs" (alice) and, through bob, "trade" are economy
		assertEquals(ExitCodes.OK, run.line("variables", "show", "--corpus", "c", "--where", "doc-code=economy",
				"--json"), run.err());
		assertTrue(run.out().contains("\"id\":\"jobs\"") && run.out().contains("\"id\":\"trade\"")
				&& !run.out().contains("\"id\":\"summit\""), run.out());
		assertTrue(run.out().contains("\"codes\":{\"alice\":[\"economy-jobs\"],\"bob\":[\"trade\",\"economy\"]}"),
				run.out());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("agreement", "--corpus", "c", "--where", "doc-code=economy-jobs",
				"--json"), run.err());
		assertTrue(run.out().contains("jobs") && !run.out().contains("summit"), run.out());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("search", "Exports", "--corpus", "c", "--where", "!doc-code", "--csv"),
				run.err());
		assertTrue(run.out().contains("summit") && !run.out().contains("jobs,"), run.out());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("export", "--corpus", "c", "--format", "jsonl", "--out", "t.jsonl",
				"--where", "doc-code=trade"), run.err());
		assertTrue(run.out().startsWith("Exported 2 documents"), "bob gave trade to jobs and trade: " + run.out());

		run.clear();
		assertEquals(ExitCodes.OK, run.line("variables", "uncode", "--corpus", "c", "--annotator", "bob",
				"--where", "doc-code=trade", "trade"), run.err());
		assertEquals(List.of("economy"), DocumentCodes.of(Corpus.open(dir.resolve("c")), "bob", "jobs"));
		assertEquals(List.of("economy"), DocumentCodes.of(Corpus.open(dir.resolve("c")), "bob", "trade"));
	}

	@Test
	void anUnknownCodeOrDocumentChangesNothing() throws Exception {
		assertEquals(ExitCodes.USAGE, run.line("variables", "code", "--corpus", "c", "--annotator", "alice",
				"--documents", "jobs", "economy-nope"));
		assertTrue(run.err().contains("the codebook has no code \"economy-nope\""), run.err());
		run.clear();
		assertEquals(ExitCodes.FAILED, run.line("variables", "code", "--corpus", "c", "--annotator", "alice",
				"--documents", "jobs,nope", "economy"));
		assertTrue(run.err().contains("document-codes/alice.json: not written: document nope does not exist"),
				run.err());
		assertFalse(Files.exists(dir.resolve("c/document-codes/alice.json")), "nothing written");
		assertEquals(ExitCodes.USAGE, run.line("variables", "code", "--corpus", "c", "--documents", "jobs",
				"economy"));
	}
}
