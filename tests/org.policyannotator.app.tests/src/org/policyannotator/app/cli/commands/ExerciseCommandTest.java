package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.app.sample.SampleFiles;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** {@code exercise create|open|submit|grade} as an instructor and students run them. */
class ExerciseCommandTest {
	@TempDir
	Path dir;

	private CommandRun command;

	private int run(String... args) throws Exception {
		command().clear();
		return command().run(new ExerciseCommand(), args);
	}

	private CommandRun command() {
		if (command == null) {
			command = new CommandRun(dir);
		}
		return command;
	}

	private String out() {
		return command().out();
	}

	private String err() {
		return command().err();
	}

	private static Document sample(String id, String prefix) {
		return SampleFiles.document(id, prefix);
	}

	private static AnnotationSet set(Document d, String annotator, String... typeAndPhrase) {
		List<Annotation> list = new ArrayList<>();
		for (int i = 0; i < typeAndPhrase.length; i += 2) {
			int start = d.text().indexOf(typeAndPhrase[i + 1]);
			list.add(Annotation.of("a" + (i / 2 + 1), typeAndPhrase[i], List.of(Span.of(d.text(), start,
					start + typeAndPhrase[i + 1].length())), annotator, Instant.parse("2026-01-05T10:00:00Z")));
		}
		return AnnotationSet.of(annotator, d.id(), d.sha256(), list, List.of());
	}

	/** Instructor corpus: d2 and d4 with reference sets of "teacher". */
	private void instructor() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("course"), "course", Schema.defaultSchema());
		Document d2 = sample("d2", "002");
		Document d4 = sample("d4", "004");
		corpus.addDocument(d2);
		corpus.addDocument(d4);
		corpus.saveSet(set(d4, "teacher", "claim", "Economic ties between China and South Korea are close",
				"statistic", "approximately 200 leading South Korean business figures"));
		corpus.saveSet(set(d2, "teacher", "speaker", "Xi"));
		Files.writeString(dir.resolve("guidelines.md"), "Tag the shortest clause that carries the claim.\n");
	}

	private void student(String name, String... typeAndPhrase) throws Exception {
		assertEquals(ExitCodes.OK, run("open", "exercise.zip", "--into", "students/" + name, "--student", name),
				err());
		Corpus corpus = Corpus.open(dir.resolve("students").resolve(name));
		corpus.saveSet(set(corpus.loadDocument("d4"), name, typeAndPhrase));
		assertEquals(ExitCodes.OK, run("submit", "--corpus", "students/" + name, "--student", name, "--out",
				"submissions/" + name + ".zip"), err());
	}

	@Test
	void instructorCreatesStudentsSubmitInstructorGradesIntoCsvAndHtml() throws Exception {
		instructor();
		assertEquals(ExitCodes.OK, run("create", "--corpus", "course",
				"--documents", "d2,d4", "--guidelines", "guidelines.md", "--reference", "teacher", "--out",
				"exercise.zip", "--reference-out", "reference.zip"), err());
		assertTrue(out().contains("2 documents and guidelines, no annotations"), out());
		student("ada", "claim", "Economic ties between China and South Korea are close", "statistic",
				"approximately 200 leading South Korean business figures");
		assertTrue(err().contains("1 documents have no annotations of ada"), "d2 not annotated: " + err());
		student("bob", "claim", "ties between China and South Korea are close");
		Files.writeString(dir.resolve("submissions/broken.zip"), "{\"not\": \"a zip\"}");

		assertEquals(ExitCodes.OK, run("grade", "--reference", "reference.zip", "--reference-annotator", "teacher",
				"--submissions", "submissions", "--out", "grades"), err());
		assertTrue(out().contains("graded 2 of 3 submissions (1 failed)"), out());
		assertTrue(err().contains("broken.zip: not a zip file"), err());
		List<String> csv = Files.readAllLines(dir.resolve("grades/gradebook.csv"), StandardCharsets.UTF_8);
		assertEquals(4, csv.size());
		assertTrue(csv.get(0).startsWith("file,student,status,error,exact_precision,exact_recall,exact_f1,"), csv.get(0));
		// ada: 2 of 3 reference annotations exactly (speaker of d2 missed): P 1, R 2/3, F1 0.8
		assertTrue(csv.get(1).startsWith("ada.zip,ada,ok,,1.0000,0.6667,0.8000,1.0000,0.6667,0.8000,0,3,2,2,2,"),
				csv.get(1));
		// bob: claim overlaps only: exact 0; overlap P 1, R 1/3, F1 0.5
		assertTrue(csv.get(2).startsWith("bob.zip,bob,ok,,0.0000,0.0000,0.0000,1.0000,0.3333,0.5000,"), csv.get(2));
		assertTrue(csv.get(3).startsWith("broken.zip,,error,"), csv.get(3));
		String html = Files.readString(dir.resolve("grades/report.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("<svg") && !html.contains("<script"));
	}

	@Test
	void gradingFromTheInstructorCorpusNeedsTheExercisePackage() throws Exception {
		instructor();
		assertEquals(ExitCodes.OK, run("create", "--corpus", "course", "--documents", "d4", "--reference", "teacher",
				"--out", "exercise.zip"), err());
		student("ada", "claim", "Economic ties between China and South Korea are close");
		assertEquals(ExitCodes.FAILED, run("grade", "--reference", "course", "--reference-annotator", "teacher",
				"--submissions", "submissions", "--out", "grades"));
		assertTrue(err().contains("has no exercise.json"), err());
		assertFalse(Files.exists(dir.resolve("grades/gradebook.csv")));
		assertEquals(ExitCodes.OK, run("grade", "--reference", "course", "--reference-annotator", "teacher",
				"--submissions", "submissions", "--out", "grades", "--exercise", "exercise.zip"), err());
		List<String> csv = Files.readAllLines(dir.resolve("grades/gradebook.csv"), StandardCharsets.UTF_8);
		// ada: 1 of 2 reference annotations of d4, exactly: P 1, R 0.5, F1 2/3
		assertTrue(csv.get(1).startsWith("ada.zip,ada,ok,,1.0000,0.5000,0.6667,"), csv.get(1));
	}

	@Test
	void openingAHostilePackageFailsNamingTheEntryAndCreatesNothing() throws Exception {
		Path zip = dir.resolve("evil.zip");
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(file)) {
			z.putNextEntry(new ZipEntry("corpus.json"));
			z.write("{}".getBytes(StandardCharsets.UTF_8));
			z.putNextEntry(new ZipEntry("../outside.txt"));
			z.write("gotcha".getBytes(StandardCharsets.UTF_8));
		}
		assertEquals(ExitCodes.FAILED, run("open", "evil.zip", "--into", "student"));
		assertTrue(err().contains(zip + ": entry \"../outside.txt\": escapes the target folder"), err());
		assertFalse(Files.exists(dir.resolve("student")));
		assertFalse(Files.exists(dir.resolve("outside.txt")));
		try (var left = Files.list(dir)) {
			assertEquals(List.of("evil.zip"), left.map(p -> p.getFileName().toString()).toList(), "no temp left");
		}
	}

	@Test
	void submittingFromAFolderThatIsNoExerciseFails() throws Exception {
		instructor();
		assertEquals(ExitCodes.FAILED, run("submit", "--corpus", "course", "--student", "teacher", "--out", "s.zip"));
		assertTrue(err().contains("is not an exercise (no exercise.json)"), err());
		assertFalse(Files.exists(dir.resolve("s.zip")));
	}

	@Test
	void creatingWithADocumentTheReferenceDidNotAnnotateFails() throws Exception {
		instructor();
		assertEquals(ExitCodes.FAILED, run("create", "--corpus", "course", "--documents", "d4,d9", "--reference",
				"teacher", "--out", "exercise.zip"));
		assertTrue(err().contains("document d9 does not exist"), err());
		assertFalse(Files.exists(dir.resolve("exercise.zip")));
	}

	@Test
	void everyActionExplainsItselfWithHelp() throws Exception {
		for (String action : List.of("create", "open", "submit", "grade", "dispute", "term", "accept", "calibrate")) {
			assertEquals(ExitCodes.OK, run(action, "--help"), err());
			assertTrue(out().startsWith("usage: policyannotator exercise " + action + " "), out());
			assertTrue(out().contains("\n" + action + " "), "the explanation of " + action + ": " + out());
			assertFalse(out().contains("exercise open <") && !action.equals("open"), out());
		}
		run("grade", "-h");
		assertTrue(out().contains("--types"), out());
		assertThrows(UsageException.class, () -> run("publish", "--help"));
	}

	@Test
	void gradingOnlyTheChosenTypesIgnoresTheOthersOnBothSides() throws Exception {
		instructor();
		assertEquals(ExitCodes.OK, run("create", "--corpus", "course", "--documents", "d2,d4", "--reference",
				"teacher", "--out", "exercise.zip", "--reference-out", "reference.zip"), err());
		student("ada", "claim", "Economic ties between China and South Korea are close", "proposal-point",
				"leading South Korean business figures");
		assertEquals(ExitCodes.OK, run("grade", "--reference", "reference.zip", "--reference-annotator", "teacher",
				"--submissions", "submissions", "--out", "grades", "--types", "claim"), err());
		List<String> csv = Files.readAllLines(dir.resolve("grades/gradebook.csv"), StandardCharsets.UTF_8);
		// Only claims count: 1 reference, 1 submitted, identical -> P = R = F1 = 1, no wrong type (the statistic and
		// the proposal point overlapping it are not graded), macro = weighted = 1.
		assertTrue(csv.get(1).startsWith("ada.zip,ada,ok,,1.0000,1.0000,1.0000,1.0000,1.0000,1.0000,0,1,1,1,1,"),
				csv.get(1));
		assertTrue(csv.get(1).contains(",1.0000,1.0000,1.0000,1.0000,1.0000,1.0000,0,"),
				csv.get(1));
		assertTrue(csv.get(0).endsWith("overlap_weighted_f1,token_kappa,submitted,attempt,attempts,counted,overlap_f1_change,disputes,dispute_notes,claim.exact_precision,claim.exact_recall,claim.exact_f1,"
				+ "claim.overlap_precision,claim.overlap_recall,claim.overlap_f1,claim.wrong_type,claim.token_kappa"),
				csv.get(0));

		assertEquals(ExitCodes.FAILED, run("grade", "--reference", "reference.zip", "--reference-annotator",
				"teacher", "--submissions", "submissions", "--out", "grades2", "--types", "claim,quotation"));
		assertTrue(err().contains("tag type \"quotation\" is not in the exercise's schema"), err());
		assertFalse(Files.exists(dir.resolve("grades2")));
		run("grade", "--reference", "reference.zip", "--reference-annotator", "teacher", "--submissions",
				"submissions", "--out", "grades", "--types", "claim");
		assertTrue(err().contains("exercise: warning: claim: only 1 reference annotation (fewer than 10)"), err());
	}

	@Test
	void studentsSeeOnlyWhatTheFeedbackModeOfTheExerciseAllows() throws Exception {
		instructor();
		for (String mode : List.of("none", "score", "per-type", "full")) {
			assertEquals(ExitCodes.OK, run("create", "--corpus", "course", "--documents", "d2,d4", "--reference",
					"teacher", "--out", mode + "/exercise.zip", "--reference-out", mode + "/reference.zip",
					"--feedback", mode), err());
			assertTrue(out().contains("feedback: " + mode), out());
			assertEquals(ExitCodes.OK, run("open", mode + "/exercise.zip", "--into", mode + "/ada", "--student",
					"ada"), err());
			Corpus corpus = Corpus.open(dir.resolve(mode + "/ada"));
			corpus.saveSet(set(corpus.loadDocument("d4"), "ada", "claim",
					"ties between China and South Korea are close", "speaker", "approximately 200"));
			assertEquals(ExitCodes.OK, run("submit", "--corpus", mode + "/ada", "--student", "ada", "--out",
					mode + "/submissions/ada.zip"), err());
			assertEquals(ExitCodes.OK, run("grade", "--reference", mode + "/reference.zip", "--reference-annotator",
					"teacher", "--submissions", mode + "/submissions", "--out", mode + "/grades"), err());
		}
		String none = Files.readString(dir.resolve("none/grades/feedback/ada.txt"));
		assertTrue(none.contains("This exercise gives no feedback") && !none.contains("F1"), none);
		// 3 reference spans (claim, statistic on d4, speaker "Xi" on d2), 2 tagged, the claim found by overlap:
		// P 1/2, R 1/3, F1 = 2/(2+1+2) = 0.4.
		String score = Files.readString(dir.resolve("score/grades/feedback/ada.txt"));
		assertTrue(score.contains("All types: F1 0.4000 (precision 0.5000, recall 0.3333"), score);
		assertFalse(score.contains("claim:") || score.contains("missed"), score);
		String perType = Files.readString(dir.resolve("per-type/grades/feedback/ada.txt"));
		assertTrue(perType.contains("\nclaim: F1 1.0000") && perType.contains("\nspeaker: F1 0.0000"), perType);
		assertFalse(perType.contains("missed"), perType);
		String full = Files.readString(dir.resolve("full/grades/feedback/ada.txt"));
		assertTrue(full.contains("- d2 missed [") && full.contains("speaker \"Xi\""), full);
		assertFalse(full.contains(" added ["), full);
		assertTrue(full.contains("wrong type [") && full.contains("you tagged speaker \"approximately 200\","
				+ " the reference has statistic \"approximately 200 leading"), full);
		assertTrue(full.contains("boundary [") && full.contains("the reference spans \"Economic ties"), full);
		assertEquals(full, Files.readString(dir.resolve("full/grades/feedback/ada.txt")));

		assertThrows(UsageException.class, () -> run("create", "--corpus", "course", "--documents", "d4",
				"--reference", "teacher", "--out", "x.zip", "--feedback", "some"));

		// per-type: ada cannot see the items, so she disputes the speaker score (F1 0: "Xi" missed, her "speaker"
		// is the reference's statistic)
		assertEquals(ExitCodes.OK, run("dispute", "--submission", "per-type/submissions/ada.zip", "--type", "speaker",
				"--note", "approximately 200 is said by a speaker"), err());
		assertTrue(out().contains("the score of speaker: approximately 200 is said by a speaker"), out());
		assertEquals(ExitCodes.OK, run("dispute", "--submission", "per-type/submissions/ada.zip"), err());
		assertTrue(out().contains("the score of speaker: approximately") && !out().contains("carries no"), out());
		assertThrows(UsageException.class, () -> run("dispute", "--submission", "per-type/submissions/ada.zip",
				"--type", "speaker", "--overall", "--note", "x"));
		assertThrows(UsageException.class, () -> run("dispute", "--submission", "per-type/submissions/ada.zip",
				"--type", "speaker", "--document", "d4", "--note", "x"));
		assertEquals(ExitCodes.OK, run("grade", "--reference", "per-type/reference.zip", "--reference-annotator",
				"teacher", "--submissions", "per-type/submissions", "--out", "per-type/disputed"), err());
		assertTrue(Files.readString(dir.resolve("per-type/disputed/gradebook.csv")).contains(
				"the score of speaker (overlap F1 0.0000) -- note: approximately 200 is said by a speaker"));

		// after the blind test the instructor releases the full feedback
		assertEquals(ExitCodes.OK, run("grade", "--reference", "none/reference.zip", "--reference-annotator",
				"teacher", "--submissions", "none/submissions", "--out", "none/released", "--feedback", "full"), err());
		assertTrue(out().contains("feedback (full, released: the exercise says none)"), out());
		assertEquals(full, Files.readString(dir.resolve("none/released/feedback/ada.txt")),
				"the same full feedback as an exercise created with full feedback");
		assertThrows(UsageException.class, () -> run("grade", "--reference", "none/reference.zip",
				"--reference-annotator", "teacher", "--submissions", "none/submissions", "--out", "x", "--feedback",
				"all"));
	}

	@Test
	void twoInstructorsCalibrateTheirReferencesBeforeGrading() throws Exception {
		instructor();
		Corpus corpus = Corpus.open(dir.resolve("course"));
		Document d4 = corpus.loadDocument("d4");
		corpus.saveSet(set(d4, "assistant", "claim", "Economic ties between China and South Korea are close",
				"proposal", "approximately 200 leading South Korean business figures", "speaker", "Xi Jinping"));
		assertEquals(ExitCodes.OK, run("calibrate", "--corpus", "course", "--instructors", "teacher,assistant"),
				err());
		// d4 only (the assistant has no set for d2). teacher: claim, statistic; assistant: the same claim, the
		// statistic's span typed proposal, a speaker. Pooled over types: 1 pair, 1 unmatched on each side plus the
		// speaker -> tp 1, fp 2, fn 1, F1 = 2/(2+2+1) = 0.4.
		assertTrue(out().startsWith("Calibration of teacher and assistant on 1 document(s) (d4)\n"), out());
		assertTrue(out().contains("skipped d2: no set of assistant"), out());
		assertTrue(out().contains("all types: F1 0.4000 (exact boundaries 0.4000), kappa "), out());
		assertTrue(out().contains("\nclaim: F1 1.0000"), out());
		assertTrue(out().contains("2 disagreement(s):"), out()); // the retyped span is one item
		assertTrue(out().contains("type: teacher statistic ["), out());
		assertTrue(out().contains("only assistant: speaker [") && out().contains("\"Xi Jinping\""), out());
		assertTrue(out().contains("warning: only 1 annotations of claim (fewer than 10)"), out());

		assertThrows(UsageException.class, () -> run("calibrate", "--corpus", "course", "--instructors", "teacher"));
		assertEquals(ExitCodes.FAILED, run("calibrate", "--corpus", "course", "--instructors", "teacher,nobody"));
		assertTrue(err().contains("annotator nobody has no annotation sets"), err());
	}

	@Test
	void aTermGradebookShowsEachStudentsProgressAndTheMostMissedSpans() throws Exception {
		instructor();
		assertEquals(ExitCodes.OK, run("create", "--corpus", "course", "--documents", "d2,d4", "--reference",
				"teacher", "--out", "exercise.zip", "--reference-out", "reference.zip"), err());
		// week1: ada finds claim and statistic (misses "Xi"): overlap F1 = 2*2/(2*2+0+1) = 0.8; bob only the claim
		// (tp 1, fn 2): 2/(2+2) = 0.5.
		student("ada", "claim", "Economic ties between China and South Korea are close", "statistic",
				"approximately 200 leading South Korean business figures");
		student("bob", "claim", "ties between China and South Korea are close");
		assertEquals(ExitCodes.OK, run("grade", "--reference", "reference.zip", "--reference-annotator", "teacher",
				"--submissions", "submissions", "--out", "week1"), err());
		// week2 (the same exercise again): bob now finds both as well: 0.8, ada does not submit.
		Files.delete(dir.resolve("submissions/ada.zip"));
		Files.delete(dir.resolve("submissions/bob.zip"));
		Corpus bob = Corpus.open(dir.resolve("students/bob"));
		Files.delete(bob.setFile("bob", "d4")); // a new set replaces the first answer
		bob.saveSet(set(bob.loadDocument("d4"), "bob", "claim", "ties between China and South Korea are close",
				"statistic", "200 leading South Korean business figures"));
		assertEquals(ExitCodes.OK, run("submit", "--corpus", "students/bob", "--student", "bob", "--out",
				"submissions/bob.zip"), err());
		assertEquals(ExitCodes.OK, run("grade", "--reference", "reference.zip", "--reference-annotator", "teacher",
				"--submissions", "submissions", "--out", "week2"), err());
		List<String> missed = Files.readAllLines(dir.resolve("week1/missed.csv"));
		assertEquals("document,type,start,end,text,missed_by,students", missed.get(0));
		assertTrue(missed.get(1).startsWith("d2,speaker,") && missed.get(1).endsWith(",Xi,2,ada bob"), missed.get(1));
		assertTrue(missed.get(2).startsWith("d4,statistic,") && missed.get(2).endsWith(",1,bob"), missed.get(2));

		assertEquals(ExitCodes.OK, run("term", "--out", "term", "week1", "week2"), err());
		List<String> term = Files.readAllLines(dir.resolve("term/term.csv"));
		assertEquals(List.of("student,week1.overlap_f1,week2.overlap_f1,exercises_graded,mean_overlap_f1,"
				+ "change_first_to_last", "ada,0.8000,,1,0.8000,", "bob,0.5000,0.8000,2,0.6500,+0.3000"), term);
		List<String> termMissed = Files.readAllLines(dir.resolve("term/term-missed.csv"));
		assertTrue(termMissed.get(1).startsWith("week1,d2,speaker,"), termMissed.toString());
		assertTrue(termMissed.get(termMissed.size() - 1).startsWith("week2,d2,speaker,"), termMissed.toString());
		String html = Files.readString(dir.resolve("term/term.html"));
		assertTrue(html.contains("<tr><td class=\"text\">bob</td><td>0.5000</td><td>0.8000</td><td>2</td><td>0.6500</td>"
				+ "<td class=\"up\">+0.3000</td>"), "bob's progress row: " + html);
		assertTrue(html.contains("<tr class=\"mean\"><td class=\"text\">class mean</td><td>0.6500</td><td>0.8000</td>"),
				"class mean per exercise: week1 (0.8 + 0.5) / 2, week2 0.8 alone");
		assertTrue(html.contains("<td class=\"text\">Xi</td><td>2</td><td class=\"text\">ada bob</td>"),
				"the most-missed item with its text and who missed it");
		assertFalse(html.contains("<script") || html.contains("src="), "self-contained");

		assertEquals(ExitCodes.FAILED, run("term", "--out", "term2", "week1", "nothing"));
		assertTrue(err().contains("nothing/gradebook.csv: does not exist"), err());
		assertFalse(Files.exists(dir.resolve("term2")));
	}

	@Test
	void anAcceptedDisputeChangesTheReferenceAndRegradingCreditsIt() throws Exception {
		instructor();
		assertEquals(ExitCodes.OK, run("create", "--corpus", "course", "--documents", "d2,d4", "--reference",
				"teacher", "--out", "exercise.zip"), err());
		student("ada", "claim", "ties between China and South Korea are close");
		assertEquals(ExitCodes.OK, run("grade", "--reference", "course", "--reference-annotator", "teacher",
				"--exercise", "exercise.zip", "--submissions", "submissions", "--out", "before"), err());
		Document d4 = Corpus.open(dir.resolve("course")).loadDocument("d4");
		int start = d4.text().indexOf("ties between China and South Korea are close");
		int end = start + "ties between China and South Korea are close".length();
		assertEquals(ExitCodes.OK, run("dispute", "--submission", "submissions/ada.zip", "--document", "d4", "--at",
				start + "-" + end, "--note", "'Economic' is not part of the claim"), err());
		assertTrue(out().contains("added the note to") && out().contains("d4 " + start + "-" + end
				+ ": 'Economic' is not part of the claim"), out());
		assertEquals(ExitCodes.OK, run("dispute", "--submission", "submissions/ada.zip"), err());
		assertTrue(out().contains("'Economic' is not part of the claim"), "listed: " + out());
		assertEquals(ExitCodes.FAILED, run("dispute", "--submission", "submissions/ada.zip", "--document", "d7",
				"--at", "1-2", "--note", "x"));
		assertTrue(err().contains("ada.zip: has no document d7"), err());
		assertThrows(UsageException.class, () -> run("dispute", "--submission", "submissions/ada.zip", "--document",
				"d4", "--at", "5-2", "--note", "x"));
		assertEquals(ExitCodes.OK, run("grade", "--reference", "course", "--reference-annotator", "teacher",
				"--exercise", "exercise.zip", "--submissions", "submissions", "--out", "disputed"), err());
		assertTrue(Files.readString(dir.resolve("disputed/gradebook.csv")).contains(",1,\"d4 boundary [" + start
				+ "-" + end + "] claim"), "the note beside the grade");
		assertTrue(Files.readString(dir.resolve("disputed/report.html")).contains("is not part of the claim"));
		assertTrue(Files.readString(dir.resolve("disputed/feedback/ada.json")).contains("\"kind\" : \"boundary\""),
				"the feedback for the student's workbench");
		assertEquals(ExitCodes.OK, run("accept", "--reference", "course", "--reference-annotator", "teacher",
				"--exercise", "exercise.zip", "--submission", "submissions/ada.zip", "--document", "d4", "--at",
				start + "-" + end), err());
		assertTrue(out().contains("accepted claim " + start + "-" + end + " of ada.zip into the reference of teacher"
				+ " on d4 (replacing claim " + (start - "Economic ".length()) + "-" + end + ")"), out());
		assertEquals(ExitCodes.OK, run("grade", "--reference", "course", "--reference-annotator", "teacher",
				"--exercise", "exercise.zip", "--submissions", "submissions", "--out", "after"), err());
		// before: the claim matched by overlap only, exact 0 of 3; after: exactly, exact tp 1 -> P 1, R 1/3, F1 0.5.
		assertTrue(Files.readAllLines(dir.resolve("before/gradebook.csv")).get(1)
				.startsWith("ada.zip,ada,ok,,0.0000,0.0000,0.0000,"));
		assertTrue(Files.readAllLines(dir.resolve("after/gradebook.csv")).get(1)
				.startsWith("ada.zip,ada,ok,,1.0000,0.3333,0.5000,"));

		assertEquals(ExitCodes.FAILED, run("accept", "--reference", "course", "--reference-annotator", "teacher",
				"--exercise", "exercise.zip", "--submission", "submissions/ada.zip", "--document", "d4", "--at",
				"0-3"));
		assertTrue(err().contains("has no item in document d4 at 0-3"), err());
		assertThrows(UsageException.class, () -> run("accept", "--reference", "course", "--reference-annotator",
				"teacher", "--submission", "s.zip", "--document", "d4", "--at", "12"));

		// the instructor changes their mind: the reference is as before and regrading gives the first figures back
		assertThrows(UsageException.class, () -> run("accept", "--undo", "--reference", "course",
				"--reference-annotator", "teacher", "--document", "d4"));
		assertEquals(ExitCodes.OK, run("accept", "--undo", "--reference", "course", "--reference-annotator",
				"teacher"), err());
		assertTrue(out().contains("undid: accepted claim " + start + "-" + end + " of ada.zip"), out());
		assertEquals(ExitCodes.OK, run("grade", "--reference", "course", "--reference-annotator", "teacher",
				"--exercise", "exercise.zip", "--submissions", "submissions", "--out", "undone"), err());
		assertTrue(Files.readAllLines(dir.resolve("undone/gradebook.csv")).get(1)
				.startsWith("ada.zip,ada,ok,,0.0000,0.0000,0.0000,"));
		assertEquals(ExitCodes.FAILED, run("accept", "--undo", "--reference", "course", "--reference-annotator",
				"teacher"));
		assertTrue(err().contains("has no accepted dispute to undo in the reference of teacher"), err());
	}

	@Test
	void badUsageIsAUsageException() {
		assertThrows(UsageException.class, () -> run());
		assertThrows(UsageException.class, () -> run("publish"));
		assertThrows(UsageException.class, () -> run("create", "--corpus", "c", "--documents", "d1", "--reference",
				"t"));
		assertThrows(UsageException.class, () -> run("open", "--into", "x"));
		assertThrows(UsageException.class, () -> run("submit", "--corpus", "c", "--student", "../evil", "--out",
				"s.zip"));
		assertThrows(UsageException.class, () -> run("grade", "--reference", "r.zip"));
	}
}
