package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

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

/** A hierarchical corpus to a QDA tool and back from the command line, as a user types it. */
class RefiQdaCommandTest {
	private static final String TEXT = "Unemployment fell while exports to Korea grew by a tenth.";

	@TempDir
	Path dir;

	@Test
	void aProjectGoesOutAndComesBackIntoANewCorpusWithItsCodebookFirst() throws Exception {
		CommandRun run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.line("corpus", "create", "c", "--schema", "policy-topics"), run.err());
		Corpus corpus = Corpus.open(dir.resolve("c"));
		corpus.addDocument(Document.of("d1", "Trade and jobs", TEXT));
		AnnotationSet set = new AnnotationSet("alice", "d1", Document.sha256Of(TEXT));
		set.add(Annotation.of("a1", "economy-jobs", List.of(Span.of(TEXT, 0, 17)), "alice", Instant.now())
				.withNote("labour market", Instant.now()));
		corpus.saveSet(set);
		assertEquals(ExitCodes.OK, run.line("variables", "code", "--corpus", "c", "--annotator", "bo", "--documents",
				"d1", "economy"), run.err());

		run.clear();
		assertEquals(ExitCodes.OK, run.line("export", "--corpus", "c", "--format", "refi-qda", "--out", "c.qdpx"),
				run.err());
		assertTrue(Files.size(dir.resolve("c.qdpx")) > 0);
		assertEquals(ExitCodes.OK, run.line("corpus", "create", "back"), run.err());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("codebook", "import", "c.qdpx", "--corpus", "back"), run.err());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("import-annotations", "c.qdpx", "--corpus", "back", "--format",
				"refi-qda"), run.err());
		assertTrue(run.out().contains("document codes given to 1 document"), run.out());
		Corpus back = Corpus.open(dir.resolve("back"));
		Annotation a = back.loadSet("alice", "d1").annotations().get(0);
		assertEquals("employment-and-wages", a.type());
		assertEquals("economy", back.schema().tagType(a.type()).orElseThrow().parent());
		assertEquals("Unemployment fell", a.spans().get(0).quote());
		assertEquals("labour market", a.note());
		List<String> codes = DocumentCodes.of(back, "bo", "d1");
		assertEquals(1, codes.size(), "bo's document code, though bo coded no passage: " + codes);
		assertEquals(corpus.schema().tagType("economy").orElseThrow().label(),
				back.schema().tagType(codes.get(0)).orElseThrow().label());
	}
}
