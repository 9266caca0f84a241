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

	@Test
	void undoingADeleteBringsTheAnnotationsTheirLinksAndTheCodeBack() throws Exception {
		Corpus corpus = corpus();
		Schema before = corpus.schema();
		CodebookChange.Result result = CodebookChange.apply(corpus, CodebookEdits.delete(before, "trade-flows"),
				Map.of("trade-flows", ""));
		List<Integer> progress = new java.util.ArrayList<>();

		Corpus reverted = CodebookChange.revert(result.corpus(), result.undo(), (done, total) -> progress.add(done));

		assertEquals(List.of(1, 2), progress, "one step per changed set");
		assertTrue(reverted.schema().tagType("trade-flows").isPresent());
		AnnotationSet set = reverted.loadSet("bob", "d1");
		assertEquals(List.of("economy-jobs", "trade-flows"), set.annotations().stream().map(Annotation::type).toList());
		assertEquals(List.of(new Relation("r1", "x", "a1", "a2")), set.relations());
		assertEquals(Files.readString(temp.resolve("c/schema.json")), new String(
				org.policyannotator.model.internal.io.SchemaCodec.write(before), java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void undoingAMergeGivesOnlyTheMergedAnnotationsTheirOldCode() throws Exception {
		Corpus corpus = corpus();
		CodebookChange.Result result = CodebookChange.apply(corpus,
				CodebookEdits.merge(corpus.schema(), "trade-flows", "economy-jobs"), Map.of("trade-flows", "economy-jobs"));
		assertEquals(Map.of("economy-jobs", 4L), CodebookChange.usage(result.corpus()));
		Corpus reverted = CodebookChange.revert(result.corpus(), result.undo(), (done, total) -> {
		});
		assertEquals(Map.of("economy-jobs", 2L, "trade-flows", 2L), CodebookChange.usage(reverted));
	}

	@Test
	void aWriteThatFailsPartWayLosesNothing() throws Exception {
		Corpus corpus = corpus();
		byte[] schema = Files.readAllBytes(temp.resolve("c/schema.json"));
		byte[] alice = Files.readAllBytes(corpus.setFile("alice", "d1"));
		org.policyannotator.model.internal.io.AtomicFiles.setCrashHook(point -> {
			if (point == org.policyannotator.model.internal.io.CrashPoint.FLUSHED) {
				throw new IllegalStateException("disk full");
			}
		});
		try {
			Schema merged = CodebookEdits.merge(corpus.schema(), "economy-jobs", "economy-growth");
			org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
					() -> CodebookChange.apply(corpus, merged, Map.of("economy-jobs", "economy-growth")));
		} finally {
			org.policyannotator.model.internal.io.AtomicFiles.setCrashHook(point -> {
			});
		}
		assertTrue(java.util.Arrays.equals(schema, Files.readAllBytes(temp.resolve("c/schema.json"))));
		assertTrue(java.util.Arrays.equals(alice, Files.readAllBytes(corpus.setFile("alice", "d1"))));
		assertEquals(Map.of("economy-jobs", 2L, "trade-flows", 2L), CodebookChange.usage(Corpus.open(temp.resolve("c"))));
	}
}
