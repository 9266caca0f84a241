package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

/** Document variables from the command line: set, show, a spreadsheet round trip, and --where elsewhere. */
class VariablesCommandTest {
	@TempDir
	Path dir;

	private CommandRun run;

	@BeforeEach
	void corpus() throws Exception {
		run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.line("corpus", "create", "c"), run.err());
		Corpus corpus = Corpus.open(dir.resolve("c"));
		for (String id : List.of("kr-1", "kr-2", "cn-1")) {
			String text = "Exports grew by 5 percent in " + id + ".";
			corpus.addDocument(Document.of(id, "Report " + id, text));
			for (String annotator : List.of("alice", "bob")) {
				AnnotationSet set = new AnnotationSet(annotator, id, Document.sha256Of(text));
				set.add(Annotation.of("a1", "statistic", List.of(Span.of(text, 16, 25)), annotator, Instant.now()));
				corpus.saveSet(set);
			}
		}
		run.clear();
	}

	@Test
	void variablesAreSetShownAndSelectDocumentsForExportAgreementAndSearch() throws Exception {
		assertEquals(ExitCodes.OK, run.line("variables", "set", "--corpus", "c", "--documents", "kr-1,kr-2",
				"country=KR", "type=speech"), run.err());
		assertTrue(run.out().contains("on 2 document(s); 2 changed"), run.out());
		assertEquals(ExitCodes.OK, run.line("variables", "set", "--corpus", "c", "--documents", "cn-1", "country=CN"));
		assertEquals(ExitCodes.OK, run.line("variables", "set", "--corpus", "c", "--where", "country=KR",
				"--documents", "kr-2", "type=briefing"), run.err());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("variables", "show", "--corpus", "c", "--where", "type=briefing"));
		assertEquals("kr-2  Report kr-2\n    country = KR\n    type = briefing\n", run.out().replace("\r", ""));

		run.clear();
		assertEquals(ExitCodes.OK, run.line("export", "--corpus", "c", "--format", "jsonl", "--out", "kr.jsonl",
				"--where", "country=KR"), run.err());
		assertTrue(run.out().startsWith("Exported 2 documents"), run.out());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("agreement", "--corpus", "c", "--where", "country!=KR", "--json"),
				run.err());
		assertTrue(run.out().contains("cn-1") && !run.out().contains("kr-1"), run.out());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("search", "Exports", "--corpus", "c", "--where", "type=speech|briefing",
				"--csv"), run.err());
		assertTrue(run.out().contains("kr-1") && !run.out().contains("cn-1"), run.out());
		run.clear();
		assertEquals(ExitCodes.FAILED, run.line("export", "--corpus", "c", "--format", "jsonl", "--out", "x.jsonl",
				"--where", "country=JP"));
		assertTrue(run.err().contains("no document has variables matching --where country=JP"), run.err());
		assertEquals(ExitCodes.USAGE, run.line("search", "x", "--corpus", "c", "--where", "=JP"));
	}

	@Test
	void aSpreadsheetGoesOutAndComesBackAndABadOneChangesNothing() throws Exception {
		run.line("variables", "set", "--corpus", "c", "--documents", "kr-1", "country=KR", "party=Democratic, left");
		assertEquals(ExitCodes.OK, run.line("variables", "export", "--corpus", "c", "--out", "vars.csv"), run.err());
		String csv = Files.readString(dir.resolve("vars.csv"));
		assertEquals("id,title,country,party\r\ncn-1,Report cn-1,,\r\nkr-1,Report kr-1,KR,\"Democratic, left\"\r\n"
				+ "kr-2,Report kr-2,,\r\n", csv);
		Files.writeString(dir.resolve("edited.csv"), csv.replace("cn-1,Report cn-1,,", "cn-1,Report cn-1,CN,")
				.replace("KR,\"Democratic, left\"", "KR,"));
		run.clear();
		assertEquals(ExitCodes.OK, run.line("variables", "import", "edited.csv", "--corpus", "c"), run.err());
		Corpus corpus = Corpus.open(dir.resolve("c"));
		assertEquals(Map.of("country", "CN"), corpus.documentVariables("cn-1"));
		assertEquals(Map.of("country", "KR"), corpus.documentVariables("kr-1"), "an empty cell removes the variable");

		Files.writeString(dir.resolve("bad.csv"), "id,country\nkr-2,KR\nnope,JP\n");
		run.clear();
		assertEquals(ExitCodes.FAILED, run.line("variables", "import", "bad.csv", "--corpus", "c"));
		assertTrue(run.err().contains("bad.csv: line 3: no document nope"), run.err());
		assertEquals(Map.of(), Corpus.open(dir.resolve("c")).documentVariables("kr-2"), "nothing changed");
		Files.writeString(dir.resolve("noid.csv"), "document name,country\nkr-2,KR\n");
		assertEquals(ExitCodes.FAILED, run.line("variables", "import", "noid.csv", "--corpus", "c"));
		assertTrue(run.err().contains("the first column must be \"id\""), run.err());
	}
}
