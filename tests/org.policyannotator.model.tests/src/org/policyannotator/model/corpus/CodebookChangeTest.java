package org.policyannotator.model.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.CodebookEdits;
import org.policyannotator.model.schema.Schema;

/** A codebook change rewrites the annotations of every annotator and the schema together. */
class CodebookChangeTest {
	private static final String TEXT = "Unemployment fell while exports to Korea grew by a tenth.";

	@TempDir
	Path temp;

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.create(temp.resolve("c"), "Topics", SchemaFiles.sample("policy-topics"));
		corpus.addDocument(Document.of("d1", "D1", TEXT));
		for (String annotator : List.of("alice", "bob")) {
			AnnotationSet set = new AnnotationSet(annotator, "d1", Document.sha256Of(TEXT));
			set.add(Annotation.of("a1", "economy-jobs", List.of(Span.of(TEXT, 0, 17)), annotator, Instant.now()));
			set.add(Annotation.of("a2", "trade-flows", List.of(Span.of(TEXT, 24, 57)), annotator, Instant.now()));
			set.addRelation(new Relation("r1", "x", "a1", "a2"));
			corpus.saveSet(set);
		}
		return corpus;
	}

	@Test
	void mergingACodeRetypesItsAnnotationsForEveryAnnotatorAndWritesTheSchema() throws Exception {
		Corpus corpus = corpus();
		Schema merged = CodebookEdits.merge(corpus.schema(), "economy-jobs", "economy-growth");

		CodebookChange.Result result = CodebookChange.apply(corpus, merged, Map.of("economy-jobs", "economy-growth"));

		assertEquals(2, result.retyped());
		assertEquals(2, result.sets());
		Corpus reopened = Corpus.open(temp.resolve("c"));
		assertTrue(reopened.schema().tagType("economy-jobs").isEmpty());
		for (String annotator : List.of("alice", "bob")) {
			assertEquals("economy-growth", reopened.loadSet(annotator, "d1").annotation("a1").orElseThrow().type());
		}
		assertEquals(Map.of("economy-growth", 2L, "trade-flows", 2L), CodebookChange.usage(reopened));
	}

	@Test
	void removingTheAnnotationsOfADeletedCodeTakesTheirLinksWithThem() throws Exception {
		Corpus corpus = corpus();
		Schema deleted = CodebookEdits.delete(corpus.schema(), "trade-flows");

		CodebookChange.Result result = CodebookChange.apply(corpus, deleted, Map.of("trade-flows", ""));

		assertEquals(2, result.removed());
		AnnotationSet set = Corpus.open(temp.resolve("c")).loadSet("alice", "d1");
		assertEquals(1, set.size());
		assertEquals(List.of(), set.relations());
		assertTrue(Files.readString(temp.resolve("c/schema.json")).contains("\"version\" : 2"));
	}
}
