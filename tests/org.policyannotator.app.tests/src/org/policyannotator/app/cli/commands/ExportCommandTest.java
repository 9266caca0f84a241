package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** {@code export} as a user runs it. */
class ExportCommandTest {
	static final String TEXT = "Chen Xin 😀 said that ties matter most. Trade rose 24.5 percent. 中国和韩国是重要邻国。";
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** A corpus with one document annotated by ana: a speaker, a quote said by them, a statistic. */
	static Corpus corpus(Path folder) throws IOException {
		Corpus corpus = Corpus.create(folder, "news", Schema.defaultSchema());
		Document document = Document.of("doc-1", "Ties", TEXT);
		corpus.addDocument(document);
		corpus.addDocument(Document.of("doc-2", "Other", "Nothing is tagged here."));
		Instant now = Instant.parse("2026-01-05T10:00:00Z");
		AnnotationSet set = AnnotationSet.of("ana", "doc-1", document.sha256(), List.of(
				Annotation.of("a1", "speaker", List.of(span("Chen Xin")), "ana", now),
				Annotation.of("a2", "quote", List.of(span("ties matter most")), "ana", now),
				Annotation.of("a3", "statistic", List.of(span("24.5 percent")), "ana", now),
				Annotation.of("a4", "claim", List.of(span("中国和韩国是重要邻国")), "ana", now)),
				List.of(new Relation("r1", "said-by", "a2", "a1")));
		corpus.saveSet(set);
		return corpus;
	}

	private static Span span(String phrase) {
		int start = TEXT.indexOf(phrase);
		return Span.of(TEXT, start, start + phrase.length());
	}

	@BeforeEach
	void setUp() throws IOException {
		corpus(dir.resolve("news"));
	}

	private int run(String... args) throws Exception {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir);
		return new ExportCommand().run(List.of(args), context);
	}

	@Test
	void exportsTheCorpusAndSaysWhatItWrote() throws Exception {
		assertEquals(ExitCodes.OK, run("--corpus", "news", "--format", "native", "--out", "news.json"));
		assertTrue(Files.readString(dir.resolve("news.json")).contains("\"format\": \"policyannotator-dataset\""));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Exported 2 documents, 4 annotations and 1 relations"),
				out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void everyFormatWritesItsFileOrFolder() throws Exception {
		for (String format : List.of("native", "jsonl", "w3c", "doccano", "labelstudio", "brat", "uima-json")) {
			assertEquals(ExitCodes.OK, run("--corpus", "news", "--format", format, "--out", "out-" + format), format);
			assertTrue(Files.exists(dir.resolve("out-" + format)), format);
		}
		assertTrue(Files.isRegularFile(dir.resolve("out-brat").resolve("ana").resolve("doc-1.ann")));
		assertTrue(Files.isRegularFile(dir.resolve("out-uima-json").resolve("ana").resolve("doc-1.json")));
	}

	@Test
	void selectionsAreApplied() throws Exception {
		assertEquals(ExitCodes.OK, run("--corpus", "news", "--format", "doccano", "--out", "d.jsonl", "--types",
				"statistic,claim", "--documents", "doc-1", "--accepted-only"));
		String line = Files.readString(dir.resolve("d.jsonl"));
		assertTrue(line.contains("\"label\":\"statistic\"") && line.contains("\"label\":\"claim\""), line);
		assertFalse(line.contains("\"label\":\"quote\""), line);
		assertEquals(1, line.lines().count());
	}

	@Test
	void badUsageIsReportedAsSuch() {
		assertThrows(UsageException.class, () -> run("--corpus", "news", "--format", "excel", "--out", "x"));
		assertThrows(UsageException.class, () -> run("--corpus", "news", "--format", "native"));
		assertThrows(UsageException.class, () -> run("--corpus", "news", "--format", "brat", "--out", "b",
				"--no-text"));
		assertThrows(UsageException.class, () -> run("--corpus", "news", "--format", "native", "--out", "x",
				"--colour"));
	}

	@Test
	void aFailedExportSaysWhyAndLeavesNoFile() throws Exception {
		assertEquals(ExitCodes.FAILED, run("--corpus", "news", "--format", "jsonl", "--out", "x.jsonl",
				"--documents", "doc-9"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no document doc-9"), err.toString());
		assertFalse(Files.exists(dir.resolve("x.jsonl")));
		assertEquals(ExitCodes.FAILED, run("--corpus", "missing", "--format", "jsonl", "--out", "y.jsonl"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(dir.resolve("missing").toString()), err.toString());
	}
}
