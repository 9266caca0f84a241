package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.corpus.Corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Selections, progress, cancellation and atomic output. */
class ExporterTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	@TempDir
	Path dir;

	private static JsonNode nativeExport(Corpus corpus, ExportOptions options, Path out) throws IOException {
		Exporter.export(DatasetSource.of(corpus, options), ExportFormat.NATIVE, out, ExportProgress.NONE);
		return JSON.readTree(out.toFile());
	}

	@Test
	void selectionsKeepOnlyTheChosenDocumentsTypesAnnotatorsAndAcceptedAnnotations() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		ExportOptions options = ExportOptions.all().withDocuments(List.of(TestCorpus.MULTILINGUAL, "000_2e553d2e97fa9493"))
				.withTypes(Set.of("claim", "speaker")).withAnnotators(Set.of("ana")).withAcceptedOnly(true);
		JsonNode root = nativeExport(corpus, options, dir.resolve("d.json"));
		List<String> ids = new ArrayList<>();
		for (JsonNode document : root.get("documents")) {
			ids.add(document.get("id").asText());
			assertEquals(1, document.get("sets").size());
			JsonNode set = document.at("/sets/0");
			assertEquals("ana", set.get("annotator").asText());
			for (JsonNode annotation : set.get("annotations")) {
				assertTrue(Set.of("claim", "speaker").contains(annotation.get("type").asText()));
				assertEquals("accepted", annotation.get("status").asText());
			}
			assertEquals(0, set.get("relations").size(), "said-by needs the quote, which is left out");
		}
		assertEquals(List.of(TestCorpus.MULTILINGUAL, "000_2e553d2e97fa9493"), ids, "in the order asked");
	}

	@Test
	void unknownDocumentsTypesAndAnnotatorsAreRefusedUpFront() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		for (ExportOptions options : List.of(ExportOptions.all().withDocuments(List.of("nope")),
				ExportOptions.all().withTypes(Set.of("rumour")), ExportOptions.all().withAnnotators(Set.of("zoe")))) {
			ExportException e = assertThrows(ExportException.class, () -> DatasetSource.of(corpus, options));
			assertTrue(e.getMessage().contains("nope") || e.getMessage().contains("rumour")
					|| e.getMessage().contains("zoe"), e.getMessage());
		}
	}

	@Test
	void anExportIntoTheCorpusIsRefusedAndTouchesNothing() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		Path set = dir.resolve("c/annotations/ana").resolve(corpus.documentIdsAnnotatedBy("ana").get(0) + ".json");
		byte[] saved = java.nio.file.Files.readAllBytes(set);
		for (Path target : List.of(set, dir.resolve("c/documents/out.jsonl"), dir.resolve("c/export.json"),
				dir.resolve("c/annotations/new/x.json"))) {
			ExportException e = assertThrows(ExportException.class, () -> Exporter.export(
					DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.JSONL, target, ExportProgress.NONE));
			assertTrue(e.getMessage().startsWith(target.toAbsolutePath() + ": is inside the corpus "), e.getMessage());
		}
		ExportException folder = assertThrows(ExportException.class, () -> Exporter.export(
				DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.BRAT, dir.resolve("c"), ExportProgress.NONE));
		assertTrue(folder.getMessage().contains("is inside the corpus"), folder.getMessage());
		assertArrayEquals(saved, java.nio.file.Files.readAllBytes(set));
		assertFalse(java.nio.file.Files.exists(dir.resolve("c/export.json")));
		assertEquals(List.of(), corpus.validate().stream().filter(f -> f.isError()).toList());
	}

	@Test
	void formatsThatNeedTheTextRefuseToLeaveItOut() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		ExportException e = assertThrows(ExportException.class, () -> Exporter.export(
				DatasetSource.of(corpus, ExportOptions.all().withText(false)), ExportFormat.BRAT, dir.resolve("b"),
				ExportProgress.NONE));
		assertTrue(e.getMessage().contains("--no-text"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("b")));
	}

	@Test
	void annotationsThatNoLongerMatchTheirTextAreLeftOutWithAWarning() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		long before = corpus.info().annotations();
		corpus.addDocument(corpus.loadDocument(TestCorpus.MULTILINGUAL).withText("Nothing of the old text is left."));
		ExportResult result = Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.JSONL,
				dir.resolve("d.jsonl"), ExportProgress.NONE);
		assertTrue(result.annotations() < before, "orphans are left out");
		assertFalse(result.warnings().isEmpty());
		assertTrue(result.warnings().get(0).contains("annotations/ana/multilingual.json")
				&& result.warnings().get(0).contains("orphaned"), result.warnings().get(0));
	}

	@Test
	void annotationsOfATypeTheSchemaDoesNotKnowAreLeftOutWithAWarning() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		String document = corpus.documentIdsAnnotatedBy("ana").get(0);
		org.policyannotator.model.AnnotationSet set = corpus.loadSet("ana", document);
		String text = corpus.loadDocument(document).text();
		set.add(org.policyannotator.model.Annotation.of("rumour-1", "rumour",
				List.of(org.policyannotator.model.Span.of(text, 0, 5)), "ana", java.time.Instant.EPOCH));
		corpus.saveSet(set);
		long before = corpus.info().annotations();
		ExportResult result = Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.JSONL,
				dir.resolve("d.jsonl"), ExportProgress.NONE);
		assertEquals(before - 1, result.annotations());
		assertTrue(result.warnings().stream().anyMatch(w -> w.contains("rumour-1") && w.contains("\"rumour\" is not in"
				+ " the corpus schema")), result.warnings().toString());
		assertFalse(java.nio.file.Files.readString(dir.resolve("d.jsonl")).contains("\"rumour\""));
	}

	@Test
	void progressIsToldAfterEachDocumentAndTheResultCounts() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		List<String> seen = new ArrayList<>();
		ExportProgress progress = new ExportProgress() {
			@Override
			public void worked(int done, int total, String documentId) {
				seen.add(done + "/" + total + " " + documentId);
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		ExportResult result = Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.JSONL,
				dir.resolve("d.jsonl"), progress);
		assertEquals(6, seen.size());
		assertEquals("6/6 multilingual", seen.get(5));
		assertEquals(6, result.documents());
		assertEquals(corpus.info().annotations(), result.annotations());
		assertEquals(Files.size(dir.resolve("d.jsonl")), result.bytes());
	}

	@Test
	void aCancelledExportLeavesTheOldFileAndNoTemporaryFiles() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		Path out = dir.resolve("out").resolve("d.json");
		Files.createDirectories(out.getParent());
		Files.writeString(out, "the previous export");
		for (ExportFormat format : List.of(ExportFormat.NATIVE, ExportFormat.W3C)) {
			ExportProgress cancelAfterTwo = new ExportProgress() {
				private int done;

				@Override
				public void worked(int d, int total, String documentId) {
					done = d;
				}

				@Override
				public boolean isCancelled() {
					return done >= 2;
				}
			};
			assertThrows(ExportCancelledException.class, () -> Exporter.export(
					DatasetSource.of(corpus, ExportOptions.all()), format, out, cancelAfterTwo));
			assertEquals("the previous export", Files.readString(out));
		}
		try (Stream<Path> files = Files.list(out.getParent())) {
			assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
		}
	}

	@Test
	void aCancelledFolderExportLeavesNoFolder() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		Path out = dir.resolve("out").resolve("brat");
		ExportProgress cancel = new ExportProgress() {
			@Override
			public void worked(int done, int total, String documentId) {
				// counted by the cancel check
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		assertThrows(ExportCancelledException.class, () -> Exporter.export(
				DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.BRAT, out, cancel));
		try (Stream<Path> files = Files.list(out.getParent())) {
			assertEquals(List.of(), files.toList());
		}
	}

	@Test
	void aFolderExportNeverWritesIntoAFolderWithFiles() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		Path out = dir.resolve("brat");
		Files.createDirectories(out);
		Files.writeString(out.resolve("mine.txt"), "keep me");
		ExportException e = assertThrows(ExportException.class, () -> Exporter.export(
				DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.UIMA_JSON, out, ExportProgress.NONE));
		assertTrue(e.getMessage().contains("not empty"), e.getMessage());
		assertArrayEquals("keep me".getBytes(), Files.readAllBytes(out.resolve("mine.txt")));
	}
}
