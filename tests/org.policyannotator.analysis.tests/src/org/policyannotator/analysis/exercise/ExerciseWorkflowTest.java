package org.policyannotator.analysis.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.table.CsvParser;
import org.policyannotator.analysis.table.CsvRecord;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** Instructor creates, students open and submit, instructor grades: on three sample articles. */
class ExerciseWorkflowTest {
	private static final Document D0 = SampleTexts.document("d0", "000");
	private static final Document D3 = SampleTexts.document("d3", "003");
	private static final Document D4 = SampleTexts.document("d4", "004");
	private static final String GUIDELINES = "# Guidelines\nTag claims, statistics and speakers.\n";

	@TempDir
	Path dir;

	private static Tagger reference(Tagger t, Document d) {
		if (d == D0) {
			return t.tag("speaker", "Chen Xin").tag("claim", "China and South Korea bear an increasing"
					+ " responsibility to maintain regional peace");
		}
		return t.tag("statistic", "approximately 200 leading South Korean business figures")
				.tag("claim", "Economic ties between China and South Korea are close");
	}

	private Corpus instructorCorpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("instructor"), "news", Schema.defaultSchema());
		for (Document d : List.of(D0, D3, D4)) {
			corpus.addDocument(d);
		}
		corpus.saveSet(reference(Tagger.on(D0, "teacher"), D0).set());
		corpus.saveSet(reference(Tagger.on(D4, "teacher"), D4).set());
		corpus.saveSet(Tagger.on(D3, "teacher").tag("claim", "China").set());
		return corpus;
	}

	private ExerciseManifest create(Corpus corpus) throws Exception {
		return ExercisePackage.create(new ExercisePackage.Request(corpus, "Week 3", List.of("d0", "d4"),
				Optional.of(GUIDELINES), "teacher"), dir.resolve("exercise.zip"),
				Optional.of(dir.resolve("reference.zip")));
	}

	private static Map<String, byte[]> entries(Path zip) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry e : Collections.list(file.entries())) {
				entries.put(e.getName(), file.getInputStream(e).readAllBytes());
			}
		}
		return entries;
	}

	/** Opens the exercise as {@code student}, lets the tagger annotate, packs the submission. */
	private Path submit(Path exercise, String student, Map<Document, Tagger> work) throws Exception {
		Corpus corpus = ExercisePackage.open(exercise, dir.resolve("students").resolve(student),
				Optional.of(student), ZipLimits.DEFAULT).corpus();
		for (Tagger t : work.values()) {
			corpus.saveSet(t.set());
		}
		Path out = dir.resolve("submissions").resolve(student + ".zip");
		Submissions.pack(corpus, student, out);
		return out;
	}

	@Test
	void thePackageHoldsDocumentsSchemaAndGuidelinesButNoAnnotations() throws Exception {
		ExerciseManifest manifest = create(instructorCorpus());
		Map<String, byte[]> entries = entries(dir.resolve("exercise.zip"));
		assertEquals(List.of("corpus.json", "documents/d0.json", "documents/d4.json", "exercise.json",
				"guidelines.md", "schema.json"), List.copyOf(entries.keySet()));
		assertEquals(GUIDELINES, new String(entries.get("guidelines.md"), StandardCharsets.UTF_8));
		assertFalse(new String(entries.get("exercise.json"), StandardCharsets.UTF_8).contains("teacher"),
				"the package does not even name the reference annotator");
		assertEquals(List.of("d0", "d4"), manifest.documentIds());
		assertEquals(D0.sha256(), manifest.documents().get(0).sha256());
		Map<String, byte[]> reference = entries(dir.resolve("reference.zip"));
		assertTrue(reference.containsKey("annotations/teacher/d0.json"));
		assertTrue(reference.containsKey("annotations/teacher/d4.json"));
		assertFalse(reference.containsKey("annotations/teacher/d3.json"));
	}

	@Test
	void aDocumentWithoutReferenceSetCannotBeInAnExercise() throws Exception {
		Corpus corpus = instructorCorpus();
		ExerciseException e = assertThrows(ExerciseException.class, () -> ExercisePackage.create(
				new ExercisePackage.Request(corpus, "x", List.of("d0"), Optional.empty(), "nobody"),
				dir.resolve("x.zip"), Optional.empty()));
		assertTrue(e.getMessage().contains("nobody has no set for document d0"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("x.zip")));
	}

	@Test
	void aStudentOpensThePackageAsACorpusWithTheirOwnFolder() throws Exception {
		create(instructorCorpus());
		ExercisePackage.Opened opened = ExercisePackage.open(dir.resolve("exercise.zip"), dir.resolve("sam"),
				Optional.of("sam"), ZipLimits.DEFAULT);
		assertEquals(List.of("d0", "d4"), opened.corpus().documentIds());
		assertEquals(List.of("sam"), opened.corpus().annotators());
		assertEquals(D4.text(), opened.corpus().loadDocument("d4").text());
		assertTrue(Files.isRegularFile(dir.resolve("sam/guidelines.md")));
		ExerciseException notEmpty = assertThrows(ExerciseException.class, () -> ExercisePackage.open(
				dir.resolve("exercise.zip"), dir.resolve("sam"), Optional.empty(), ZipLimits.DEFAULT));
		assertTrue(notEmpty.getMessage().contains("is not empty"), notEmpty.getMessage());
	}

	@Test
	void aPackageWithABrokenDocumentIsRefusedNamingTheEntryAndLeavesNothing() throws Exception {
		create(instructorCorpus());
		Map<String, byte[]> entries = new LinkedHashMap<>(entries(dir.resolve("exercise.zip")));
		entries.put("documents/d4.json", "{\"format\": \"policyannotator-document\", \"version\": ".getBytes(
				StandardCharsets.UTF_8));
		Path broken = HostileZips.zip(dir.resolve("broken.zip"), entries);
		ExerciseException e = assertThrows(ExerciseException.class,
				() -> ExercisePackage.open(broken, dir.resolve("sam"), Optional.empty(), ZipLimits.DEFAULT));
		assertTrue(e.getMessage().contains(broken + "!/documents/d4.json"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("sam")));
		Map<String, byte[]> otherText = new LinkedHashMap<>(entries(dir.resolve("exercise.zip")));
		otherText.put("exercise.json", new String(otherText.get("exercise.json"), StandardCharsets.UTF_8)
				.replace(D0.sha256(), "f".repeat(64)).getBytes(StandardCharsets.UTF_8));
		Path changed = HostileZips.zip(dir.resolve("changed.zip"), otherText);
		ExerciseException mismatch = assertThrows(ExerciseException.class,
				() -> ExercisePackage.open(changed, dir.resolve("sam"), Optional.empty(), ZipLimits.DEFAULT));
		assertTrue(mismatch.getMessage().contains("document d0 does not have the text the exercise lists"),
				mismatch.getMessage());
	}

	@Test
	void aSubmissionHoldsTheManifestAndOnlyTheAnnotatedDocuments() throws Exception {
		ExerciseManifest exercise = create(instructorCorpus());
		Path zip = submit(dir.resolve("exercise.zip"), "sam", Map.of(D4, Tagger.on(D4, "sam").tag("claim",
				"Economic ties between China and South Korea are close")));
		Map<String, byte[]> entries = entries(zip);
		assertEquals(List.of("annotations/d4.json", "manifest.json"), List.copyOf(entries.keySet()));
		Path manifestFile = Files.write(dir.resolve("m.json"), entries.get("manifest.json"));
		SubmissionManifest manifest = SubmissionManifest.read(manifestFile);
		assertEquals("sam", manifest.student());
		assertEquals(exercise.id(), manifest.exerciseId());
		assertEquals(exercise.documents(), manifest.documents());
	}

	@Test
	void gradingScoresGoodSubmissionsAndListsBrokenOnesWithTheirErrors() throws Exception {
		create(instructorCorpus());
		Path exercise = dir.resolve("exercise.zip");
		Map<Document, Tagger> perfect = new LinkedHashMap<>();
		perfect.put(D0, reference(Tagger.on(D0, "ada"), D0));
		perfect.put(D4, reference(Tagger.on(D4, "ada"), D4));
		Path ada = submit(exercise, "ada", perfect);
		// bob: d0 speaker exact, claim shifted; d4 not annotated (2 missed)
		submit(exercise, "bob", Map.of(D0, Tagger.on(D0, "bob").tag("speaker", "Chen Xin")
				.tag("claim", "bear an increasing responsibility to maintain regional peace")));
		Path submissions = dir.resolve("submissions");
		Files.writeString(submissions.resolve("carl.zip"), "not a zip at all");
		Map<String, byte[]> adaEntries = entries(ada);
		Map<String, byte[]> badJson = new LinkedHashMap<>(adaEntries);
		badJson.put("manifest.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8));
		HostileZips.zip(submissions.resolve("dora.zip"), badJson);
		Map<String, byte[]> otherText = new LinkedHashMap<>(adaEntries);
		otherText.put("manifest.json", new String(adaEntries.get("manifest.json"), StandardCharsets.UTF_8)
				.replace(D4.sha256(), "0".repeat(64)).getBytes(StandardCharsets.UTF_8));
		HostileZips.zip(submissions.resolve("eve.zip"), otherText);
		Map<String, byte[]> badSet = new LinkedHashMap<>(adaEntries);
		badSet.put("annotations/d4.json", "{ not json".getBytes(StandardCharsets.UTF_8));
		HostileZips.zip(submissions.resolve("fred.zip"), badSet);
		HostileZips.zip(submissions.resolve("gus.zip"), "manifest.json", "../../escape.json");
		ExercisePackage.create(new ExercisePackage.Request(Corpus.open(dir.resolve("instructor")), "Week 4",
				List.of("d0"), Optional.empty(), "teacher"), dir.resolve("other.zip"), Optional.empty());
		Files.move(submit(dir.resolve("other.zip"), "hal", Map.of()), submissions.resolve("hal.zip"));

		Gradebook book;
		try (ExerciseReference reference = ExerciseReference.open(dir.resolve("reference.zip"), "teacher",
				Optional.empty(), ZipLimits.DEFAULT)) {
			book = Grader.grade(reference, submissions, ZipLimits.DEFAULT);
		}
		assertEquals(List.of("ada.zip", "bob.zip", "carl.zip", "dora.zip", "eve.zip", "fred.zip", "gus.zip",
				"hal.zip"), book.grades().stream().map(StudentGrade::file).toList());
		assertEquals(List.of("ada", "bob"), book.graded().stream().map(StudentGrade.Graded::student).toList());
		StudentGrade.Graded adaGrade = book.graded().get(0);
		assertEquals(new Counts(4, 0, 0), adaGrade.score().exact());
		assertEquals(1.0, adaGrade.alpha().value().getAsDouble(), 1e-12);
		StudentGrade.Graded bobGrade = book.graded().get(1);
		// 4 reference annotations; bob: speaker exact, claim overlapping -> exact 1/2 and 1/4, overlap 2/2 and 2/4
		assertEquals(new Counts(1, 1, 3), bobGrade.score().exact());
		assertEquals(new Counts(2, 0, 2), bobGrade.score().overlap());
		assertEquals(List.of("claim", "statistic", "speaker"), book.types());

		Map<String, String> errors = new TreeMap<>();
		book.failed().forEach(f -> errors.put(f.file(), f.error()));
		assertTrue(errors.get("carl.zip").contains("carl.zip: not a zip file"), errors.get("carl.zip"));
		assertTrue(errors.get("dora.zip").contains("dora.zip!/manifest.json: is not valid JSON"), errors.get("dora.zip"));
		assertTrue(errors.get("eve.zip").contains("document d4: hash mismatch"), errors.get("eve.zip"));
		assertTrue(errors.get("fred.zip").contains("fred.zip!/annotations/d4.json"), errors.get("fred.zip"));
		assertTrue(errors.get("gus.zip").contains("\"../../escape.json\""), errors.get("gus.zip"));
		assertTrue(errors.get("hal.zip").contains("is for another exercise"), errors.get("hal.zip"));
		assertEquals(Optional.of("ada"), book.failed().stream().filter(f -> f.file().equals("eve.zip")).findFirst()
				.orElseThrow().student(), "a readable manifest names the student even when grading fails");

		String csv = GradebookCsv.write(book);
		List<CsvRecord> rows = CsvParser.parse(csv, dir.resolve("gradebook.csv"));
		assertEquals(9, rows.size());
		assertEquals(GradebookCsv.header(book.types()), rows.get(0).fields());
		assertTrue(rows.get(0).fields().contains("statistic.overlap_f1"));
		List<String> bobRow = rows.get(2).fields();
		assertEquals(List.of("bob.zip", "bob", "ok", "", "0.5000", "0.2500", "0.3333", "1.0000", "0.5000", "0.6667"),
				bobRow.subList(0, 10));
		assertEquals(rows.get(0).fields().size(), rows.get(3).fields().size(), "failed rows have every column");
		assertEquals("error", rows.get(3).fields().get(2));
		assertTrue(csv.contains("\r\n") && csv.endsWith("\r\n"), "RFC 4180 line ends");
	}

	@Test
	void aCorpusFolderAsReferenceNeedsTheExercisePackage() throws Exception {
		create(instructorCorpus());
		Path instructor = dir.resolve("instructor");
		ExerciseException e = assertThrows(ExerciseException.class,
				() -> ExerciseReference.open(instructor, "teacher", Optional.empty(), ZipLimits.DEFAULT));
		assertTrue(e.getMessage().contains("has no exercise.json"), e.getMessage());
		try (ExerciseReference reference = ExerciseReference.open(instructor, "teacher",
				Optional.of(dir.resolve("exercise.zip")), ZipLimits.DEFAULT)) {
			assertEquals(List.of("d0", "d4"), List.copyOf(reference.sets().keySet()));
			assertEquals(2, reference.sets().get("d0").size());
		}
	}

	@Test
	void theReportIsOneSelfContainedPageWithChartsAndEscapedText() throws Exception {
		create(instructorCorpus());
		Path exercise = dir.resolve("exercise.zip");
		submit(exercise, "ada", Map.of(D0, reference(Tagger.on(D0, "ada"), D0)));
		Files.writeString(dir.resolve("submissions").resolve("<b>evil&.zip"), "nope");
		Gradebook book;
		Schema schema;
		try (ExerciseReference reference = ExerciseReference.open(dir.resolve("reference.zip"), "teacher",
				Optional.empty(), ZipLimits.DEFAULT)) {
			book = Grader.grade(reference, dir.resolve("submissions"), ZipLimits.DEFAULT);
			schema = reference.corpus().schema();
		}
		String html = GradeReport.html(book, schema);
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertEquals(4, html.split("<svg ", -1).length - 1, "two bar charts and two histograms");
		assertTrue(html.contains("&lt;b&gt;evil&amp;.zip") && !html.contains("<b>evil"), "escaped");
		for (String fetch : List.of("<script", "src=", "href=", "url(", "@import", "<link")) {
			assertFalse(html.contains(fetch), "no " + fetch);
		}
		assertTrue(html.contains("#ffd166"), "claim bars in the schema's claim colour");
	}
}
