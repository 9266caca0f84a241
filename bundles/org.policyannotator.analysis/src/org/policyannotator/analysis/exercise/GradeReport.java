package org.policyannotator.analysis.exercise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.policyannotator.analysis.corpus.CodeLevel;
import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.analysis.scoring.TypeScore;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * {@code report.html}: one self-contained page (inline CSS and inline SVG, no scripts, no fonts or images fetched)
 * with per-type F1 per student as grouped bar charts (overlap and exact matching), histograms of the class's
 * overall F1 and a table of every submission, failed ones with their error. All text is HTML-escaped.
 */
public final class GradeReport {
	private static final String[] PALETTE = { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
			"#b07aa1", "#ff9da7", "#9c755f", "#bab0ac" };
	private static final int PLOT_HEIGHT = 180;
	private static final int TOP = 20;
	private static final int LEFT = 44;

	private GradeReport() {
	}

	/** The page for {@code book}; type colours come from {@code schema} (a palette for types it lacks). */
	public static String html(Gradebook book, Schema schema) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		html.append("<title>").append(escape("Grades: " + book.exercise().name())).append("</title>\n");
		html.append("""
				<style>
				body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em; color: #222; }
				h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
				table { border-collapse: collapse; font-size: 0.9em; }
				th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: right; }
				th { background: #f2f2f2; vertical-align: bottom; } td.text, th.text { text-align: left; }
				tr.failed td { background: #fff0f0; }
				tr.superseded td { color: #888; } td.sparse { color: #b00; font-weight: bold; }
				.legend span { display: inline-block; margin-right: 1.2em; }
				.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: middle; }
				svg text { font-size: 11px; fill: #333; }
				.note { color: #555; font-size: 0.9em; }
				</style>
				</head>
				<body>
				""");
		List<StudentGrade.Graded> graded = book.graded();
		html.append("<h1>").append(escape(book.exercise().name())).append("</h1>\n");
		html.append("<p class=\"note\">Exercise ").append(escape(book.exercise().id())).append(", reference annotator ")
				.append(escape(book.reference())).append(", ").append(book.exercise().documents().size())
				.append(" documents. ").append(book.grades().size()).append(" submissions: ").append(graded.size())
				.append(" graded, ").append(book.failed().size()).append(" failed.</p>\n");
		html.append("<div class=\"legend\">");
		for (String type : book.types()) {
			html.append("<span><span class=\"swatch\" style=\"background:").append(colour(schema, book.types(), type))
					.append("\"></span>").append(escape(label(schema, type))).append("</span>");
		}
		html.append("</div>\n");
		for (String warning : book.sparseWarnings()) {
			html.append("<p class=\"note\">Warning: ").append(escape(warning)).append("</p>\n");
		}
		html.append("<h2>F1 per type and student (overlap matching)</h2>\n");
		html.append(bars(graded, book.types(), schema, s -> s.overlap()));
		html.append("<h2>F1 per type and student (exact matching)</h2>\n");
		html.append(bars(graded, book.types(), schema, s -> s.exact()));
		html.append("<h2>Class distribution of overall F1</h2>\n");
		html.append(histogram("overlap matching", graded.stream().map(g -> g.score().overlap().f1()).toList()));
		html.append(histogram("exact matching", graded.stream().map(g -> g.score().exact().f1()).toList()));
		html.append("<h2>All submissions</h2>\n");
		html.append(table(book));
		html.append("<p class=\"note\">Precision, recall and F1 are micro averages over all types and documents;"
				+ " macro F1 is the mean of the types' overlap F1, weighted F1 weights each by its reference count;"
				+ " kappa is Cohen's kappa on the tokens against the reference, pooled over the types. An empty cell"
				+ " means undefined (nothing to divide). Greyed rows are attempts that do not count ("
				+ (book.counting() == Gradebook.Counting.BEST ? "the best attempt counts" : "the last attempt counts")
				+ "). Matching rules: docs/agreement-and-grading.md.</p>\n");
		html.append(disputes(book));
		html.append("<h2>Agreement with the reference per type (counted attempts)</h2>\n");
		html.append(typeTable(book));
		html.append("<p class=\"note\">Overlap F1 and Cohen's kappa on the tokens, per type. A reference count"
				+ " marked red is below " + Gradebook.MINIMUM_REFERENCE_ITEMS + ": that type's figures say little."
				+ "</p>\n");
		html.append(levelTable(book, schema));
		html.append("</body>\n</html>\n");
		return html.toString();
	}

	private static String bars(List<StudentGrade.Graded> graded, List<String> types, Schema schema,
			Function<org.policyannotator.analysis.scoring.TypeScore, Counts> counts) {
		if (graded.isEmpty() || types.isEmpty()) {
			return "<p class=\"note\">No graded submission.</p>\n";
		}
		int bar = 12;
		int group = Math.max(types.size() * bar + 16, 60);
		int width = LEFT + graded.size() * group + 10;
		int height = TOP + PLOT_HEIGHT + 40;
		StringBuilder svg = svgStart(width, height, "grouped bar chart of F1 per type per student");
		axis(svg, width);
		for (int s = 0; s < graded.size(); s++) {
			StudentGrade.Graded g = graded.get(s);
			int x0 = LEFT + s * group + 8;
			for (int t = 0; t < types.size(); t++) {
				OptionalDouble f1 = counts.apply(g.score().type(types.get(t))).f1();
				int x = x0 + t * bar;
				String tip = g.student() + ", " + types.get(t) + ": " + (f1.isPresent() ? format(f1.getAsDouble()) : "n/a");
				if (f1.isPresent()) {
					int h = Math.max(2, (int) Math.round(f1.getAsDouble() * PLOT_HEIGHT));
					svg.append("<rect x=\"").append(x).append("\" y=\"").append(TOP + PLOT_HEIGHT - h)
							.append("\" width=\"").append(bar - 2).append("\" height=\"").append(h).append("\" fill=\"")
							.append(colour(schema, types, types.get(t))).append("\"><title>").append(escape(tip))
							.append("</title></rect>\n");
				}
			}
			svg.append("<g><title>").append(escape(g.student())).append("</title><text x=\"")
					.append(x0 + types.size() * bar / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 16)
					.append("\" text-anchor=\"middle\">").append(escape(shorten(g.student()))).append("</text></g>\n");
		}
		return svg.append("</svg>\n<p class=\"note\">A bar of height 0 is an F1 of 0; no bar: undefined (the type"
				+ " occurs in neither the reference nor the submission).</p>\n").toString();
	}

	private static String histogram(String title, List<OptionalDouble> values) {
		int[] bins = new int[10];
		int undefined = 0;
		for (OptionalDouble v : values) {
			if (v.isEmpty()) {
				undefined++;
			} else {
				bins[Math.min(9, (int) Math.floor(v.getAsDouble() * 10 + 1e-9))]++;
			}
		}
		int max = 1;
		for (int b : bins) {
			max = Math.max(max, b);
		}
		int binWidth = 48;
		int width = LEFT + 10 * binWidth + 10;
		int height = TOP + PLOT_HEIGHT + 40;
		StringBuilder svg = svgStart(width, height, "histogram of overall F1, " + title);
		svg.append("<text x=\"").append(LEFT).append("\" y=\"12\">").append(escape(title))
				.append(": number of students per F1 range</text>\n");
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + PLOT_HEIGHT).append("\" x2=\"")
				.append(width - 10).append("\" y2=\"").append(TOP + PLOT_HEIGHT).append("\" stroke=\"#999\"/>\n");
		for (int i = 0; i < 10; i++) {
			int h = bins[i] * (PLOT_HEIGHT - 20) / max;
			int x = LEFT + i * binWidth;
			String range = format(i / 10.0).substring(0, 3) + "-" + (i == 9 ? "1.0" : format((i + 1) / 10.0).substring(0, 3));
			svg.append("<rect x=\"").append(x + 2).append("\" y=\"").append(TOP + PLOT_HEIGHT - h)
					.append("\" width=\"").append(binWidth - 4).append("\" height=\"").append(h)
					.append("\" fill=\"#4e79a7\"><title>").append(escape(range + ": " + bins[i]))
					.append("</title></rect>\n");
			if (bins[i] > 0) {
				svg.append("<text x=\"").append(x + binWidth / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT - h - 3)
						.append("\" text-anchor=\"middle\">").append(bins[i]).append("</text>\n");
			}
			svg.append("<text x=\"").append(x + binWidth / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 16)
					.append("\" text-anchor=\"middle\">").append(range).append("</text>\n");
		}
		svg.append("</svg>\n");
		if (undefined > 0) {
			svg.append("<p class=\"note\">").append(undefined)
					.append(" graded submission(s) without a defined F1 (no annotations on either side).</p>\n");
		}
		return svg.toString();
	}

	private static StringBuilder svgStart(int width, int height, String label) {
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
				.append(height).append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">\n");
	}

	private static void axis(StringBuilder svg, int width) {
		for (int i = 0; i <= 4; i++) {
			int y = TOP + PLOT_HEIGHT - i * PLOT_HEIGHT / 4;
			svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(width - 10)
					.append("\" y2=\"").append(y).append("\" stroke=\"").append(i == 0 ? "#999" : "#e5e5e5")
					.append("\"/>\n<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
					.append("\" text-anchor=\"end\">").append(format(i / 4.0).substring(0, 4)).append("</text>\n");
		}
	}

	private static String table(Gradebook book) {
		StringBuilder t = new StringBuilder("<table>\n<tr><th class=\"text\">student</th><th class=\"text\">file</th><th>exact P</th><th>exact R</th>"
				+ "<th>exact F1</th><th>overlap P</th><th>overlap R</th><th>overlap F1</th><th>macro F1</th>"
				+ "<th>weighted F1</th><th>kappa</th><th>wrong type</th><th>u-alpha</th><th>attempt</th>"
				+ "<th>change</th><th>status</th></tr>\n");
		Map<String, Gradebook.Attempt> attempts = book.attempts();
		for (StudentGrade grade : book.grades()) {
			switch (grade) {
				case StudentGrade.Graded g -> {
					Score s = g.score();
					Gradebook.Attempt attempt = attempts.get(g.file());
					t.append(attempt.counted() ? "<tr>" : "<tr class=\"superseded\">").append("<td class=\"text\">")
							.append(escape(g.student())).append("</td><td class=\"text\">").append(escape(g.file()))
							.append("</td>");
					cells(t, s.exact());
					cells(t, s.overlap());
					cell(t, s.macroF1(TypeScore::overlap));
					cell(t, s.weightedF1(TypeScore::overlap));
					cell(t, g.kappa().value());
					t.append("<td>").append(s.wrongType()).append("</td>");
					cell(t, g.alpha().value());
					t.append("<td>").append(attempt.number()).append(" of ").append(attempt.of()).append("</td><td>")
							.append(attempt.change().isPresent()
									? String.format(Locale.ROOT, "%+.4f", attempt.change().getAsDouble())
									: "")
							.append("</td><td class=\"text\">").append(attempt.counted() ? "counts" : "not counted")
							.append("</td></tr>\n");
				}
				case StudentGrade.Failed f -> t.append("<tr class=\"failed\"><td class=\"text\">")
						.append(escape(f.student().orElse(""))).append("</td><td class=\"text\">").append(escape(f.file()))
						.append("</td><td colspan=\"13\"></td><td class=\"text\">error: ").append(escape(f.error()))
						.append("</td></tr>\n");
			}
		}
		return t.append("</table>\n").toString();
	}

	/** The students' dispute notes beside the item and the grade of the attempt, with the command that accepts it. */
	private static String disputes(Gradebook book) {
		List<StudentGrade.Graded> disputing = book.graded().stream().filter(g -> g.notes() > 0).toList();
		if (disputing.isEmpty()) {
			return "";
		}
		StringBuilder t = new StringBuilder("<h2>Disputes</h2>\n<table>\n<tr><th class=\"text\">student</th><th class=\"text\">file</th>"
				+ "<th>overlap F1</th><th class=\"text\">document</th><th class=\"text\">item</th><th class=\"text\">note</th><th class=\"text\">to accept it</th></tr>\n");
		for (StudentGrade.Graded g : disputing) {
			Map<Dispute, org.policyannotator.analysis.scoring.Feedback> items = g.disputedItems();
			for (Dispute d : g.disputes()) {
				var item = items.get(d);
				t.append("<tr><td class=\"text\">").append(escape(g.student())).append("</td><td class=\"text\">")
						.append(escape(g.file())).append("</td>");
				cell(t, g.score().overlap().f1());
				t.append("<td class=\"text\">").append(escape(d.document())).append("</td><td class=\"text\">")
						.append(escape(item == null ? "[" + d.start() + "-" + d.end() + "] no longer differs from the"
								+ " reference" : StudentFeedback.line(item)))
						.append("</td><td class=\"text\">").append(escape(d.note())).append("</td><td class=\"text\">")
						.append(item == null ? "" : "<code>exercise accept ... --submission " + escape(g.file())
								+ " --document " + escape(d.document()) + " --at " + d.start() + "-" + d.end()
								+ "</code>")
						.append("</td></tr>\n");
			}
			for (ScoreDispute d : g.scoreDisputes()) {
				t.append("<tr><td class=\"text\">").append(escape(g.student())).append("</td><td class=\"text\">")
						.append(escape(g.file())).append("</td>");
				cell(t, g.score().overlap().f1());
				t.append("<td class=\"text\"></td><td class=\"text\">").append(escape(StudentFeedback.scoreLine(g, d)))
						.append("</td><td class=\"text\">").append(escape(d.note()))
						.append("</td><td class=\"text\">a score: look at the items yourself</td></tr>\n");
			}
		}
		return t.append("</table>\n<p class=\"note\">Accepting an item puts the student's answer into the reference"
				+ " (a missed span is removed from it); grade again to regrade the class.</p>\n").toString();
	}

	/** Per counted submission and type: overlap F1 and Cohen's kappa on the tokens, beside the reference count. */
	private static String typeTable(Gradebook book) {
		StringBuilder t = new StringBuilder("<table>\n<tr><th class=\"text\">student</th>");
		for (String type : book.types()) {
			t.append("<th>").append(escape(type)).append(" F1</th><th>").append(escape(type)).append(" kappa</th>");
		}
		t.append("</tr>\n<tr><td class=\"text\">reference annotations</td>");
		for (String type : book.types()) {
			int count = book.referenceCount(type);
			t.append("<td colspan=\"2\"").append(count < Gradebook.MINIMUM_REFERENCE_ITEMS ? " class=\"sparse\"" : "")
					.append(">").append(count).append("</td>");
		}
		t.append("</tr>\n");
		Map<String, Gradebook.Attempt> attempts = book.attempts();
		for (StudentGrade.Graded g : book.graded()) {
			if (!attempts.get(g.file()).counted()) {
				continue;
			}
			t.append("<tr><td class=\"text\">").append(escape(g.student())).append("</td>");
			for (String type : book.types()) {
				cell(t, g.score().type(type).overlap().f1());
				cell(t, g.kappa(type).map(k -> k.value()).orElse(OptionalDouble.empty()));
			}
			t.append("</tr>\n");
		}
		return t.append("</table>\n").toString();
	}

	/**
	 * Per counted submission and level of the codebook's tree: overlap F1, exact F1 and kappa with every annotation
	 * counted as the code it stands for at that level; nothing for a flat codebook.
	 */
	private static String levelTable(Gradebook book, Schema schema) {
		if (book.levels().isEmpty()) {
			return "";
		}
		StringBuilder t = new StringBuilder("<h2>Grades at each level of the codebook (counted attempts)</h2>\n"
				+ "<table>\n<tr><th class=\"text\">student</th>");
		for (CodeLevel level : book.levels()) {
			String name = "level " + level.level();
			t.append("<th>").append(name).append(" F1</th><th>").append(name).append(" exact F1</th><th>")
					.append(name).append(" kappa</th>");
		}
		t.append("</tr>\n");
		Map<String, Gradebook.Attempt> attempts = book.attempts();
		for (StudentGrade.Graded g : book.graded()) {
			if (!attempts.get(g.file()).counted()) {
				continue;
			}
			t.append("<tr><td class=\"text\">").append(escape(g.student())).append("</td>");
			for (CodeLevel level : book.levels()) {
				java.util.Optional<LevelGrade> at = g.level(level.level());
				cell(t, at.map(l -> l.score().overlap().f1()).orElse(OptionalDouble.empty()));
				cell(t, at.map(l -> l.score().exact().f1()).orElse(OptionalDouble.empty()));
				cell(t, at.map(l -> l.kappa().value()).orElse(OptionalDouble.empty()));
			}
			t.append("</tr>\n");
		}
		t.append("</table>\n<p class=\"note\">At level 1 every annotation counts as its top-level code, at level 2"
				+ " as its code of the second level, and so on (a code above a level counts as itself): a student who"
				+ " chose the reference's topic but another subtopic is right at level 1 and wrong at level 2. Level 1"
				+ " codes: ");
		t.append(escape(String.join(", ", book.levels().get(0).codes().stream().map(c -> label(schema, c)).toList())));
		return t.append(".</p>\n").toString();
	}

	private static void cell(StringBuilder t, OptionalDouble v) {
		t.append("<td>").append(v.isPresent() ? format(v.getAsDouble()) : "").append("</td>");
	}

	private static void cells(StringBuilder t, Counts c) {
		for (OptionalDouble v : new OptionalDouble[] { c.precision(), c.recall(), c.f1() }) {
			t.append("<td>").append(v.isPresent() ? format(v.getAsDouble()) : "").append("</td>");
		}
	}

	private static String colour(Schema schema, List<String> types, String type) {
		return schema.tagType(type).map(TagType::colour).filter(c -> c.matches("#[0-9a-fA-F]{6}"))
				.orElse(PALETTE[Math.max(0, types.indexOf(type)) % PALETTE.length]);
	}

	private static String label(Schema schema, String type) {
		return schema.tagType(type).map(TagType::label).filter(l -> !l.isBlank()).orElse(type);
	}

	private static String shorten(String name) {
		return name.length() <= 12 ? name : name.substring(0, 11) + "\u2026";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

	/** Escapes text for HTML element content and quoted attribute values. */
	static String escape(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> b.append(c);
			}
		}
		return b.toString();
	}
}
