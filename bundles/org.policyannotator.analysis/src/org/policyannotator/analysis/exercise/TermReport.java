package org.policyannotator.analysis.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

import org.policyannotator.analysis.table.CsvRecord;

/**
 * {@code term.html}: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) with each student's
 * progress across the term's exercises (overall overlap F1 of the counted attempt per exercise, a small line chart,
 * the mean and the change from the first graded exercise to the last), the class mean per exercise, and each
 * exercise's most-missed reference items with their text and how many students missed them, so that the next
 * lecture can address them. All text is HTML-escaped.
 */
final class TermReport {
	private static final int SPARK_WIDTH = 120;
	private static final int SPARK_HEIGHT = 40;

	private TermReport() {
	}

	static String html(TermGradebook term) {
		Map<String, Map<String, String>> f1 = term.f1ByExercise();
		List<String> exercises = List.copyOf(f1.keySet());
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		html.append("<title>").append(GradeReport.escape("Term: " + String.join(", ", exercises))).append("</title>\n");
		html.append("""
				<style>
				body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em; color: #222; }
				h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
				table { border-collapse: collapse; font-size: 0.9em; }
				th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: right; }
				th { background: #f2f2f2; vertical-align: bottom; } td.text, th.text { text-align: left; } tr.mean td { font-weight: bold; }
				td.up { color: #1a7f37; } td.down { color: #b00; }
				.note { color: #555; font-size: 0.9em; }
				</style>
				</head>
				<body>
				""");
		TreeSet<String> students = new TreeSet<>();
		f1.values().forEach(m -> students.addAll(m.keySet()));
		html.append("<h1>Term gradebook</h1>\n<p class=\"note\">").append(exercises.size()).append(" exercises, ")
				.append(students.size()).append(" students. Overall F1 (overlap matching) of the attempt that counts"
						+ " in each exercise; empty: not graded.</p>\n");
		html.append("<h2>Progress per student</h2>\n<table>\n<tr><th class=\"text\">student</th>");
		exercises.forEach(e -> html.append("<th>").append(GradeReport.escape(e)).append("</th>"));
		html.append("<th>graded</th><th>mean</th><th>change</th><th>progress</th></tr>\n");
		for (String student : students) {
			List<OptionalDouble> values = exercises.stream().map(e -> value(f1.get(e).get(student))).toList();
			html.append("<tr><td class=\"text\">").append(GradeReport.escape(student)).append("</td>");
			values.forEach(v -> cell(html, v));
			List<Double> graded = values.stream().filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble)
					.toList();
			html.append("<td>").append(graded.size()).append("</td>");
			cell(html, graded.isEmpty() ? OptionalDouble.empty()
					: OptionalDouble.of(graded.stream().mapToDouble(d -> d).average().getAsDouble()));
			if (graded.size() < 2) {
				html.append("<td></td>");
			} else {
				double change = graded.get(graded.size() - 1) - graded.get(0);
				html.append("<td class=\"").append(change >= 0 ? "up" : "down").append("\">")
						.append(String.format(Locale.ROOT, "%+.4f", change)).append("</td>");
			}
			html.append("<td>").append(spark(student, exercises, values)).append("</td></tr>\n");
		}
		html.append("<tr class=\"mean\"><td class=\"text\">class mean</td>");
		for (String e : exercises) {
			cell(html, f1.get(e).values().stream().map(TermReport::value).filter(OptionalDouble::isPresent)
					.mapToDouble(OptionalDouble::getAsDouble).average());
		}
		html.append("<td colspan=\"4\"></td></tr>\n</table>\n");
		html.append("<h2>Most-missed reference items per exercise</h2>\n<table>\n<tr><th class=\"text\">exercise</th><th class=\"text\">document"
				+ "</th><th class=\"text\">type</th><th>at</th><th class=\"text\">text</th><th>missed by</th><th class=\"text\">students</th></tr>\n");
		term.missedByExercise().forEach((exercise, rows) -> {
			for (CsvRecord row : rows) {
				List<String> c = row.fields();
				html.append("<tr><td class=\"text\">").append(GradeReport.escape(exercise)).append("</td>");
				for (int i : new int[] { 0, 1 }) {
					html.append("<td class=\"text\">").append(GradeReport.escape(field(c, i))).append("</td>");
				}
				html.append("<td>").append(GradeReport.escape(field(c, 2) + "-" + field(c, 3))).append("</td>")
						.append("<td class=\"text\">").append(GradeReport.escape(field(c, 4))).append("</td><td>")
						.append(GradeReport.escape(field(c, 5))).append("</td><td class=\"text\">")
						.append(GradeReport.escape(field(c, 6))).append("</td></tr>\n");
			}
		});
		html.append("</table>\n<p class=\"note\">The ").append(TermGradebook.MISSED_PER_EXERCISE)
				.append(" reference items that most students' counted attempts did not credit as their type (missed,"
						+ " or overlapped only by another type). Rules: docs/agreement-and-grading.md.</p>\n");
		return html.append("</body>\n</html>\n").toString();
	}

	private static String spark(String student, List<String> exercises, List<OptionalDouble> values) {
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(SPARK_WIDTH)
				.append("\" height=\"").append(SPARK_HEIGHT).append("\" role=\"img\" aria-label=\"")
				.append(GradeReport.escape("F1 of " + student + " across the term")).append("\">");
		for (double level : new double[] { 0, 0.5, 1 }) {
			int y = SPARK_HEIGHT - 3 - (int) Math.round(level * (SPARK_HEIGHT - 6));
			svg.append("<line x1=\"0\" x2=\"").append(SPARK_WIDTH).append("\" y1=\"").append(y).append("\" y2=\"")
					.append(y).append("\" stroke=\"#e4e4e4\"/>");
		}
		List<String> points = new ArrayList<>();
		int n = Math.max(1, exercises.size() - 1);
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).isPresent()) {
				int x = 4 + i * (SPARK_WIDTH - 8) / n;
				int y = SPARK_HEIGHT - 3 - (int) Math.round(values.get(i).getAsDouble() * (SPARK_HEIGHT - 6));
				points.add(x + "," + y);
				svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"2\" fill=\"#4e79a7\">")
						.append("<title>").append(GradeReport.escape(exercises.get(i) + ": "
								+ String.format(Locale.ROOT, "%.4f", values.get(i).getAsDouble())))
						.append("</title></circle>");
			}
		}
		if (points.size() > 1) {
			svg.append("<polyline fill=\"none\" stroke=\"#4e79a7\" points=\"").append(String.join(" ", points))
					.append("\"/>");
		}
		return svg.append("</svg>").toString();
	}

	private static String field(List<String> cells, int i) {
		return i < cells.size() ? cells.get(i) : "";
	}

	private static OptionalDouble value(String cell) {
		try {
			return cell == null || cell.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(cell));
		} catch (NumberFormatException e) {
			return OptionalDouble.empty();
		}
	}

	private static void cell(StringBuilder html, OptionalDouble value) {
		html.append("<td>").append(value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "")
				.append("</td>");
	}
}
