package org.policyannotator.model.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.schema.Schema;

/** Codes given to whole documents: stored per annotator, checked, following codebook changes, filtering. */
class DocumentCodesTest {
	@TempDir
	Path dir;

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "topics", SchemaFiles.sample("policy-topics"));
		for (String id : List.of("d1", "d2", "d3")) {
			corpus.addDocument(Document.of(id, "Document " + id, "Text of " + id + "."));
		}
		return corpus;
	}

	@Test
	void eachAnnotatorsCodesAreKeptInTheirOwnFileAndSelectDocumentsWithTheirAncestors() throws Exception {
		Corpus corpus = corpus();
		assertEquals(Map.of("d1", List.of()), DocumentCodes.set(corpus, "ana",
				Map.of("d1", List.of("economy-jobs", "trade"))), "the codes before, for undo");
		DocumentCodes.set(corpus, "ben", Map.of("d2", List.of("diplomacy")));
		assertEquals(List.of("economy-jobs", "trade"), DocumentCodes.of(corpus, "ana", "d1"));
		assertEquals(List.of("ana", "ben"), DocumentCodes.annotators(corpus));
		assertTrue(Files.readString(DocumentCodes.file(corpus, "ana")).contains("\"annotator\" : \"ana\""));

		assertEquals(List.of("d1"), CorpusVariables.where(corpus, DocumentFilter.parse("doc-code=economy")),
				"economy-jobs is an economy document");
		assertEquals(List.of("d1", "d2"), CorpusVariables.where(corpus, DocumentFilter.parse("doc-code=trade|Diplomacy")));
		assertEquals(List.of("d3"), CorpusVariables.where(corpus, DocumentFilter.parse("!doc-code")));
		assertEquals(List.of("d2", "d3"), CorpusVariables.where(corpus, DocumentFilter.parse("doc-code!=economy")));
		assertTrue(DocumentFilter.parse("doc-code=economy").accepts(Map.of(), Set.of("economy")));

		assertEquals(Map.of("d1", List.of("economy-jobs", "trade")),
				DocumentCodes.set(corpus, "ana", Map.of("d1", List.of())));
		assertEquals(List.of("ben"), DocumentCodes.annotators(corpus), "no codes left: no file");
	}

	@Test
	void anUnknownDocumentOrCodeWritesNothing() throws Exception {
		Corpus corpus = corpus();
		DocumentCodes.set(corpus, "ana", Map.of("d1", List.of("economy")));
		byte[] before = Files.readAllBytes(DocumentCodes.file(corpus, "ana"));
		CorpusException e = assertThrows(CorpusException.class, () -> DocumentCodes.set(corpus, "ana",
				Map.of("d1", List.of("trade"), "d9", List.of("trade"))));
		assertTrue(e.getMessage().contains("document-codes/ana.json: not written: document d9 does not exist"),
				e.getMessage());
		e = assertThrows(CorpusException.class, () -> DocumentCodes.set(corpus, "ana",
				Map.of("d1", List.of("no-such-code"))));
		assertTrue(e.getMessage().contains("the codebook has no code \"no-such-code\""), e.getMessage());
		assertEquals(new String(before), Files.readString(DocumentCodes.file(corpus, "ana")));
	}

	@Test
	void aBrokenFileIsNamedAndTheCorpusCheckReportsStaleCodes() throws Exception {
		Corpus corpus = corpus();
		Files.createDirectories(dir.resolve("c/document-codes"));
		Files.writeString(dir.resolve("c/document-codes/ana.json"), "{\"format\":\"policyannotator.document-codes\","
				+ "\"version\":1,\"annotator\":\"ana\",\"documents\":{\"d1\":\"economy\"}}");
		CorpusException e = assertThrows(CorpusException.class, () -> DocumentCodes.of(corpus, "ana"));
		assertTrue(e.getMessage().contains("ana.json: document d1: the codes must be an array"), e.getMessage());
		Files.writeString(dir.resolve("c/document-codes/ana.json"), "{\"format\":\"policyannotator.document-codes\","
				+ "\"version\":1,\"annotator\":\"ana\",\"documents\":{\"d9\":[\"gone\"]}}");
		String findings = corpus.validate().toString();
		assertTrue(findings.contains("document d9 does not exist") && findings.contains("no code \"gone\""),
				findings);
	}

	@Test
	void codebookChangesAndRemovedDocumentsAreFollowedAndUndone() throws Exception {
		Corpus corpus = corpus();
		DocumentCodes.set(corpus, "ana", Map.of("d1", List.of("economy-jobs", "trade"), "d2", List.of("trade")));
		Schema schema = corpus.schema();
		CodebookChange.Result result = CodebookChange.apply(corpus, schema, Map.of("economy-jobs", "economy-growth",
				"trade", ""));
		assertEquals(Map.of("d1", List.of("economy-growth")), DocumentCodes.of(result.corpus(), "ana"));
		CodebookChange.revert(result.corpus(), result.undo(), (done, all) -> {
		});
		assertEquals(Map.of("d1", List.of("economy-jobs", "trade"), "d2", List.of("trade")),
				DocumentCodes.of(corpus, "ana"));

		corpus.removeDocument("d2");
		assertEquals(Map.of("d1", List.of("economy-jobs", "trade")), DocumentCodes.of(corpus, "ana"));
	}
}
