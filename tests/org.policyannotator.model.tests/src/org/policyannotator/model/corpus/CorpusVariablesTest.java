package org.policyannotator.model.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.schema.Schema;

/** Document variables: stored with the document, read without the text, set in one batch, filtered by. */
class CorpusVariablesTest {
	@TempDir
	Path dir;

	private Corpus corpus;

	@BeforeEach
	void corpus() throws Exception {
		corpus = Corpus.create(dir.resolve("c"), "Speeches", Schema.defaultSchema());
		corpus.addDocument(Document.of("kr-1", "Seoul speech", "Text one."));
		corpus.addDocument(Document.of("kr-2", "Seoul briefing", "Text two."));
		corpus.addDocument(Document.of("cn-1", "Beijing remarks", "Text three."));
	}

	@Test
	void variablesAreSavedWithTheDocumentAndReadWithoutItsText() throws Exception {
		List<String> written = CorpusVariables.set(corpus, Map.of("kr-1", Map.of("country", "KR", "type", "speech"),
				"cn-1", Map.of("country", " CN ")));
		assertEquals(List.of("cn-1", "kr-1"), written.stream().sorted().toList());
		Corpus reopened = Corpus.open(dir.resolve("c"));
		assertEquals(Map.of("country", "KR", "type", "speech"), reopened.documentVariables("kr-1"));
		assertEquals(Map.of("country", "CN"), reopened.loadDocument("cn-1").variables(), "values are stripped");
		assertEquals(Map.of(), reopened.documentVariables("kr-2"));
		assertEquals("Text one.", reopened.loadDocument("kr-1").text());
		String file = Files.readString(reopened.documentFile("kr-1"));
		assertTrue(file.contains("\"version\" : 2") && file.contains("\"variables\""), file);
		assertTrue(Files.readString(reopened.documentFile("kr-2")).contains("\"version\" : 1"),
				"documents without variables stay readable by older versions");
	}

	@Test
	void anEmptyValueRemovesAVariableAndUnchangedDocumentsAreNotWritten() throws Exception {
		CorpusVariables.set(corpus, Map.of("kr-1", Map.of("country", "KR", "party", "DP")));
		assertEquals(List.of(), CorpusVariables.set(corpus, Map.of("kr-1", Map.of("country", "KR"))));
		CorpusVariables.set(corpus, Map.of("kr-1", Map.of("party", "")));
		assertEquals(Map.of("country", "KR"), corpus.documentVariables("kr-1"));
	}

	@Test
	void aBadNameOrAnUnknownDocumentChangesNothing() throws Exception {
		Map<String, Map<String, String>> changes = new LinkedHashMap<>();
		changes.put("kr-1", Map.of("country", "KR"));
		changes.put("kr-2", Map.of("1st", "x"));
		CorpusException bad = assertThrows(CorpusException.class, () -> CorpusVariables.set(corpus, changes));
		assertTrue(bad.getMessage().contains("kr-2.json") && bad.getMessage().contains("\"1st\""), bad.getMessage());
		assertEquals(Map.of(), corpus.documentVariables("kr-1"), "nothing written");
		changes.put("kr-2", Map.of("country", "KR"));
		changes.put("nope", Map.of("country", "KR"));
		CorpusException unknown = assertThrows(CorpusException.class, () -> CorpusVariables.set(corpus, changes));
		assertTrue(unknown.getMessage().contains("document nope does not exist"), unknown.getMessage());
		assertEquals(Map.of(), corpus.documentVariables("kr-1"));
		assertThrows(CorpusException.class,
				() -> CorpusVariables.set(corpus, Map.of("kr-1", Map.of("note", "two\nlines"))));
	}

	@Test
	void filtersSelectDocumentsByTheirVariables() throws Exception {
		CorpusVariables.set(corpus, Map.of("kr-1", Map.of("country", "KR", "type", "speech"), "kr-2",
				Map.of("country", "KR", "type", "briefing"), "cn-1", Map.of("country", "CN", "type", "speech")));
		assertEquals(List.of("kr-1", "kr-2"), CorpusVariables.where(corpus, DocumentFilter.parse("country=kr")));
		assertEquals(List.of("kr-1"), CorpusVariables.where(corpus, DocumentFilter.parse("country=KR, type=speech")));
		assertEquals(List.of("cn-1", "kr-1"), CorpusVariables.where(corpus, DocumentFilter.parse("type=speech|talk")));
		assertEquals(List.of("kr-2"), CorpusVariables.where(corpus, DocumentFilter.parse("type!=speech")));
		assertEquals(List.of(), CorpusVariables.where(corpus, DocumentFilter.parse("!country")));
		assertEquals(3, CorpusVariables.where(corpus, DocumentFilter.parse("country")).size());
		assertTrue(DocumentFilter.parse(" ").isAll());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentFilter.parse("=KR"));
		assertTrue(e.getMessage().contains("\"=KR\" is not a condition"), e.getMessage());
		assertFalse(DocumentFilter.parse("country=KR").accepts(Map.of()));
	}
}
