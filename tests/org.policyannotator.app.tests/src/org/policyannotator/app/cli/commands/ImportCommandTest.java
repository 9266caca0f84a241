package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.app.sample.SampleFiles;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

class ImportCommandTest {
	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) throws Exception {
		return new ImportCommand().run(List.of(args), new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), temp));
	}

	@Test
	void importsTheSampleArticlesAndSaysHowManyInTheSummary() throws Exception {
		Corpus corpus = Corpus.create(temp.resolve("c"), "Test", Schema.defaultSchema());

		int code = run(SampleFiles.folder().toString(), "--corpus", "c");

		assertEquals(ExitCodes.OK, code, err.toString());
		assertEquals(5, corpus.documentIds().size());
		assertTrue(out.toString().contains("Imported 5, skipped 0 duplicates, failed 0."), out.toString());
	}

	@Test
	void importingTheSameFolderTwiceSkipsEveryTextAsDuplicate() throws Exception {
		Corpus.create(temp.resolve("c"), "Test", Schema.defaultSchema());
		run(SampleFiles.folder().toString(), "--corpus", "c");
		out.reset();

		assertEquals(ExitCodes.OK, run(SampleFiles.folder().toString(), "--corpus", "c"));

		assertTrue(out.toString().contains("Imported 0, skipped 5 duplicates, failed 0."), out.toString());
	}

	@Test
	void aFailedFileIsNamedOnStderrAndTheExitCodeIsOne() throws Exception {
		Corpus corpus = Corpus.create(temp.resolve("c"), "Test", Schema.defaultSchema());
		Files.createDirectories(temp.resolve("in"));
		Files.writeString(temp.resolve("in/empty.html"), "");
		Files.copy(SampleFiles.folder().resolve("000_2e553d2e97fa9493.txt"), temp.resolve("in/article.txt"));

		assertEquals(ExitCodes.FAILED, run("in", "--corpus", "c"));

		assertTrue(err.toString().contains("empty.html"), err.toString());
		assertEquals(List.of("article"), corpus.documentIds());
	}

	@Test
	void withoutFilesOrCorpusItIsBadUsage() {
		org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> run("--corpus", "c"));
		org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> run("a.html"));
	}
}
