package org.policyannotator.analysis.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** Resubmission until the deadline: every attempt kept, the last or the best counted, the change shown. */
class AttemptsTest {
	private static final Document D4 = SampleTexts.document("d4", "004");
	private static final Instant DEADLINE = Instant.parse("2026-12-10T23:59:00Z");

	@TempDir
	Path dir;

	private void submit(String student, String file, Instant when, Tagger work) throws Exception {
		Corpus corpus = ExercisePackage.open(dir.resolve("exercise.zip"), dir.resolve("students").resolve(file),
				Optional.of(student), ZipLimits.DEFAULT).corpus();
		corpus.saveSet(work.set());
		Submissions.pack(corpus, student, dir.resolve("submissions").resolve(file + ".zip"), when);
	}

	private Gradebook grade() throws Exception {
		try (ExerciseReference reference = ExerciseReference.open(dir.resolve("reference.zip"), "teacher",
				Optional.empty(), ZipLimits.DEFAULT)) {
			return Grader.grade(reference, dir.resolve("submissions"), ZipLimits.DEFAULT);
		}
	}

	@Test
	void everyAttemptIsKeptTheLastOrTheBestCountsAndLateOnesAreNotGraded() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("instructor"), "news", Schema.defaultSchema());
		corpus.addDocument(D4);
		corpus.saveSet(Tagger.on(D4, "teacher").tag("claim", "Economic ties between China and South Korea are close")
				.tag("statistic", "approximately 200 leading South Korean business figures").set());
		ExercisePackage.create(new ExercisePackage.Request(corpus, "Week 5", List.of("d4"), Optional.empty(),
				"teacher", FeedbackMode.SCORE, Optional.of(DEADLINE)), dir.resolve("exercise.zip"),
				Optional.of(dir.resolve("reference.zip")));
		Files.createDirectories(dir.resolve("submissions"));
		// ada, 1st: both spans found (F1 1); 2nd: only the claim (tp 1, fn 1: F1 2/3); 3rd after the deadline.
		submit("ada", "ada-a", DEADLINE.minusSeconds(7200), Tagger.on(D4, "ada")
				.tag("claim", "Economic ties between China and South Korea are close")
				.tag("statistic", "approximately 200 leading South Korean business figures"));
		submit("ada", "ada-b", DEADLINE.minusSeconds(60), Tagger.on(D4, "ada")
				.tag("claim", "Economic ties between China and South Korea are close"));
		submit("ada", "ada-c", DEADLINE.plusSeconds(1), Tagger.on(D4, "ada"));
		submit("bob", "bob", DEADLINE, Tagger.on(D4, "bob").tag("claim", "ties between China"));

		Gradebook last = grade();
		assertEquals(Optional.of(DEADLINE), last.exercise().deadline());
		assertEquals(FeedbackMode.SCORE, last.exercise().feedback());
		StudentGrade.Failed late = last.failed().get(0);
		assertEquals("ada-c.zip", late.file());
		assertTrue(late.error().contains("was submitted at 2026-12-10T23:59:01Z, after the deadline"
				+ " 2026-12-10T23:59:00Z; not graded"), late.error());
		Map<String, Gradebook.Attempt> attempts = last.attempts();
		assertEquals(new Gradebook.Attempt(1, 2, false, java.util.OptionalDouble.empty()), attempts.get("ada-a.zip"));
		assertEquals(2, attempts.get("ada-b.zip").number());
		assertTrue(attempts.get("ada-b.zip").counted(), "the last attempt counts by default");
		assertEquals(2.0 / 3 - 1.0, attempts.get("ada-b.zip").change().getAsDouble(), 1e-12);
		assertTrue(attempts.get("bob.zip").counted(), "a submission exactly at the deadline is graded");

		Map<String, Gradebook.Attempt> best = last.counting(Gradebook.Counting.BEST).attempts();
		assertTrue(best.get("ada-a.zip").counted());
		assertFalse(best.get("ada-b.zip").counted());
		String csv = GradebookCsv.write(last.counting(Gradebook.Counting.BEST));
		assertTrue(csv.contains(",2026-12-10T21:59:00Z,1,2,yes,,"), csv);
		assertTrue(csv.contains(",2026-12-10T23:58:00Z,2,2,no,-0.3333,"), csv);
		assertEquals(csv, GradebookCsv.write(grade().counting(Gradebook.Counting.BEST)), "same input, same bytes");
	}

	@Test
	void theExerciseSaysWhichAttemptCountsUnlessGradingSaysOtherwise() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("instructor"), "news", Schema.defaultSchema());
		corpus.addDocument(D4);
		corpus.saveSet(Tagger.on(D4, "teacher").tag("claim", "Economic ties between China and South Korea are close")
				.tag("statistic", "approximately 200 leading South Korean business figures").set());
		ExercisePackage.create(new ExercisePackage.Request(corpus, "Week 6", List.of("d4"), Optional.empty(),
				"teacher", FeedbackMode.FULL, Optional.empty(), Gradebook.Counting.BEST), dir.resolve("exercise.zip"),
				Optional.of(dir.resolve("reference.zip")));
		Files.createDirectories(dir.resolve("submissions"));
		// 1st: both found (F1 1); 2nd: only the claim (P 1, R 1/2, F1 2/3): the best is the 1st, the last the 2nd.
		submit("ada", "ada-a", DEADLINE.minusSeconds(7200), Tagger.on(D4, "ada")
				.tag("claim", "Economic ties between China and South Korea are close")
				.tag("statistic", "approximately 200 leading South Korean business figures"));
		submit("ada", "ada-b", DEADLINE.minusSeconds(60), Tagger.on(D4, "ada")
				.tag("claim", "Economic ties between China and South Korea are close"));
		Gradebook book = grade();
		assertEquals(Gradebook.Counting.BEST, book.exercise().attempts(), "kept in exercise.json");
		assertEquals(Gradebook.Counting.BEST, book.counting());
		assertTrue(book.attempts().get("ada-a.zip").counted());
		assertTrue(book.counting(Gradebook.Counting.LAST).attempts().get("ada-b.zip").counted(), "grading may override");
		Path manifest = Files.write(dir.resolve("exercise.json"), book.exercise().toJson());
		assertEquals(Gradebook.Counting.BEST, ExerciseManifest.read(manifest).attempts());
		Files.writeString(manifest, Files.readString(manifest).replace("\"best\"", "\"first\""));
		ExerciseException bad = org.junit.jupiter.api.Assertions.assertThrows(ExerciseException.class,
				() -> ExerciseManifest.read(manifest));
		assertTrue(bad.getMessage().contains("\"attempts\" is \"first\"; expected last or best"), bad.getMessage());
	}

	/**
	 * docs/agreement-and-grading.md (gradebook.csv, "counted"): the best attempt is the one with the highest overall
	 * overlap F1, ties to the later. ada's two attempts each find one of the two reference spans (tp 1, fn 1: P 1,
	 * R 1/2, F1 2/3), the statistic first, the claim second: the second counts, with a change of 0.
	 */
	@Test
	void betweenEqualAttemptsTheBestIsTheLater() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("instructor"), "news", Schema.defaultSchema());
		corpus.addDocument(D4);
		corpus.saveSet(Tagger.on(D4, "teacher").tag("claim", "Economic ties between China and South Korea are close")
				.tag("statistic", "approximately 200 leading South Korean business figures").set());
		ExercisePackage.create(new ExercisePackage.Request(corpus, "Week 7", List.of("d4"), Optional.empty(),
				"teacher", FeedbackMode.FULL, Optional.empty(), Gradebook.Counting.BEST), dir.resolve("exercise.zip"),
				Optional.of(dir.resolve("reference.zip")));
		Files.createDirectories(dir.resolve("submissions"));
		submit("ada", "ada-a", DEADLINE.minusSeconds(7200), Tagger.on(D4, "ada")
				.tag("statistic", "approximately 200 leading South Korean business figures"));
		submit("ada", "ada-b", DEADLINE.minusSeconds(60), Tagger.on(D4, "ada")
				.tag("claim", "Economic ties between China and South Korea are close"));
		Map<String, Gradebook.Attempt> attempts = grade().attempts();
		assertFalse(attempts.get("ada-a.zip").counted());
		assertTrue(attempts.get("ada-b.zip").counted(), "a tie goes to the later attempt");
		assertEquals(0.0, attempts.get("ada-b.zip").change().getAsDouble(), 1e-12);
	}
}
