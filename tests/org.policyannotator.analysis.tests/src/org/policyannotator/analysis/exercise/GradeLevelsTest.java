package org.policyannotator.analysis.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.analysis.table.CsvParser;
import org.policyannotator.analysis.table.CsvRecord;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;

/**
 * Grading on a two-level codebook: a student who chose the reference's topic but another subtopic gets credit at
 * the topic's level, in the grade, the gradebook, the report, the feedback and the term.
 */
class GradeLevelsTest {
	private static final String PERSON = "Chen Xin";
	private static final String COUNTRIES = "China and South Korea";

	@TempDir
	Path dir;

	@Test
	void theRightTopicWithTheWrongSubtopicCountsAtTheTopLevelOnly() throws Exception {
		Gradebook book = grade(Tagger.on(document(), "sam").tag("society-media", PERSON)
				.tag("diplomacy-summits", COUNTRIES));
		StudentGrade.Graded sam = book.graded().get(0);

		assertEquals(2, sam.levels().size());
		LevelGrade top = sam.level(1).orElseThrow();
		assertEquals(List.of("diplomacy", "society"), top.codes(), "in codebook order");
		assertEquals(1.0, top.score().overlap().f1().getAsDouble(), 1e-12, "both topics right");
		assertEquals(1.0, top.score().type("society").overlap().f1().getAsDouble(), 1e-12);
		assertEquals(1.0, top.kappa().value().getAsDouble(), 1e-12);
		LevelGrade sub = sam.level(2).orElseThrow();
		// one of two subtopics right: tp 1, fp 1, fn 1 -> F1 0.5, the ordinary per-code grade
		assertEquals(0.5, sub.score().overlap().f1().getAsDouble(), 1e-12);
		assertEquals(sam.score().overlap().f1().getAsDouble(), sub.score().overlap().f1().getAsDouble(), 1e-12);
		assertEquals(0.0, sam.score().type("society-exchange").overlap().f1().getAsDouble(), 1e-12);

		List<String> header = GradebookCsv.header(book.types(), book.levels());
		List<CsvRecord> rows = CsvParser.parse(GradebookCsv.write(book), dir.resolve("gradebook.csv"));
		assertEquals(header, rows.get(0).fields());
		List<String> row = rows.get(1).fields();
		assertEquals(header.size(), row.size());
		assertEquals("1.0000", row.get(header.indexOf("level1.overlap_f1")));
		assertEquals("1.0000", row.get(header.indexOf("level1.society.overlap_f1")));
		assertEquals("0.5000", row.get(header.indexOf("level2.overlap_f1")));
		assertEquals("0.0000", row.get(header.indexOf("level2.society-exchange.overlap_f1")));

		String html = GradeReport.html(book, SchemaFiles.sample("policy-topics"));
		assertTrue(html.contains("<th>level 1 F1</th>") && html.contains("<th>level 2 F1</th>"), html);
		assertTrue(html.contains("<tr><td class=\"text\">sam</td><td>1.0000</td><td>1.0000</td><td>1.0000</td>"
				+ "<td>0.5000</td>"), html);

		String feedback = StudentFeedback.text(book, sam, FeedbackMode.PER_TYPE);
		assertTrue(feedback.contains("Level 1 of the codebook: F1 1.0000"), feedback);
		assertTrue(feedback.contains("Level 2 of the codebook: F1 0.5000"), feedback);

		Path week = Files.createDirectories(dir.resolve("week1"));
		Files.writeString(week.resolve("gradebook.csv"), GradebookCsv.write(book), StandardCharsets.UTF_8);
		Files.writeString(week.resolve("missed.csv"), MostMissed.csv(MostMissed.of(book)), StandardCharsets.UTF_8);
		List<String> term = TermGradebook.read(List.of(week)).csv().lines().toList();
		assertEquals("student,week1.overlap_f1,week1.level1.overlap_f1,week1.level2.overlap_f1,exercises_graded,"
				+ "mean_overlap_f1,change_first_to_last", term.get(0));
		assertEquals("sam,0.5000,1.0000,0.5000,1,0.5000,", term.get(1));
	}

	@Test
	void theWrongTopicScoresNothingAtAnyLevel() throws Exception {
		Gradebook book = grade(Tagger.on(document(), "sam").tag("economy-jobs", PERSON)
				.tag("diplomacy-summits", COUNTRIES));
		StudentGrade.Graded sam = book.graded().get(0);
		assertEquals(0.5, sam.level(1).orElseThrow().score().overlap().f1().getAsDouble(), 1e-12);
		assertEquals(0.5, sam.level(2).orElseThrow().score().overlap().f1().getAsDouble(), 1e-12);
		assertTrue(book.levels().get(0).codes().contains("economy"), "the student's topic is a level 1 code");
	}

	@Test
	void aFlatCodebookHasNoLevels() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("flat"), "flat", Schema.defaultSchema());
		Document d = document();
		corpus.addDocument(d);
		corpus.saveSet(Tagger.on(d, "teacher").tag("speaker", PERSON).set());
		Gradebook book = grade(corpus, Tagger.on(d, "sam").tag("speaker", PERSON));
		assertEquals(List.of(), book.levels());
		assertEquals(List.of(), book.graded().get(0).levels());
		assertFalse(GradebookCsv.write(book).contains("level1"));
		assertFalse(GradeReport.html(book, Schema.defaultSchema()).contains("each level of the codebook"));
	}

	private static Document document() {
		return SampleTexts.document("d0", "000");
	}

	private Gradebook grade(Tagger student) throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("topics"), "topics", SchemaFiles.sample("policy-topics"));
		Document d = document();
		corpus.addDocument(d);
		corpus.saveSet(Tagger.on(d, "teacher").tag("society-exchange", PERSON).tag("diplomacy-summits", COUNTRIES)
				.set());
		return grade(corpus, student);
	}

	private Gradebook grade(Corpus corpus, Tagger student) throws Exception {
		ExercisePackage.create(new ExercisePackage.Request(corpus, "Topics", List.of("d0"), Optional.empty(),
				"teacher"), dir.resolve("exercise.zip"), Optional.of(dir.resolve("reference.zip")));
		Corpus sam = ExercisePackage.open(dir.resolve("exercise.zip"), dir.resolve("sam"), Optional.of("sam"),
				ZipLimits.DEFAULT).corpus();
		sam.saveSet(student.set());
		Files.createDirectories(dir.resolve("submissions"));
		Submissions.pack(sam, "sam", dir.resolve("submissions/sam.zip"));
		try (ExerciseReference reference = ExerciseReference.open(dir.resolve("reference.zip"), "teacher",
				Optional.empty(), ZipLimits.DEFAULT)) {
			return Grader.grade(reference, dir.resolve("submissions"), ZipLimits.DEFAULT);
		}
	}
}
