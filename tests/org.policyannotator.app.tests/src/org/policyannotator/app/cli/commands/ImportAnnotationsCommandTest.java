package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** {@code import-annotations} as a user runs it. */
class ImportAnnotationsCommandTest {
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private CommandContext context() {
		return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir);
	}

	private int run(String... args) throws Exception {
		return new ImportAnnotationsCommand().run(List.of(args), context());
	}

	/** The same documents as the exported corpus, without annotations. */
	private Corpus empty(String name) throws Exception {
		Corpus corpus = Corpus.create(dir.resolve(name), "news", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc-1", "Ties", ExportCommandTest.TEXT));
		corpus.addDocument(Document.of("doc-2", "Other", "Nothing is tagged here."));
		return corpus;
	}

	private void export(String format, String file) throws Exception {
		if (!Files.exists(dir.resolve("news"))) {
			ExportCommandTest.corpus(dir.resolve("news"));
		}
		assertEquals(ExitCodes.OK, new ExportCommand().run(List.of("--corpus", "news", "--format", format, "--out",
				file), context()));
	}

	@Test
	void importsAColleaguesExportAndSaysWhatItDid() throws Exception {
		export("jsonl", "shared.jsonl");
		Corpus target = empty("mine");
		assertEquals(ExitCodes.OK, run("shared.jsonl", "--corpus", "mine"));
		assertEquals(4, target.loadSet("ana", "doc-1").size());
		assertEquals(1, target.loadSet("ana", "doc-1").relations().size());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Imported 1 annotation sets (4 annotations, 1 relations)"),
				out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void importsW3cAndDoccanoUnderAGivenAnnotator() throws Exception {
		export("w3c", "shared.jsonld");
		Corpus target = empty("mine");
		assertEquals(ExitCodes.OK, run("shared.jsonld", "--corpus", "mine", "--format", "w3c", "--annotator", "bo"));
		assertEquals(4, target.loadSet("bo", "doc-1").size());
		export("doccano", "shared-doccano.jsonl");
		assertEquals(ExitCodes.OK, run("shared-doccano.jsonl", "--corpus", "mine", "--annotator", "cy"));
		assertEquals(4, target.loadSet("cy", "doc-1").size());
	}

	@Test
	void aBadFileFailsNamingFileAndLineAndWritesNothing() throws Exception {
		export("jsonl", "shared.jsonl");
		Path file = dir.resolve("shared.jsonl");
		Files.writeString(file, Files.readString(file).replace("\"type\":\"quote\"", "\"type\":\"gossip\""));
		Corpus target = empty("mine");
		assertEquals(ExitCodes.FAILED, run("shared.jsonl", "--corpus", "mine"));
		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(message.contains(file.toString()) && message.contains("line 2")
				&& message.contains("tag type \"gossip\" is not in the corpus schema"), message);
		assertEquals(0, target.info().annotations());
	}

	@Test
	void aColleaguesDoccanoFileOpensInANewCorpusWithItsTypesMappedOrAdded() throws Exception {
		Corpus target = Corpus.create(dir.resolve("new"), "new", Schema.defaultSchema());
		Files.writeString(dir.resolve("d.jsonl"), """
				{"text": "Seoul \uD83D\uDE00 pledged 1.2 trillion won.", "label": [[17, 33, "Figure"], [0, 5, "Place"]]}
				""");
		assertEquals(ExitCodes.OK, run("d.jsonl", "--corpus", "new", "--annotator", "cy", "--map", "Figure=statistic",
				"--add-types"));
		String said = out.toString(StandardCharsets.UTF_8);
		assertTrue(said.contains("1 created") && said.contains("types added to the schema: place"), said);
		Corpus reopened = Corpus.open(target.directory());
		String id = reopened.documentIds().get(0);
		assertEquals("1.2 trillion won", reopened.loadSet("cy", id).annotations().stream()
				.filter(a -> a.type().equals("statistic")).findFirst().orElseThrow().firstSpan().quote());
		Corpus.create(dir.resolve("strict"), "strict", Schema.defaultSchema());
		assertEquals(ExitCodes.FAILED, run("d.jsonl", "--corpus", "strict", "--existing-documents-only",
				"--annotator", "dee", "--map", "Figure=statistic,Place=speaker", "--offsets", "codepoints"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no document of the corpus has this text"),
				err.toString(StandardCharsets.UTF_8));
		assertEquals(List.of(), Corpus.open(dir.resolve("strict")).documentIds());
	}

	@Test
	void badUsageIsReportedAsSuch() {
		assertThrows(UsageException.class, () -> run("a.json", "--corpus", "mine", "--offsets", "bytes"));
		assertThrows(UsageException.class, () -> run("a.json", "--corpus", "mine", "--map", "Claim"));
		assertThrows(UsageException.class, () -> run("--corpus", "mine"));
		assertThrows(UsageException.class, () -> run("a.json", "--corpus", "mine", "--format", "csv"));
		assertThrows(UsageException.class, () -> run("a.json"));
	}
}
