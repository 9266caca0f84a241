package org.policyannotator.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.gold.ExtractionEvaluation;
import org.policyannotator.importer.gold.GoldException;
import org.policyannotator.importer.gold.GoldPage;
import org.policyannotator.importer.gold.GoldReader;
import org.policyannotator.importer.gold.PageScore;

/**
 * {@code bench extract --gold <dir>}: article extraction against a gold set of saved pages (see {@link GoldReader}):
 * one line per page (paragraphs found, snippets leaked, token F1, title, date, what is missing or leaked), then the
 * pooled figures beside the targets; asserts nothing.
 */
public final class ExtractBenchmark implements Benchmark {

	/** Creates the benchmark. */
	public ExtractBenchmark() {
	}

	@Override
	public String name() {
		return "extract";
	}

	@Override
	public String summary() {
		return "article extraction against saved pages with their gold text, title and date: must-contain, leaked"
				+ " boilerplate, token F1, titles, dates --gold <dir> (e.g. tests/org.policyannotator.importer.tests/gold)";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--gold"), Set.of());
		Path folder = context.resolve(arguments.required("--gold"));
		List<GoldPage> gold;
		try {
			gold = GoldReader.read(folder);
		} catch (GoldException e) {
			throw new UsageException("bench extract: " + e.getMessage());
		}
		long start = System.nanoTime();
		ExtractionEvaluation.Result r = ExtractionEvaluation.evaluate(gold, new ArticleImporter());
		figures.record("extract-gold", gold.size(), (System.nanoTime() - start) / 1e6, null, Double.NaN);
		PrintStream out = context.out();
		out.println("gold: " + folder + " (" + gold.size() + " pages)");
		out.printf(Locale.ROOT, "%-44s %9s %7s %6s %5s %5s%n", "page", "found", "leaked", "F1", "title", "date");
		for (PageScore p : r.pages()) {
			out.printf(Locale.ROOT, "%-44s %4d/%-4d %3d/%-3d %6.3f %5s %5s%n", p.page().name(), p.found().size(),
					p.page().paragraphs().size(), p.leaked().size(), p.page().boilerplate().size(), p.tokenF1(),
					mark(p.titleRight()), mark(p.dateRight()));
			p.error().ifPresent(e -> out.println("    failed: " + e));
			p.missing().forEach(m -> out.println("    missing: " + shorten(m)));
			p.leaked().forEach(l -> out.println("    leaked:  " + shorten(l)));
		}
		out.printf(Locale.ROOT, "must-contain paragraphs found: %5.1f %%  (target >= 95 %%)%n", 100 * r.mustContain());
		out.printf(Locale.ROOT, "boilerplate leaked:            %5.1f %%  (target <= 5 %%)%n", 100 * r.leaked());
		out.printf(Locale.ROOT, "article token F1:              %6.3f  (target >= 0.95)%n", r.tokenF1());
		out.printf(Locale.ROOT, "titles right:                  %5.1f %%  (target >= 95 %%)%n", 100 * r.titles());
		out.printf(Locale.ROOT, "dates right (pages with one):  %5.1f %%  (target >= 90 %%)%n", 100 * r.dates());
	}

	private static String mark(java.util.Optional<Boolean> right) {
		return right.map(b -> b ? "ok" : "WRONG").orElse("-");
	}

	private static String shorten(String s) {
		return s.length() <= 90 ? s : s.substring(0, 87) + "...";
	}
}
