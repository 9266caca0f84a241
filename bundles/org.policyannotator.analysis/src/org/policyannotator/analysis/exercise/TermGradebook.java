package org.policyannotator.analysis.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.analysis.table.CsvParser;
import org.policyannotator.analysis.table.CsvRecord;
import org.policyannotator.analysis.table.TableFormatException;

/**
 * A term's gradebook: several exercises of one class, each a folder written by {@code exercise grade} (its
 * {@code gradebook.csv} and {@code missed.csv}), named by the folder. {@code term.csv} has one row per student:
 * the overall overlap F1 of the counting attempt of each exercise (empty when the student has none), how many
 * exercises were graded, their mean, and the change from the first graded exercise to the last (progress); an
 * exercise graded on a hierarchical codebook adds its overlap F1 at each level of the tree.
 * {@code term-missed.csv} lists each exercise's five most-missed reference annotations with their text.
 */
public final class TermGradebook {
	/** Most-missed items listed per exercise. */
	public static final int MISSED_PER_EXERCISE = 5;
	private static final Pattern LEVEL_F1 = Pattern.compile("level([1-9][0-9]{0,2})\\.overlap_f1");

	private final Map<String, Map<String, String>> f1ByExercise = new LinkedHashMap<>();
	private final Map<String, Map<Integer, Map<String, String>>> levelF1ByExercise = new LinkedHashMap<>();
	private final Map<String, List<CsvRecord>> missedByExercise = new LinkedHashMap<>();

	private TermGradebook() {
	}

	/**
	 * Reads the grade folders, in the order given (the term's order).
	 *
	 * @throws ExerciseException naming the file when a folder lacks its files or a file is not what grade writes
	 */
	public static TermGradebook read(List<Path> folders) throws IOException {
		TermGradebook term = new TermGradebook();
		for (Path folder : folders) {
			String name = folder.toAbsolutePath().normalize().getFileName().toString();
			if (term.f1ByExercise.containsKey(name)) {
				throw new ExerciseException(folder, "two grade folders are named " + name + "; rename one");
			}
			List<CsvRecord> rows = rows(folder.resolve("gradebook.csv"));
			List<String> header = rows.get(0).fields();
			int student = column(header, "student", folder.resolve("gradebook.csv"));
			int status = column(header, "status", folder.resolve("gradebook.csv"));
			int counted = column(header, "counted", folder.resolve("gradebook.csv"));
			int f1 = column(header, "overlap_f1", folder.resolve("gradebook.csv"));
			Map<String, String> byStudent = new TreeMap<>();
			Map<Integer, Map<String, String>> byLevel = new TreeMap<>();
			for (CsvRecord row : rows.subList(1, rows.size())) {
				List<String> cells = row.fields();
				if (cells.size() == header.size() && cells.get(status).equals("ok") && cells.get(counted).equals("yes")) {
					byStudent.put(cells.get(student), cells.get(f1));
					for (int c = 0; c < header.size(); c++) {
						Matcher level = LEVEL_F1.matcher(header.get(c));
						if (level.matches()) {
							byLevel.computeIfAbsent(Integer.valueOf(level.group(1)), k -> new TreeMap<>())
									.put(cells.get(student), cells.get(c));
						}
					}
				}
			}
			term.f1ByExercise.put(name, byStudent);
			term.levelF1ByExercise.put(name, byLevel);
			List<CsvRecord> missed = rows(folder.resolve("missed.csv"));
			term.missedByExercise.put(name, missed.subList(1, Math.min(missed.size(), MISSED_PER_EXERCISE + 1)));
		}
		return term;
	}

	private static List<CsvRecord> rows(Path file) throws IOException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new ExerciseException(file, "does not exist; is the folder one written by 'exercise grade'?");
		}
		try {
			List<CsvRecord> rows = CsvParser.parse(text, file);
			if (rows.isEmpty()) {
				throw new ExerciseException(file, "is empty");
			}
			return rows;
		} catch (TableFormatException e) {
			throw new ExerciseException(file, e.getMessage().replace(file + ": ", ""));
		}
	}

	private static int column(List<String> header, String name, Path file) throws ExerciseException {
		int index = header.indexOf(name);
		if (index < 0) {
			throw new ExerciseException(file, "has no column " + name + " (written by an older version? grade again)");
		}
		return index;
	}

	/** {@code term.csv}. */
	public String csv() {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("student"));
		f1ByExercise.keySet().forEach(e -> {
			header.add(e + ".overlap_f1");
			levelF1ByExercise.get(e).keySet().forEach(level -> header.add(e + ".level" + level + ".overlap_f1"));
		});
		header.addAll(List.of("exercises_graded", "mean_overlap_f1", "change_first_to_last"));
		GradebookCsv.row(csv, header);
		TreeSet<String> students = new TreeSet<>();
		f1ByExercise.values().forEach(m -> students.addAll(m.keySet()));
		for (String student : students) {
			List<String> cells = new ArrayList<>(List.of(GradebookCsv.text(student)));
			List<Double> values = new ArrayList<>();
			for (Map.Entry<String, Map<String, String>> exercise : f1ByExercise.entrySet()) {
				String f1 = exercise.getValue().getOrDefault(student, "");
				cells.add(f1);
				levelF1ByExercise.get(exercise.getKey()).values().forEach(l -> cells.add(l.getOrDefault(student, "")));
				if (!f1.isEmpty()) {
					values.add(Double.parseDouble(f1));
				}
			}
			cells.add(Integer.toString(values.size()));
			cells.add(values.isEmpty() ? "" : number(values.stream().mapToDouble(d -> d).average().getAsDouble()));
			cells.add(values.size() < 2 ? "" : String.format(Locale.ROOT, "%+.4f",
					values.get(values.size() - 1) - values.get(0)));
			GradebookCsv.row(csv, cells);
		}
		return csv.toString();
	}

	/** The overlap F1 (as written, four decimals) of each student's counted attempt, by exercise in term order. */
	Map<String, Map<String, String>> f1ByExercise() {
		return f1ByExercise;
	}

	/** Each exercise's most-missed rows of {@code missed.csv}, in term order. */
	Map<String, List<CsvRecord>> missedByExercise() {
		return missedByExercise;
	}

	/** {@code term.html}: the term's view for people, see {@link TermReport}. */
	public String html() {
		return TermReport.html(this);
	}

	/** {@code term-missed.csv}: exercise, then the columns of {@code missed.csv}. */
	public String missedCsv() {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("exercise"));
		header.addAll(MostMissed.HEADER);
		GradebookCsv.row(csv, header);
		missedByExercise.forEach((exercise, rows) -> {
			for (CsvRecord row : rows) {
				List<String> cells = new ArrayList<>(List.of(GradebookCsv.text(exercise)));
				cells.addAll(row.fields());
				GradebookCsv.row(csv, cells);
			}
		});
		return csv.toString();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}
}
