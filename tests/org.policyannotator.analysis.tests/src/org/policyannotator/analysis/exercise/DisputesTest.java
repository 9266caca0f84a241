package org.policyannotator.analysis.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.table.CsvParser;
import org.policyannotator.analysis.table.CsvRecord;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * A student disputes items of their feedback; the notes travel in the submission zip, appear beside the grade, and
 * the instructor accepts them into the reference, which regrades the class. Also the feedback file the student's
 * workbench opens, cut to each feedback mode.
 *
 * <p>Reference (teacher), 4 annotations: d0 speaker "Chen Xin", d0 claim "China and South Korea bear ... peace",
 * d4 statistic "approximately 200 ...", d4 claim "Economic ties ...". Bob tags d0 "Chen Xin" as a quote (wrong type)
 * and the d0 claim exactly, nothing in d4.
 */
class DisputesTest {
	private static final Document D0 = SampleTexts.document("d0", "000");
	private static final Document D4 = SampleTexts.document("d4", "004");
	private static final String CLAIM0 = "China and South Korea bear an increasing responsibility to maintain regional peace";
	private static final String STATISTIC = "approximately 200 leading South Korean business figures";

	@TempDir
	Path dir;
	private Path bob;

	@BeforeEach
	void classHandsIn() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("instructor"), "news", Schema.defaultSchema());
		corpus.addDocument(D0);
		corpus.addDocument(D4);
		corpus.saveSet(Tagger.on(D0, "teacher").tag("speaker", "Chen Xin").tag("claim", CLAIM0).set());
		corpus.saveSet(Tagger.on(D4, "teacher").tag("statistic", STATISTIC)
				.tag("claim", "Economic ties between China and South Korea are close").set());
		ExercisePackage.create(new ExercisePackage.Request(corpus, "Week 5", List.of("d0", "d4"), Optional.empty(),
				"teacher"), dir.resolve("exercise.zip"), Optional.empty());
		Corpus student = ExercisePackage.open(dir.resolve("exercise.zip"), dir.resolve("bob"), Optional.of("bob"),
				ZipLimits.DEFAULT).corpus();
		student.saveSet(Tagger.on(D0, "bob").tag("quote", "Chen Xin").tag("claim", CLAIM0).set());
		bob = dir.resolve("submissions/bob.zip");
		Submissions.pack(student, "bob", bob);
	}

	private Gradebook grade() throws Exception {
		try (ExerciseReference reference = reference()) {
			return Grader.grade(reference, dir.resolve("submissions"), ZipLimits.DEFAULT);
		}
	}

	private ExerciseReference reference() throws Exception {
		return ExerciseReference.open(dir.resolve("instructor"), "teacher", Optional.of(dir.resolve("exercise.zip")),
				ZipLimits.DEFAULT);
	}

	private static int at(Document d, String phrase) {
		return Tagger.find(d.text(), phrase);
	}

	@Test
	void aNoteTravelsInTheSubmissionAndShowsBesideTheGradeWithItsItem() throws Exception {
		int chen = at(D0, "Chen Xin");
		Map<String, byte[]> before = ExerciseWorkflowTestZips.entries(bob);
		Disputes.attach(bob, new Dispute("d0", chen, chen + 8, "first thought", Instant.now()), ZipLimits.DEFAULT);
		List<Dispute> notes = Disputes.attach(bob, new Dispute("d0", chen, chen + 8,
				"I think this is a quote: \"=he said\"", Instant.now()), ZipLimits.DEFAULT);
		assertEquals(1, notes.size(), "a second note on the same item replaces the first");
		int statistic = at(D4, STATISTIC);
		Disputes.attach(bob, new Dispute("d4", statistic, statistic + STATISTIC.length(), "a guess, not a figure",
				Instant.now()), ZipLimits.DEFAULT);
		Map<String, byte[]> after = ExerciseWorkflowTestZips.entries(bob);
		assertEquals(List.of("annotations/d0.json", "disputes.json", "manifest.json"), List.copyOf(after.keySet()));
		assertArrayEquals(before.get("manifest.json"), after.get("manifest.json"), "the same attempt: time unchanged");
		assertArrayEquals(before.get("annotations/d0.json"), after.get("annotations/d0.json"));

		Gradebook book = grade();
		StudentGrade.Graded graded = book.graded().get(0);
		assertEquals(2, graded.disputes().size());
		Map<Dispute, Feedback> items = graded.disputedItems();
		assertInstanceOf(Feedback.WrongType.class, items.get(graded.disputes().get(0)));
		assertInstanceOf(Feedback.Missed.class, items.get(graded.disputes().get(1)));
		List<CsvRecord> rows = CsvParser.parse(GradebookCsv.write(book), dir.resolve("gradebook.csv"));
		List<String> header = rows.get(0).fields();
		String cell = rows.get(1).fields().get(header.indexOf("dispute_notes"));
		assertEquals("2", rows.get(1).fields().get(header.indexOf("disputes")));
		assertTrue(cell.startsWith("d0 wrong type [" + chen + "-" + (chen + 8) + "] you tagged quote \"Chen Xin\", the"
				+ " reference has speaker \"Chen Xin\" -- note: I think this is a quote"), cell);
		assertTrue(cell.contains("\nd4 missed [" + statistic + "-"), cell);
		String html = GradeReport.html(book, Schema.defaultSchema());
		assertTrue(html.contains("<h2>Disputes</h2>"), "report.html lists the notes");
		assertTrue(html.contains("I think this is a quote: &quot;=he said&quot;"), "escaped note beside the grade");
		assertTrue(html.contains("--document d0 --at " + chen + "-" + (chen + 8)), "with the command to accept");
	}

	@Test
	void aNoteOnADocumentTheSubmissionLacksIsRefusedAndTheZipStaysAsItWas() throws Exception {
		byte[] before = Files.readAllBytes(bob);
		ExerciseException e = assertThrows(ExerciseException.class, () -> Disputes.attach(bob,
				new Dispute("d9", 0, 5, "why", Instant.now()), ZipLimits.DEFAULT));
		assertTrue(e.getMessage().contains(bob + ": has no document d9 (documents: d0, d4)"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(bob));
		assertThrows(IllegalArgumentException.class, () -> new Dispute("d0", 5, 5, "why", Instant.now()));
		assertThrows(IllegalArgumentException.class, () -> new Dispute("d0", 0, 5, "  ", Instant.now()));
		Files.writeString(dir.resolve("not.zip"), "no zip");
		assertThrows(java.io.IOException.class, () -> Disputes.attach(dir.resolve("not.zip"),
				new Dispute("d0", 0, 5, "why", Instant.now()), ZipLimits.DEFAULT));
	}

	/**
	 * Before: reference 4, bob credited with 1 (the claim; the quote overlaps a speaker: wrong type), 2 tagged.
	 * Overlap P = 1/2, R = 1/4, F1 = 2PR/(P+R) = 0.25/0.75 = 1/3. Accepting the quote replaces the speaker, accepting
	 * the missed statistic removes it from the reference: reference 3, bob credited with 2 of 2 tagged: P = 1,
	 * R = 2/3, F1 = (4/3)/(5/3) = 0.8.
	 */
	@Test
	void acceptingTheDisputedItemsChangesTheReferenceAndRegradesTheClass() throws Exception {
		assertEquals(new Counts(1, 1, 3), grade().graded().get(0).score().overlap());
		assertEquals(1 / 3.0, grade().graded().get(0).score().overlap().f1().getAsDouble(), 1e-9);
		int chen = at(D0, "Chen Xin");
		int statistic = at(D4, STATISTIC);
		try (ExerciseReference reference = reference()) {
			String said = Disputes.accept(reference, bob, "d0", chen, chen + 8, ZipLimits.DEFAULT);
			assertTrue(said.startsWith("accepted quote " + chen + "-" + (chen + 8) + " of bob.zip into the reference"
					+ " of teacher on d0 (replacing speaker"), said);
		}
		try (ExerciseReference reference = reference()) {
			String said = Disputes.accept(reference, bob, "d4", statistic, statistic + STATISTIC.length(),
					ZipLimits.DEFAULT);
			assertTrue(said.startsWith("removed statistic"), said);
		}
		StudentGrade.Graded regraded = grade().graded().get(0);
		assertEquals(new Counts(2, 0, 1), regraded.score().overlap());
		assertEquals(0.8, regraded.score().overlap().f1().getAsDouble(), 1e-9);
		try (ExerciseReference reference = reference()) {
			ExerciseException nothing = assertThrows(ExerciseException.class, () -> Disputes.accept(reference, bob,
					"d0", chen, chen + 8, ZipLimits.DEFAULT));
			assertTrue(nothing.getMessage().contains("has no item in document d0"), nothing.getMessage());
		}
	}

	/**
	 * Figures as in {@link #acceptingTheDisputedItemsChangesTheReferenceAndRegradesTheClass}: after both acceptances
	 * F1 0.8; undoing the removal of the statistic brings back reference 4 with the quote accepted: bob credited with
	 * 2 of 2 tagged, P = 1, R = 2/4, F1 = 1/(3/2) = 2/3; undoing the quote too gives back the start (F1 1/3) and the
	 * reference files as they were, byte for byte.
	 */
	@Test
	void anAcceptanceIsUndoneNewestFirstAndTheReferenceComesBackByteForByte() throws Exception {
		Corpus instructor = Corpus.open(dir.resolve("instructor"));
		byte[] d0 = Files.readAllBytes(instructor.setFile("teacher", "d0"));
		byte[] d4 = Files.readAllBytes(instructor.setFile("teacher", "d4"));
		int chen = at(D0, "Chen Xin");
		int statistic = at(D4, STATISTIC);
		try (ExerciseReference reference = reference()) {
			Disputes.accept(reference, bob, "d0", chen, chen + 8, ZipLimits.DEFAULT);
			Disputes.accept(reference, bob, "d4", statistic, statistic + STATISTIC.length(), ZipLimits.DEFAULT);
		}
		assertEquals(0.8, grade().graded().get(0).score().overlap().f1().getAsDouble(), 1e-9);
		List<ReferenceHistory.Change> changes = ReferenceHistory.changes(dir.resolve("instructor"), "teacher");
		assertEquals(List.of("d0", "d4"), changes.stream().map(ReferenceHistory.Change::document).toList());

		String said = ReferenceHistory.undoLast(instructor, "teacher");
		assertTrue(said.startsWith("undid: removed statistic"), said);
		assertEquals(new Counts(2, 0, 2), grade().graded().get(0).score().overlap());
		assertEquals(2 / 3.0, grade().graded().get(0).score().overlap().f1().getAsDouble(), 1e-9);
		assertArrayEquals(d4, Files.readAllBytes(instructor.setFile("teacher", "d4")));

		assertTrue(ReferenceHistory.undoLast(instructor, "teacher").startsWith("undid: accepted quote"));
		assertEquals(1 / 3.0, grade().graded().get(0).score().overlap().f1().getAsDouble(), 1e-9);
		assertArrayEquals(d0, Files.readAllBytes(instructor.setFile("teacher", "d0")));
		ExerciseException nothing = assertThrows(ExerciseException.class,
				() -> ReferenceHistory.undoLast(instructor, "teacher"));
		assertTrue(nothing.getMessage().contains("has no accepted dispute to undo in the reference of teacher"),
				nothing.getMessage());
	}

	@Test
	void anUndoThatWouldLoseALaterEditOfTheReferenceIsRefusedAndChangesNothing() throws Exception {
		int chen = at(D0, "Chen Xin");
		try (ExerciseReference reference = reference()) {
			Disputes.accept(reference, bob, "d0", chen, chen + 8, ZipLimits.DEFAULT);
		}
		Corpus instructor = Corpus.open(dir.resolve("instructor"));
		org.policyannotator.model.AnnotationSet edited = instructor.loadSet("teacher", "d0");
		edited.remove(edited.annotations().get(edited.annotations().size() - 1).id());
		instructor.saveSet(edited);
		byte[] before = Files.readAllBytes(instructor.setFile("teacher", "d0"));
		ExerciseException refused = assertThrows(ExerciseException.class,
				() -> ReferenceHistory.undoLast(instructor, "teacher"));
		assertTrue(refused.getMessage().contains(instructor.setFile("teacher", "d0") + ": changed since the acceptance"
				+ " it would undo (accepted quote"), refused.getMessage());
		assertArrayEquals(before, Files.readAllBytes(instructor.setFile("teacher", "d0")));
		assertEquals(1, ReferenceHistory.changes(dir.resolve("instructor"), "teacher").size());
	}

	/**
	 * Bob's scores (see the class comment): overall overlap F1 1/3; statistic 0 of 1 found, nothing tagged: F1 0; the
	 * claim 1 of 2 found, 1 tagged: P 1, R 1/2, F1 2/3.
	 */
	@Test
	void aNoteOnAScoreTravelsInTheSubmissionAndShowsBesideTheGradeWithItsFigure() throws Exception {
		Map<String, byte[]> before = ExerciseWorkflowTestZips.entries(bob);
		Disputes.attach(bob, new ScoreDispute("statistic", "first thought", Instant.now()), ZipLimits.DEFAULT);
		List<ScoreDispute> scores = Disputes.attach(bob, new ScoreDispute("statistic", "I tagged none: there is no"
				+ " figure in d4", Instant.now()), ZipLimits.DEFAULT);
		assertEquals(1, scores.size(), "a second note on the same score replaces the first");
		Disputes.attach(bob, ScoreDispute.overall("the claim in d4 is an opinion", Instant.now()), ZipLimits.DEFAULT);
		int chen = at(D0, "Chen Xin");
		Disputes.attach(bob, new Dispute("d0", chen, chen + 8, "a quote", Instant.now()), ZipLimits.DEFAULT);
		Map<String, byte[]> after = ExerciseWorkflowTestZips.entries(bob);
		assertArrayEquals(before.get("manifest.json"), after.get("manifest.json"), "the same attempt");
		Disputes.Notes notes = Disputes.readAll(bob, ZipLimits.DEFAULT);
		assertEquals(List.of("", "statistic"), notes.scores().stream().map(ScoreDispute::type).toList());
		assertEquals(1, notes.items().size(), "the item note is kept beside the score notes");

		StudentGrade.Graded graded = grade().graded().get(0);
		assertEquals(3, graded.notes());
		assertEquals(0.0, graded.disputedF1(notes.scores().get(1)).getAsDouble(), 1e-9);
		String cell = StudentFeedback.disputeNotes(graded);
		assertTrue(cell.contains("\nthe overall score (overlap F1 0.3333) -- note: the claim in d4 is an opinion"), cell);
		assertTrue(cell.contains("\nthe score of statistic (overlap F1 0.0000) -- note: I tagged none"), cell);
		List<CsvRecord> rows = CsvParser.parse(GradebookCsv.write(grade()), dir.resolve("gradebook.csv"));
		assertEquals("3", rows.get(1).fields().get(rows.get(0).fields().indexOf("disputes")));
		String html = GradeReport.html(grade(), Schema.defaultSchema());
		assertTrue(html.contains("the score of statistic (overlap F1 0.0000)</td><td class=\"text\">I tagged none"),
				"report.html lists the note on the score");
	}

	@Test
	void aScoreCanBeDisputedOnlyWhereTheFeedbackShowsIt() throws Exception {
		Gradebook book = grade();
		StudentGrade.Graded graded = book.graded().get(0);
		try (ExerciseReference reference = reference()) {
			FeedbackFile none = FeedbackFile.of(book, graded, FeedbackMode.NONE, reference);
			FeedbackFile score = FeedbackFile.of(book, graded, FeedbackMode.SCORE, reference);
			FeedbackFile perType = FeedbackFile.of(book, graded, FeedbackMode.PER_TYPE, reference);
			assertFalse(none.disputable());
			FeedbackFile.Line overall = score.overall().orElseThrow();
			IllegalStateException blind = assertThrows(IllegalStateException.class, () -> none.dispute(overall, "why"));
			assertTrue(blind.getMessage().contains("nothing to dispute until your instructor releases the feedback"));
			assertEquals("", score.dispute(overall, "why").type());
			FeedbackFile.Line claim = perType.types().get(0);
			assertThrows(IllegalArgumentException.class, () -> score.dispute(claim, "why"),
					"score mode shows no score per type");
			assertEquals("claim", perType.dispute(claim, "why").type());
			assertThrows(IllegalArgumentException.class, () -> perType.dispute(claim, " "));
		}
	}

	/** Bob tags a quote, a type the reference does not use: its figure says nothing, and the report says why. */
	@Test
	void aGradedTypeWithoutReferenceAnnotationsIsNamedAsSuch() throws Exception {
		Gradebook book = grade();
		assertTrue(book.types().contains("quote"));
		assertTrue(book.sparseWarnings().contains("quote: no reference annotations; a student's F1 on it is 0 or"
				+ " undefined and says nothing of their coding (only that they tagged it where the reference did not)"),
				book.sparseWarnings().toString());
		String html = GradeReport.html(book, Schema.defaultSchema());
		assertFalse(html.contains("only 0 reference"), "no 'only 0'");
		assertTrue(html.contains("<th class=\"text\">student</th><th class=\"text\">file</th><th>exact P</th>"),
				"text columns have their headers on the left like their cells, figures on the right");
	}

	@Test
	void aDisputesFileOfVersionOneStillReads() throws Exception {
		Path file = Files.writeString(dir.resolve("disputes.json"), "{\"format\": \"policyannotator-disputes\","
				+ " \"version\": 1, \"disputes\": [{\"document\": \"d0\", \"start\": 1, \"end\": 5, \"note\":"
				+ " \"why\", \"written\": \"2026-12-01T10:00:00Z\"}]}");
		assertEquals(1, Dispute.read(file, file).size());
		assertEquals(List.of(), Dispute.readScores(file, file));
	}

	@Test
	void theFeedbackFileCarriesOnlyWhatTheModeShows() throws Exception {
		Gradebook book = grade();
		StudentGrade.Graded graded = book.graded().get(0);
		try (ExerciseReference reference = reference()) {
			FeedbackFile none = FeedbackFile.of(book, graded, FeedbackMode.NONE, reference);
			assertTrue(none.overall().isEmpty() && none.types().isEmpty() && none.items().isEmpty()
					&& none.reference().isEmpty());
			String noneJson = new String(none.toJson(), java.nio.charset.StandardCharsets.UTF_8);
			for (String field : List.of("overall", "types", "items", "reference", "f1")) {
				// a field, not a value: the random exercise id may hold the same letters
				assertFalse(java.util.regex.Pattern.compile("\"" + field + "\"\\s*:").matcher(noneJson).find(),
						field + " in " + noneJson);
			}
			for (String hidden : List.of("Chen Xin", "teacher")) {
				assertFalse(noneJson.contains(hidden), hidden + " in " + noneJson);
			}
			FeedbackFile score = FeedbackFile.of(book, graded, FeedbackMode.SCORE, reference);
			assertEquals(1 / 3.0, score.overall().orElseThrow().f1().getAsDouble(), 1e-4);
			assertTrue(score.types().isEmpty() && score.items().isEmpty() && score.reference().isEmpty());
			FeedbackFile perType = FeedbackFile.of(book, graded, FeedbackMode.PER_TYPE, reference);
			assertEquals(List.of("claim", "statistic", "quote", "speaker"),
					perType.types().stream().map(FeedbackFile.Line::type).toList());
			// claim: 1 of 2 found, 1 tagged -> P 1, R 1/2, F1 2/3
			assertEquals(2 / 3.0, perType.types().get(0).f1().getAsDouble(), 1e-4);
			assertTrue(perType.items().isEmpty() && perType.reference().isEmpty());
			FeedbackFile full = FeedbackFile.of(book, graded, FeedbackMode.FULL, reference);
			assertEquals(List.of("wrong type", "missed", "missed"),
					full.items().stream().map(FeedbackFile.Item::kind).toList());
			assertEquals(List.of("d0", "d4"), List.copyOf(full.reference().keySet()));
			Path file = Files.write(dir.resolve("bob.json"), full.toJson());
			FeedbackFile back = FeedbackFile.read(file);
			assertEquals(full.items(), back.items());
			assertEquals(full.overall(), back.overall());
			assertEquals(2, back.reference().get("d0").size());
		}
	}

	@Test
	void installingFeedbackPutsTheReferenceIntoTheStudentsCorpusOnlyWhenItIsTheirs() throws Exception {
		Gradebook book = grade();
		Path file;
		try (ExerciseReference reference = reference()) {
			file = Files.write(dir.resolve("bob.json"),
					FeedbackFile.of(book, book.graded().get(0), FeedbackMode.FULL, reference).toJson());
		}
		Corpus corpus = Corpus.open(dir.resolve("bob"));
		ExerciseException other = assertThrows(ExerciseException.class, () -> FeedbackFile.install(corpus, "ann",
				file));
		assertTrue(other.getMessage().contains(file + ": is the feedback of bob, not of ann"), other.getMessage());
		assertFalse(Files.exists(dir.resolve("bob").resolve(FeedbackFile.INSTALLED)));
		assertEquals(List.of("bob"), corpus.annotators());
		FeedbackFile.install(corpus, "bob", file);
		FeedbackFile.install(corpus, "bob", file);
		assertEquals(List.of("bob", "teacher"), corpus.annotators());
		assertEquals(2, corpus.loadSet("teacher", "d0").size());
		assertEquals(3, FeedbackFile.installed(corpus).orElseThrow().items().size());
		Files.writeString(dir.resolve("broken.json"), "{\"format\": \"policyannotator-feedback\", \"version\": 1}");
		ExerciseException broken = assertThrows(ExerciseException.class, () -> FeedbackFile.install(corpus, "bob",
				dir.resolve("broken.json")));
		assertTrue(broken.getMessage().contains("broken.json: \"feedback\" must be a string"), broken.getMessage());
	}
}
