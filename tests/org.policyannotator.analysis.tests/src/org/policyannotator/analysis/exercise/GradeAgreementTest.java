package org.policyannotator.analysis.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** Kappa of a student against the reference, pooled and per type, worked by hand on ten tokens. */
class GradeAgreementTest {
	private static final Document TEN = Document.of("ten", "Ten tokens", "aa bb cc dd ee ff gg hh ii jj");

	@TempDir
	Path dir;

	@Test
	void kappaPooledAndPerTypeByHandWithAWarningForTooFewReferenceItems() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("instructor"), "ten", Schema.defaultSchema());
		corpus.addDocument(TEN);
		corpus.saveSet(Tagger.on(TEN, "teacher").tag("claim", "aa bb cc dd").tag("statistic", "ii jj").set());
		ExercisePackage.create(new ExercisePackage.Request(corpus, "Kappa", List.of("ten"), Optional.empty(),
				"teacher"), dir.resolve("exercise.zip"), Optional.of(dir.resolve("reference.zip")));
		Corpus student = ExercisePackage.open(dir.resolve("exercise.zip"), dir.resolve("sam"), Optional.of("sam"),
				ZipLimits.DEFAULT).corpus();
		student.saveSet(Tagger.on(TEN, "sam").tag("claim", "aa bb").tag("statistic", "ii jj").set());
		Files.createDirectories(dir.resolve("submissions"));
		Submissions.pack(student, "sam", dir.resolve("submissions/sam.zip"));

		Gradebook book;
		try (ExerciseReference reference = ExerciseReference.open(dir.resolve("reference.zip"), "teacher",
				Optional.empty(), ZipLimits.DEFAULT)) {
			book = Grader.grade(reference, dir.resolve("submissions"), ZipLimits.DEFAULT);
		}
		StudentGrade.Graded sam = book.graded().get(0);
		// Cohen (1960): kappa = (po - pe) / (1 - pe), pe from each side's marginals. Tokens (reference, student): aa bb (claim, claim), cc dd (claim, none), ee ff gg hh (none, none),
		// ii jj (statistic, statistic). Pooled: po = 8/10; marginals claim 4|2, none 4|6, statistic 2|2,
		// pe = (4*2 + 4*6 + 2*2)/100 = 0.36; kappa = (0.8 - 0.36)/(1 - 0.36) = 0.6875.
		assertEquals(0.6875, sam.kappa().value().getAsDouble(), 1e-12);
		// claim alone (covered or not): po = 0.8, pe = (4*2 + 6*8)/100 = 0.56, kappa = 0.24/0.44 = 6/11.
		assertEquals(6.0 / 11, sam.kappa("claim").orElseThrow().value().getAsDouble(), 1e-12);
		assertEquals(1.0, sam.kappa("statistic").orElseThrow().value().getAsDouble(), 1e-12);

		assertEquals(List.of("claim: only 1 reference annotation (fewer than 10); its kappa and F1 say little",
				"statistic: only 1 reference annotation (fewer than 10); its kappa and F1 say little",
				"all types: only 2 reference annotations (fewer than 10); the pooled kappa and F1 say little"),
				book.sparseWarnings());
		String csv = GradebookCsv.write(book);
		assertTrue(csv.contains(",0.6875,"), csv);
		assertTrue(csv.contains(",0.5455,"), csv);
		String html = GradeReport.html(book, Schema.defaultSchema());
		assertTrue(html.contains("Warning: claim: only 1 reference"), html);
		assertTrue(html.contains("<th>kappa</th>") && html.contains("<td>0.6875</td>"), "pooled kappa in the table");
		assertTrue(html.contains("<th>claim kappa</th>") && html.contains("<td>0.5455</td>"), "claim's kappa");
		assertTrue(html.contains("<th>macro F1</th>") && html.contains("<th>weighted F1</th>"), html);
		assertTrue(html.contains("<td colspan=\"2\" class=\"sparse\">1</td>"), "one claim in the reference, marked");
	}
}
