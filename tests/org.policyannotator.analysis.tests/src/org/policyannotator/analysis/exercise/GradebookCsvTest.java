package org.policyannotator.analysis.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyannotator.analysis.table.CsvParser;
import org.policyannotator.analysis.table.CsvRecord;

/** RFC 4180 quoting and spreadsheet safety of gradebook.csv. */
class GradebookCsvTest {
	private static final ExerciseManifest EXERCISE = new ExerciseManifest("id-1", "Week 1",
			List.of(new ExerciseDocument("d1", "a".repeat(64))), "", Optional.empty());

	@Test
	void errorsWithCommasQuotesAndLineBreaksSurviveACsvRoundTrip() throws Exception {
		String error = "x.zip!/manifest.json: \"student\" must be a string,\nsee the guide";
		Gradebook book = new Gradebook(EXERCISE, "teacher", List.of("claim"),
				List.of(new StudentGrade.Failed("x.zip", Optional.empty(), error)));
		String csv = GradebookCsv.write(book);
		assertTrue(csv.contains("\"x.zip!/manifest.json: \"\"student\"\" must be a string,\nsee the guide\""), csv);
		List<CsvRecord> rows = CsvParser.parse(csv, Path.of("gradebook.csv"));
		assertEquals(error, rows.get(1).fields().get(3));
		assertEquals(GradebookCsv.header(List.of("claim")).size(), rows.get(1).fields().size());
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingQuote() throws Exception {
		Gradebook book = new Gradebook(EXERCISE, "teacher", List.of(),
				List.of(new StudentGrade.Failed("=HYPERLINK(1).zip", Optional.empty(), "-broken")));
		List<CsvRecord> rows = CsvParser.parse(GradebookCsv.write(book), Path.of("gradebook.csv"));
		assertEquals("'=HYPERLINK(1).zip", rows.get(1).fields().get(0));
		assertEquals("'-broken", rows.get(1).fields().get(3));
	}

	@Test
	void perTypeColumnsFollowTheFixedColumns() {
		List<String> header = GradebookCsv.header(List.of("claim", "proposal-point"));
		assertEquals("unitizing_alpha", header.get(15));
		assertEquals(List.of("exact_macro_f1", "exact_weighted_f1", "overlap_macro_f1", "overlap_weighted_f1",
				"token_kappa", "submitted", "attempt", "attempts", "counted", "overlap_f1_change", "disputes",
				"dispute_notes"), header.subList(16, 28));
		assertEquals(List.of("claim.exact_precision", "claim.exact_recall", "claim.exact_f1",
				"claim.overlap_precision", "claim.overlap_recall", "claim.overlap_f1", "claim.wrong_type",
				"claim.token_kappa"),
				header.subList(28, 36));
		assertEquals("proposal-point.token_kappa", header.get(header.size() - 1));
	}
}
