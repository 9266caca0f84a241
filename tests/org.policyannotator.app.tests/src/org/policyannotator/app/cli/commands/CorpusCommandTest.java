package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** {@code corpus create|info|validate} as a user runs them. */
class CorpusCommandTest {
	private static final String TEXT = "Chen Xin said that ties matter most. Trade rose 24.5 percent.";
	@TempDir
	Path dir;

	private CommandRun command;

	private int run(String... args) throws Exception {
		return command().run(new CorpusCommand(), args);
	}

	private CommandRun command() {
		if (command == null) {
			command = new CommandRun(dir);
		}
		return command;
	}

	private String out() {
		return command().out();
	}

	private String err() {
		return command().err();
	}

	private static Annotation tag(String id, String type, String phrase) {
		int start = TEXT.indexOf(phrase);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + phrase.length())), "ana",
				Instant.parse("2026-01-05T10:00:00Z"));
	}

	@Test
	void createMakesACorpusWithTheDefaultSchemaAndTheFolderName() throws Exception {
		assertEquals(ExitCodes.OK, run("create", "news"));
		Corpus corpus = Corpus.open(dir.resolve("news"));
		assertEquals("news", corpus.name());
		assertEquals(Schema.defaultSchema(), corpus.schema());
		assertTrue(out().contains("Created corpus \"news\""), out());
	}

	@Test
	void createTakesANameAndASchemaFile() throws Exception {
		Schema small = new Schema("Figures only", List.of(Schema.defaultSchema().tagType("statistic").orElseThrow()),
				List.of());
		SchemaFiles.write(dir.resolve("figures.json"), small);
		assertEquals(ExitCodes.OK, run("create", "c", "--schema", "figures.json", "--name", "Figures study"));
		Corpus corpus = Corpus.open(dir.resolve("c"));
		assertEquals("Figures study", corpus.name());
		assertEquals(List.of("statistic"), corpus.schema().tagTypes().stream().map(TagType::id).toList());
	}

	@Test
	void createRefusesAnInconsistentSchemaAndSaysWhy() throws Exception {
		Schema claims = new Schema("Claims only", List.of(Schema.defaultSchema().tagType("claim").orElseThrow()),
				List.of());
		SchemaFiles.write(dir.resolve("claims.json"), claims);
		assertEquals(ExitCodes.FAILED, run("create", "c", "--schema", "claims.json"));
		assertTrue(err().contains("claim.claimant: reference target type speaker does not exist"), err());
		assertTrue(!Files.exists(dir.resolve("c")));
	}

	@Test
	void createFailsOnANonEmptyFolderNamingIt() throws Exception {
		Files.createDirectories(dir.resolve("busy"));
		Files.writeString(dir.resolve("busy/x.txt"), "x");
		assertEquals(ExitCodes.FAILED, run("create", "busy"));
		assertTrue(err().contains("busy") && err().contains("is not empty"), err());
	}

	@Test
	void createFailsOnAMissingSchemaFile() throws Exception {
		assertEquals(ExitCodes.FAILED, run("create", "c", "--schema", "nope.json"));
		assertTrue(err().contains("nope.json: does not exist"), err());
	}

	@Test
	void infoListsDocumentsAnnotatorsAndCountsPerType() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "Study", Schema.defaultSchema());
		Document document = Document.of("doc-1", "One", TEXT);
		corpus.addDocument(document);
		AnnotationSet set = corpus.loadSet("ana", "doc-1");
		set.add(tag("a1", "speaker", "Chen Xin"));
		set.add(tag("a2", "statistic", "24.5 percent"));
		set.add(tag("a3", "statistic", "rose 24.5"));
		corpus.saveSet(set);
		assertEquals(ExitCodes.OK, run("info", "c"));
		String info = out();
		assertTrue(info.contains("Corpus:      Study"), info);
		assertTrue(info.contains("Documents:   1"), info);
		assertTrue(info.contains("Annotators:  1 (ana)"), info);
		assertTrue(info.contains("Annotations: 3"), info);
		assertTrue(info.matches("(?s).*Statistic\\s+2\\n.*"), info);
		assertTrue(info.matches("(?s).*Speaker\\s+1\\n.*"), info);
		assertTrue(info.matches("(?s).*Claim\\s+0\\n.*"), info);
	}

	@Test
	void validatePassesWithWarningsOnlyAndFailsOnErrors() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "Study", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc-1", "One", TEXT));
		AnnotationSet set = corpus.loadSet("ana", "doc-1");
		set.add(tag("a1", "quote", "ties matter most").withAttribute("kind", new AttributeValue.Text("indirect"),
				Instant.parse("2026-01-05T10:00:00Z")));
		corpus.saveSet(set);
		assertEquals(ExitCodes.OK, run("validate", "c"));
		assertTrue(out().contains("warning: annotations/ana/doc-1.json: a1: Quote has no said by link"), out());
		assertTrue(out().contains("0 errors, 1 warnings"), out());

		set.add(Annotation.of("a2", "claim", List.of(new Span(0, 4, "Tree", "", "")), "ana",
				Instant.parse("2026-01-05T10:00:00Z")));
		corpus.saveSet(set);
		assertEquals(ExitCodes.FAILED, run("validate", "c"));
		assertTrue(out().contains("error: annotations/ana/doc-1.json: a2: stored quote \"Tree\" differs"), out());
		assertTrue(err().contains("1 errors"), err());
	}

	@Test
	void validateOfABrokenCorpusFileFailsNamingIt() throws Exception {
		Corpus.create(dir.resolve("c"), "Study", Schema.defaultSchema());
		Files.writeString(dir.resolve("c/corpus.json"), "{\"format\": \"policyannotator.corpus\", \"version\": ");
		assertEquals(ExitCodes.FAILED, run("validate", "c"));
		assertTrue(err().contains("corpus.json: the file is truncated"), err());
	}

	@Test
	void infoOnAFolderThatIsNoCorpusFails() throws Exception {
		Files.createDirectories(dir.resolve("empty"));
		assertEquals(ExitCodes.FAILED, run("info", "empty"));
		assertTrue(err().contains("corpus.json is missing"), err());
	}

	@Test
	void badUsageIsAUsageException() {
		assertThrows(UsageException.class, () -> run());
		assertThrows(UsageException.class, () -> run("destroy", "c"));
		assertThrows(UsageException.class, () -> run("info"));
		assertThrows(UsageException.class, () -> run("info", "a", "b"));
		assertThrows(UsageException.class, () -> run("create", "c", "--colour", "red"));
		assertThrows(UsageException.class, () -> run("create", "c", "--schema"));
	}

	@Test
	void theCommandDescribesItself() {
		CorpusCommand command = new CorpusCommand();
		assertEquals("corpus", command.name());
		assertTrue(command.usage().contains("corpus create <dir> [--schema <schema.json>] [--name <name>]"));
		assertTrue(!command.summary().isBlank());
	}
}
