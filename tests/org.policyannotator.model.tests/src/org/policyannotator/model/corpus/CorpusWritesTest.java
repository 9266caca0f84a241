package org.policyannotator.model.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.internal.io.CrashPoint;
import org.policyannotator.model.internal.io.SetCodec;
import org.policyannotator.model.internal.io.SetLock;
import org.policyannotator.model.schema.Schema;

/** Bulk writes: all or nothing visible, one flush for the batch, the same guarantees as single writes. */
class CorpusWritesTest {
	@TempDir
	Path dir;

	@AfterEach
	void noCrashes() {
		AtomicFiles.setCrashHook(point -> {
		});
	}

	private static Document document(int i) {
		return Document.of("doc-" + i, "Doc " + i, "Trade rose " + i + " percent, said Chen Xin.");
	}

	private static void tag(AnnotationSet set, String text) {
		set.add(Annotation.of(set.newId(), "statistic", List.of(Span.of(text, 11, 20)), set.annotator(), Instant.EPOCH));
	}

	private long temporaries() throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(p -> AtomicFiles.isTemporary(p.getFileName().toString())).count();
		}
	}

	@Test
	void documentCodesOfNewDocumentsWaitForTheCommitAndJoinTheAnnotatorsOthers() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		corpus.addDocument(document(0));
		DocumentCodes.set(corpus, "ana", java.util.Map.of("doc-0", List.of("claim")));
		try (CorpusWrites writes = corpus.writes()) {
			writes.addDocument(document(1));
			writes.setDocumentCodes("ana", java.util.Map.of("doc-1", List.of("statistic", "quote")));
			writes.setDocumentCodes("ana", java.util.Map.of("doc-1", List.of("quote")));
			CorpusException unknown = assertThrows(CorpusException.class,
					() -> writes.setDocumentCodes("ana", java.util.Map.of("doc-2", List.of("claim"))));
			assertTrue(unknown.getMessage().contains("document doc-2 does not exist"), unknown.getMessage());
			assertThrows(CorpusException.class,
					() -> writes.setDocumentCodes("ana", java.util.Map.of("doc-1", List.of("no-such-code"))));
			assertEquals(java.util.Map.of("doc-0", List.of("claim")), DocumentCodes.of(corpus, "ana"),
					"nothing visible before the commit");
			writes.commit();
		}
		assertEquals(java.util.Map.of("doc-0", List.of("claim"), "doc-1", List.of("quote")),
				DocumentCodes.of(corpus, "ana"));
		assertEquals(0, temporaries());
	}

	@Test
	void nothingIsVisibleBeforeTheCommitAndEverythingAfter() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		corpus.addDocument(document(0));
		AnnotationSet set = corpus.loadSet("ana", "doc-0");
		tag(set, document(0).text());
		try (CorpusWrites writes = corpus.writes()) {
			for (int i = 1; i <= 200; i++) {
				writes.addDocument(document(i));
			}
			writes.saveSet(set);
			assertEquals(201, writes.size());
			assertEquals(List.of("doc-0"), corpus.documentIds());
			assertFalse(Files.exists(corpus.setFile("ana", "doc-0")));
			writes.commit();
		}
		assertEquals(201, corpus.documentIds().size());
		assertEquals(1, corpus.loadSet("ana", "doc-0").size());
		assertFalse(set.isDirty(), "a committed set is saved");
		assertEquals(0, temporaries());
		tag(set, document(0).text());
		corpus.saveSet(set);
		assertEquals(2, corpus.loadSet("ana", "doc-0").size(), "the set's stamp after the commit is the file's");
	}

	/**
	 * Another process saving the same set while the batch commits: the batch waits for its lock, then sees the new
	 * file and refuses to replace it, so the other process's save is never lost.
	 */
	@Test
	void aSetBeingSavedByAnotherWriterIsWaitedForAndNeverOverwritten() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		corpus.addDocument(document(0));
		String text = document(0).text();
		AnnotationSet first = corpus.loadSet("ana", "doc-0");
		tag(first, text);
		corpus.saveSet(first);
		AnnotationSet ours = corpus.loadSet("ana", "doc-0");
		tag(ours, text);
		Path file = corpus.setFile("ana", "doc-0");
		byte[] theirs;
		try (CorpusWrites writes = corpus.writes()) {
			writes.saveSet(ours);
			CompletableFuture<Void> commit;
			try (SetLock lock = SetLock.await(file)) {
				commit = CompletableFuture.runAsync(() -> {
					try {
						writes.commit();
					} catch (CorpusException e) {
						throw new CompletionException(e);
					}
				});
				Thread.sleep(300);
				assertFalse(commit.isDone(), "the commit waits for the lock");
				AnnotationSet other = corpus.loadSet("ana", "doc-0");
				other.remove(other.annotations().get(0).id());
				AtomicFiles.write(file, SetCodec.write(other), true);
				theirs = Files.readAllBytes(file);
			}
			CompletionException e = assertThrows(CompletionException.class,
					commit::join);
			assertTrue(e.getCause() instanceof StaleSetException, String.valueOf(e.getCause()));
		}
		assertEquals(new String(theirs, StandardCharsets.UTF_8),
				Files.readString(file), "the other writer's set is on disk");
		assertEquals(0, corpus.loadSet("ana", "doc-0").size());
	}

	@Test
	void closingWithoutACommitLeavesTheCorpusAsItWas() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		try (CorpusWrites writes = corpus.writes()) {
			writes.addDocument(document(1));
		}
		assertEquals(List.of(), corpus.documentIds());
		assertEquals(0, temporaries());
	}

	@Test
	void aCrashAfterTheFlushBeforeTheRenamesLeavesNoTargetChanged() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		corpus.addDocument(document(1));
		byte[] before = Files.readAllBytes(corpus.documentFile("doc-1"));
		AtomicFiles.setCrashHook(point -> {
			if (point == CrashPoint.FLUSHED) {
				throw new IllegalStateException("killed");
			}
		});
		CorpusWrites writes = corpus.writes();
		writes.addDocument(Document.of("doc-1", "New title", "Other text."));
		writes.addDocument(document(2));
		assertThrows(IllegalStateException.class, writes::commit);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(corpus.documentFile("doc-1"))));
		assertEquals(List.of("doc-1"), Corpus.open(dir.resolve("c")).documentIds(), "temporary files are not documents");
	}

	@Test
	void aSetChangedOnDiskMeanwhileIsNotOverwritten() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		corpus.addDocument(document(1));
		AnnotationSet mine = corpus.loadSet("ana", "doc-1");
		tag(mine, document(1).text());
		corpus.saveSet(mine);
		AnnotationSet theirs = Corpus.open(dir.resolve("c")).loadSet("ana", "doc-1");
		tag(mine, document(1).text());
		try (CorpusWrites writes = corpus.writes()) {
			writes.saveSet(mine);
			tag(theirs, document(1).text());
			tag(theirs, document(1).text());
			Corpus.open(dir.resolve("c")).saveSet(theirs);
			assertThrows(StaleSetException.class, writes::commit);
		}
		assertEquals(3, corpus.loadSet("ana", "doc-1").size(), "the other writer's set stays");
		assertEquals(0, temporaries());
	}
}
