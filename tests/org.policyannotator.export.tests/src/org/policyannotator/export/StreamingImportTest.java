package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Line files (doccano, our JSONL) are imported one set at a time: a document created early in the file is found
 * again by a line far below (read back from where the import staged it), and a problem or a cancellation at the end
 * of the file leaves the corpus exactly as it was, with no temporary file behind.
 */
class StreamingImportTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int TEXTS = 40;

	@TempDir
	Path dir;

	private static String text(int n) {
		return String.format(Locale.ROOT, "Report %d. The ministry said exports rose %d percent in the year to "
				+ "March, and officials expect %d new agreements.", n, 3 + n, 10 + n);
	}

	/** One doccano line: the text, who annotated it, a statistic on the "N percent" of the text. */
	private static String line(int n, String annotator) throws IOException {
		String text = text(n);
		String percent = (3 + n) + " percent";
		int start = text.indexOf(percent);
		return "{\"text\": " + JSON.writeValueAsString(text) + ", \"annotator\": \"" + annotator
				+ "\", \"label\": [[" + start + ", " + (start + percent.length()) + ", \"statistic\"]]}";
	}

	/** Every text annotated by ana, then, after all of them, every text again by ben. */
	private Path twoPasses(String lastLine) throws IOException {
		List<String> lines = new ArrayList<>();
		for (int n = 0; n < TEXTS; n++) {
			lines.add(line(n, "ana"));
		}
		for (int n = 0; n < TEXTS; n++) {
			lines.add(line(n, "ben"));
		}
		if (lastLine != null) {
			lines.add(lastLine);
		}
		return Files.write(dir.resolve("big.jsonl"), lines, StandardCharsets.UTF_8);
	}

	/** Every file of the corpus with its content, to compare before and after. */
	private static TreeMap<String, String> snapshot(Corpus corpus) throws IOException {
		TreeMap<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(corpus.directory())) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(corpus.directory().relativize(file).toString(), Files.readString(file));
			}
		}
		return files;
	}

	@Test
	void aTextSeenFarAboveIsTheSameDocumentAndEveryLineGetsItsSet() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "Empty", Schema.defaultSchema());
		List<int[]> progress = new ArrayList<>();
		ImportReport report = AnnotationImporter.importFile(twoPasses(null), ImportOptions.defaults()
				.withFormat(Optional.of(ImportFormat.DOCCANO)), corpus, new ExportProgress() {
					@Override
					public void worked(int done, int total, String documentId) {
						progress.add(new int[] { done, total });
					}

					@Override
					public boolean isCancelled() {
						return false;
					}
				});
		assertEquals(TEXTS, report.created().size(), "one document per distinct text: " + report.created());
		assertEquals(TEXTS, corpus.documentIds().size());
		assertEquals(2 * TEXTS, report.sets());
		for (String id : corpus.documentIds()) {
			String text = corpus.loadDocument(id).text();
			for (String annotator : List.of("ana", "ben")) {
				List<Annotation> annotations = corpus.loadSet(annotator, id).annotations();
				assertEquals(1, annotations.size(), annotator + " on " + id);
				assertTrue(text.contains(annotations.get(0).firstSpan().quote() + " in the year"),
						annotations.get(0).firstSpan().quote());
			}
		}
		assertEquals(2 * TEXTS, progress.size(), "progress after every line");
		assertEquals(2 * TEXTS, progress.get(progress.size() - 1)[0]);
		assertEquals(2 * TEXTS, progress.get(0)[1], "the total is known from the first line on");
	}

	@Test
	void aProblemOnTheLastLineImportsNothingAndLeavesNoTemporaryFile() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		TreeMap<String, String> before = snapshot(corpus);
		String bad = "{\"text\": \"Short text.\", \"annotator\": \"carla\", \"label\": [[0, 99, \"statistic\"]]}";
		Path file = twoPasses(bad);
		ImportException e = assertThrows(ImportException.class, () -> AnnotationImporter.importFile(file,
				Optional.of(ImportFormat.DOCCANO), Optional.empty(), corpus, ExportProgress.NONE));
		assertTrue(e.getMessage().contains(file + ": line " + (2 * TEXTS + 1)), e.getMessage());
		assertEquals(before, snapshot(corpus), "no document, set or temporary file was left");
	}

	@Test
	void aCancellationHalfWayImportsNothing() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		TreeMap<String, String> before = snapshot(corpus);
		int[] worked = { 0 };
		ExportProgress cancelHalfWay = new ExportProgress() {
			@Override
			public void worked(int done, int total, String documentId) {
				worked[0] = done;
			}

			@Override
			public boolean isCancelled() {
				return worked[0] >= TEXTS;
			}
		};
		assertThrows(ExportCancelledException.class, () -> AnnotationImporter.importFile(twoPasses(null),
				ImportOptions.defaults().withFormat(Optional.of(ImportFormat.DOCCANO)), corpus, cancelHalfWay));
		assertEquals(TEXTS, worked[0], "stopped when asked, half-way through the file");
		assertEquals(before, snapshot(corpus), "nothing of the first half was put in place");
	}

	@Test
	void aProblemOnEveryLineListsTheFirstThousandAndCountsTheRest() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "Empty", Schema.defaultSchema());
		List<String> lines = new ArrayList<>();
		for (int n = 0; n < 1500; n++) {
			lines.add("{\"text\": \"Line " + n + ".\", \"annotator\": \"ana\", \"label\": [[0, 500, \"claim\"]]}");
		}
		Path file = Files.write(dir.resolve("bad.jsonl"), lines, StandardCharsets.UTF_8);
		ImportException e = assertThrows(ImportException.class, () -> AnnotationImporter.importFile(file,
				Optional.of(ImportFormat.DOCCANO), Optional.empty(), corpus, ExportProgress.NONE));
		assertEquals(1001, e.problems().size(), "the first thousand and a last line counting the rest");
		assertTrue(e.problems().get(0).startsWith(file + ": line 1:"), e.problems().get(0));
		assertEquals("... and 500 more problems (only the first 1000 are listed)", e.problems().get(1000));
		assertEquals(List.of(), corpus.documentIds(), "nothing imported");
	}
}
