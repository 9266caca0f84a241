package org.policyannotator.importer.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.ImportException;
import org.policyannotator.importer.ImportResult;
import org.policyannotator.importer.internal.TextNormalizer;

/**
 * Scores article extraction against a gold set: the share of gold paragraphs found whole (must-contain), the share
 * of boilerplate snippets that leaked into the text, token F1 of the text against the gold paragraphs (words; each
 * Chinese character or kana a token of its own), titles equal to the headline, dates equal to the publication date.
 * Text is compared with white space collapsed.
 */
public final class ExtractionEvaluation {

	private ExtractionEvaluation() {
	}

	/** Pooled figures over all pages, and each page's score. */
	public record Result(List<PageScore> pages) {
		/** Copies the list. */
		public Result {
			pages = List.copyOf(pages);
		}

		/** Gold paragraphs found whole, of all gold paragraphs. */
		public double mustContain() {
			return ratio(pages.stream().mapToInt(p -> p.found().size()).sum(),
					pages.stream().mapToInt(p -> p.page().paragraphs().size()).sum());
		}

		/** Boilerplate snippets found in the text, of all snippets. */
		public double leaked() {
			return ratio(pages.stream().mapToInt(p -> p.leaked().size()).sum(),
					pages.stream().mapToInt(p -> p.page().boilerplate().size()).sum());
		}

		/** Mean token F1 over the pages. */
		public double tokenF1() {
			return pages.stream().mapToDouble(PageScore::tokenF1).average().orElse(0);
		}

		/** Titles right, of pages whose gold has a title. */
		public double titles() {
			return share(pages.stream().map(PageScore::titleRight).toList());
		}

		/** Dates right, of pages that give a date. */
		public double dates() {
			return share(pages.stream().map(PageScore::dateRight).toList());
		}

		private static double share(List<Optional<Boolean>> values) {
			List<Boolean> known = values.stream().flatMap(Optional::stream).toList();
			return ratio((int) known.stream().filter(b -> b).count(), known.size());
		}

		private static double ratio(int part, int whole) {
			return whole == 0 ? 1 : part / (double) whole;
		}
	}

	/** Extracts every page with {@code importer} and scores it. */
	public static Result evaluate(List<GoldPage> pages, ArticleImporter importer) {
		List<PageScore> scores = new ArrayList<>();
		for (GoldPage page : pages) {
			try {
				scores.add(score(page, importer.importFile(page.page())));
			} catch (ImportException e) {
				scores.add(new PageScore(page, List.of(), List.of(), 0, page.title().map(t -> false),
						page.date().map(d -> false), Optional.of(e.getMessage())));
			}
		}
		return new Result(scores);
	}

	/** Scores one extraction against its gold. */
	public static PageScore score(GoldPage page, ImportResult result) {
		String text = TextNormalizer.collapse(result.text().replace('\n', ' '));
		List<String> found = page.paragraphs().stream().filter(p -> text.contains(TextNormalizer.collapse(p))).toList();
		List<String> leaked = page.boilerplate().stream().filter(b -> text.contains(TextNormalizer.collapse(b)))
				.toList();
		double f1 = f1(Tokens.of(text), Tokens.of(String.join(" ", page.paragraphs())));
		Optional<Boolean> title = page.title().map(t -> result.metadata().title()
				.map(x -> TextNormalizer.collapse(x).equals(TextNormalizer.collapse(t))).orElse(false));
		Optional<Boolean> date = page.date().map(d -> result.metadata().published().map(x -> x.startsWith(d))
				.orElse(false));
		return new PageScore(page, found, leaked, f1, title, date, Optional.empty());
	}

	private static double f1(List<String> extracted, List<String> gold) {
		if (extracted.isEmpty() || gold.isEmpty()) {
			return extracted.isEmpty() && gold.isEmpty() ? 1 : 0;
		}
		Map<String, Integer> counts = new HashMap<>();
		gold.forEach(t -> counts.merge(t, 1, Integer::sum));
		int common = 0;
		for (String t : extracted) {
			Integer n = counts.get(t);
			if (n != null && n > 0) {
				common++;
				counts.put(t, n - 1);
			}
		}
		double precision = common / (double) extracted.size();
		double recall = common / (double) gold.size();
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}
}
