package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
	void jsonLinesEachParseAloneAndAQuoteNamesItsSpeakerByRelation() throws Exception {
		corpus();
		CommandRun run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.run(new SuggestCommand(), "--corpus", "c", "--annotator", "ana", "--json",
				"--dry-run"));
		var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
		java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byId = new java.util.HashMap<>();
		for (String line : run.out().strip().split("\n")) {
			assertTrue(line.startsWith("{"), "a JSON line starts with its object: [" + line + "]");
			var node = mapper.readTree(line);
			byId.put(node.get("id").asText(), node);
		}
		var quote = byId.values().stream().filter(n -> n.get("type").asText().equals("quote")).findFirst().orElseThrow();
		var relation = quote.get("relations").get(0);
		assertEquals("said-by", relation.get("type").asText());
		assertEquals("Kim Min-kyo", byId.get(relation.get("to").asText()).get("text").asText());
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

	@Test
	void tagAllSuggestsEveryOccurrenceInEveryDocumentAndSavesTheRule() throws Exception {
		Corpus corpus = corpus();
		corpus.addDocument(Document.of("d2", "Other", "Kim Min-kyo spoke. Later KIM MIN-KYO left; Kim Min-kyong stayed."));
		CommandRun run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.run(new SuggestCommand(), "--corpus", "c", "--annotator", "ana", "--tag-all",
				"Kim Min-kyo", "--as", "speaker", "--save-rule"));
		assertTrue(run.out().contains("added 3 suggestions to 2 documents"), run.out());
		Corpus reopened = Corpus.open(corpus.directory());
		assertEquals(List.of("Kim Min-kyo", "KIM MIN-KYO"), reopened.loadSet("ana", "d2").annotations().stream()
				.map(a -> a.firstSpan().quote()).toList());
		assertTrue(reopened.loadSet("ana", "d2").annotations().stream().allMatch(a -> a.type().equals("speaker")
				&& a.status() == AnnotationStatus.SUGGESTED));
		assertTrue(Files.readString(corpus.directory().resolve("suggest-rules.tsv")).contains("speaker\ttext\tKim Min-kyo"));
		run.clear();
		assertEquals(ExitCodes.OK, run.run(new SuggestCommand(), "--corpus", "c", "--annotator", "ben", "--tag-all",
				"\\d+ percent", "--regex", "--as", "statistic", "--dry-run"));
		assertTrue(run.out().contains("d1\tstatistic") && run.out().contains("12 percent"), run.out());
	}

	@Test
	void tagAllWithoutATypeOrWithABadRegexIsBadUsageAndChangesNothing() throws Exception {
		Corpus corpus = corpus();
		CommandRun run = new CommandRun(dir);
		assertThrows(UsageException.class, () -> run.run(new SuggestCommand(), "--corpus", "c", "--annotator", "ana",
				"--tag-all", "Kim"));
		UsageException bad = assertThrows(UsageException.class, () -> run.run(new SuggestCommand(), "--corpus", "c",
				"--annotator", "ana", "--tag-all", "(Kim", "--regex", "--as", "speaker", "--save-rule"));
		assertTrue(bad.getMessage().contains("invalid regular expression"), bad.getMessage());
		assertTrue(Files.notExists(corpus.setFile("ana", "d1")));
		assertTrue(Files.notExists(corpus.directory().resolve("suggest-rules.tsv")));
	}
}
