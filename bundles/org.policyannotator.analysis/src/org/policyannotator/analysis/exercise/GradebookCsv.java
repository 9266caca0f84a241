package org.policyannotator.analysis.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.policyannotator.analysis.corpus.CodeLevel;
import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.analysis.scoring.TypeScore;

/**
 * {@code gradebook.csv}: RFC 4180 (comma separated, CRLF line ends, fields with comma, quote or line end quoted,
 * quotes doubled), UTF-8 without byte order mark, one header row, then one row per submission file. Numbers have
 * four decimals with a dot; an undefined figure is an empty cell. Text cells that a spreadsheet would take for a
 * formula (starting with {@code = + - @}) get a leading {@code '}. Columns: see {@link #header(List)} and
 * docs/agreement-and-grading.md.
 */
public final class GradebookCsv {
	private static final List<String> FIXED = List.of("file", "student", "status", "error", "exact_precision",
			"exact_recall", "exact_f1", "overlap_precision", "overlap_recall", "overlap_f1", "wrong_type",
			"reference_annotations", "submitted_annotations", "exact_matches", "overlap_matches", "unitizing_alpha", "exact_macro_f1",
			"exact_weighted_f1", "overlap_macro_f1", "overlap_weighted_f1", "token_kappa", "submitted",
			"attempt", "attempts", "counted", "overlap_f1_change", "disputes", "dispute_notes");
	private static final List<String> PER_TYPE = List.of("exact_precision", "exact_recall", "exact_f1",
			"overlap_precision", "overlap_recall", "overlap_f1", "wrong_type", "token_kappa");

	private static final List<String> PER_LEVEL = List.of("exact_f1", "overlap_f1", "token_kappa");
	private static final List<String> PER_LEVEL_CODE = List.of("overlap_f1", "token_kappa");

	private GradebookCsv() {
	}

	/**
	 * The column names: the fixed columns, then for every type {@code t} the columns {@code t.exact_precision},
	 * {@code t.exact_recall}, {@code t.exact_f1}, {@code t.overlap_precision}, {@code t.overlap_recall},
	 * {@code t.overlap_f1}, {@code t.wrong_type}, {@code t.token_kappa}.
	 */
	public static List<String> header(List<String> types) {
		return header(types, List.of());
	}

	/**
	 * The column names of a gradebook whose types roll up to {@code levels}: those of {@link #header(List)}, then
	 * for every level {@code k} the columns {@code levelk.exact_f1}, {@code levelk.overlap_f1},
	 * {@code levelk.token_kappa} and for every code {@code c} of the level {@code levelk.c.overlap_f1} and
	 * {@code levelk.c.token_kappa} (every annotation counted as the code it stands for at level k).
	 */
	public static List<String> header(List<String> types, List<CodeLevel> levels) {
		List<String> header = new ArrayList<>(FIXED);
		for (String type : types) {
			for (String column : PER_TYPE) {
				header.add(type + "." + column);
			}
		}
		for (CodeLevel level : levels) {
			String prefix = "level" + level.level() + ".";
			PER_LEVEL.forEach(column -> header.add(prefix + column));
			for (String code : level.codes()) {
				PER_LEVEL_CODE.forEach(column -> header.add(prefix + code + "." + column));
			}
		}
		return header;
	}

	/** The whole file content. */
	public static String write(Gradebook book) {
		StringBuilder csv = new StringBuilder();
		List<String> header = header(book.types(), book.levels());
		row(csv, header);
		java.util.Map<String, Gradebook.Attempt> attempts = book.attempts();
		for (StudentGrade grade : book.grades()) {
			List<String> cells = new ArrayList<>();
			cells.add(text(grade.file()));
			cells.add(text(grade.studentIfKnown().orElse("")));
			switch (grade) {
				case StudentGrade.Failed failed -> {
					cells.add("error");
					cells.add(text(failed.error()));
					while (cells.size() < header.size()) {
						cells.add("");
					}
				}
				case StudentGrade.Graded graded -> {
					Score s = graded.score();
					cells.add("ok");
					cells.add("");
					figures(cells, s.exact());
					figures(cells, s.overlap());
					cells.add(Integer.toString(s.wrongType()));
					cells.add(Integer.toString(s.overlap().reference()));
					cells.add(Integer.toString(s.overlap().submitted()));
					cells.add(Integer.toString(s.exact().truePositives()));
					cells.add(Integer.toString(s.overlap().truePositives()));
					cells.add(number(graded.alpha().value()));
					cells.add(number(s.macroF1(TypeScore::exact)));
					cells.add(number(s.weightedF1(TypeScore::exact)));
					cells.add(number(s.macroF1(TypeScore::overlap)));
					cells.add(number(s.weightedF1(TypeScore::overlap)));
					cells.add(number(graded.kappa().value()));
					Gradebook.Attempt attempt = attempts.get(graded.file());
					cells.add(graded.submitted().map(Object::toString).orElse(""));
					cells.add(Integer.toString(attempt.number()));
					cells.add(Integer.toString(attempt.of()));
					cells.add(attempt.counted() ? "yes" : "no");
					cells.add(attempt.change().isPresent() ? String.format(Locale.ROOT, "%+.4f",
							attempt.change().getAsDouble()) : "");
					cells.add(Integer.toString(graded.notes()));
					cells.add(text(StudentFeedback.disputeNotes(graded)));
					for (String type : book.types()) {
						TypeScore t = s.type(type);
						figures(cells, t.exact());
						figures(cells, t.overlap());
						cells.add(Integer.toString(t.wrongType()));
						cells.add(number(graded.kappa(type).map(k -> k.value()).orElse(OptionalDouble.empty())));
					}
					levels(cells, book.levels(), graded);
				}
			}
			row(csv, cells);
		}
		return csv.toString();
	}

	private static void levels(List<String> cells, List<CodeLevel> levels, StudentGrade.Graded graded) {
		for (CodeLevel level : levels) {
			Optional<LevelGrade> grade = graded.level(level.level());
			cells.add(number(grade.map(g -> g.score().exact().f1()).orElse(OptionalDouble.empty())));
			cells.add(number(grade.map(g -> g.score().overlap().f1()).orElse(OptionalDouble.empty())));
			cells.add(number(grade.map(g -> g.kappa().value()).orElse(OptionalDouble.empty())));
			for (String code : level.codes()) {
				cells.add(number(grade.filter(g -> g.score().byType().containsKey(code))
						.map(g -> g.score().type(code).overlap().f1()).orElse(OptionalDouble.empty())));
				cells.add(number(grade.flatMap(g -> g.kappa(code)).map(k -> k.value()).orElse(OptionalDouble.empty())));
			}
		}
	}

	private static void figures(List<String> cells, Counts counts) {
		cells.add(number(counts.precision()));
		cells.add(number(counts.recall()));
		cells.add(number(counts.f1()));
	}

	/** Four decimals, or empty when undefined. */
	static String number(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "";
	}

	static String text(String value) {
		if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quoted(cells.get(i)));
		}
		csv.append("\r\n");
	}

	private static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}
}
