package org.policyannotator.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.CorpusImporter;
import org.policyannotator.importer.ImportOptions;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.importer.ImportException;
import org.policyannotator.importer.ImportResult;

/**
 * {@code bench import}: writes realistic news pages (50-150 KB each: head with inline scripts and styles,
 * navigation, cookie banner, ads, share bar, related list, comments, sidebar, footer; three page layouts) to disk,
 * then extracts them all from disk. Prints articles per second, MB per second, peak heap and GC, and how many
 * extractions found the whole article without boilerplate; asserts nothing.
 */
public final class ImportBenchmark implements Benchmark {
	private static final String[] WORDS = ("the of and to in exports rose percent year-on-year trillion yuan proposal "
			+ "point said minister cooperation trade growth people exchanges 2025 Beijing Seoul relations policy "
			+ "initiative development regional peace visit state partners supply chains investment summit leaders "
			+ "agreement framework officials analysts economy bilateral strategic youth culture media forum").split(" ");
	private static final String FIRST_MARK = "BENCHFIRST";
	private static final String LAST_MARK = "BENCHLAST";
	private static final String BOILERPLATE_MARK = "BENCHJUNK";

	/** The benchmark (no state). */
	public ImportBenchmark() {
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "extract 1,000 generated 50-150 KB news pages from disk: articles/s, peak memory; PDF pages/s"
				+ " [--count <n>] [--dir <folder>] [--quick]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--count", "--dir"), Set.of("--quick"));
		int count = arguments.positiveInt("--count", arguments.flag("--quick") ? 100 : 1000);
		Path dir;
		boolean temporary = arguments.option("--dir").isEmpty();
		if (temporary) {
			dir = Files.createTempDirectory("pa-bench-import");
		} else {
			dir = context.resolve(arguments.option("--dir").get());
			Files.createDirectories(dir);
		}
		try {
			run(count, dir, context, figures);
		} finally {
			if (temporary) {
				deleteTree(dir);
			}
		}
	}

	private static void run(int count, Path dir, CommandContext context, Figures figures) throws IOException {
		var out = context.out();
		long genStart = System.nanoTime();
		List<Path> files = new ArrayList<>(count);
		long bytes = 0;
		Random random = new Random(20260105L);
		for (int i = 0; i < count; i++) {
			String html = page(random, i);
			Path file = dir.resolve(String.format(Locale.ROOT, "article-%05d.html", i));
			byte[] data = html.getBytes(StandardCharsets.UTF_8);
			Files.write(file, data);
			files.add(file);
			bytes += data.length;
		}
		out.printf(Locale.ROOT, "generated %d pages, %.1f MB (%.0f KB average) in %s in %.1f s%n", count,
				bytes / 1048576.0, bytes / 1024.0 / count, dir, (System.nanoTime() - genStart) / 1e9);

		ArticleImporter importer = new ArticleImporter();
		int warmup = Math.min(count, 100);
		for (int i = 0; i < warmup; i++) {
			extract(importer, files.get(i));
		}
		System.gc();
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long gcCount0 = gcCount();
		long gcTime0 = gcTime();

		int complete = 0;
		int failed = 0;
		var threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (Path file : files) {
			ImportResult r = extract(importer, file);
			if (r == null) {
				failed++;
			} else if (r.text().contains(FIRST_MARK) && r.text().contains(LAST_MARK)
					&& !r.text().contains(BOILERPLATE_MARK)) {
				complete++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		figures.record("extract-page", count, seconds * 1000 / count, null, Double.NaN);
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		figures.record("extract-page-cpu", count, cpuSeconds * 1000 / count, "extract-page", seconds * 1000 / count);
		long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		out.printf(Locale.ROOT, "extracted %d pages in %.2f s: %.0f articles/s, %.1f MB/s, %.2f ms per article%n", count,
				seconds, count / seconds, bytes / 1048576.0 / seconds, seconds * 1000 / count);
		out.printf(Locale.ROOT, "extraction thread's CPU time %.2f s: %.0f articles per CPU second (the figure a loaded, shared"
				+ " machine does not bend)%n", cpuSeconds, count / cpuSeconds);
		out.printf(Locale.ROOT, "peak heap (sum of heap pool peaks during extraction): %.0f MB; max heap %.0f MB%n",
				peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
		out.printf(Locale.ROOT, "GC during extraction: %d collections, %d ms%n", gcCount() - gcCount0, gcTime() - gcTime0);
		out.printf(Locale.ROOT, "quality: %d of %d articles complete (first and last paragraph, no boilerplate), %d failed%n",
				complete, count, failed);

		Path corpusDir = dir.resolve("corpus");
		Corpus corpus = Corpus.create(corpusDir, "bench", Schema.defaultSchema());
		System.gc();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long corpusStart = System.nanoTime();
		CorpusImporter.Summary summary = new CorpusImporter(corpus, ImportOptions.defaults(), false)
				.importAll(List.of(dir), outcome -> { }, () -> false);
		double corpusSeconds = (System.nanoTime() - corpusStart) / 1e9;
		figures.record("corpus-import", count, corpusSeconds * 1000, "extract-only", seconds * 1000);
		out.printf(Locale.ROOT,
				"imported into a corpus (extract + atomic, synced document write): %d added, %d failed in %.2f s: %.0f articles/s%n",
				summary.added().size(), summary.failed().size(), corpusSeconds, count / corpusSeconds);
		out.printf(Locale.ROOT, "peak heap during the corpus import: %.0f MB%n",
				heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0);
		try {
			PdfImportBenchmark.run(count / 5, out, figures);
		} catch (ImportException e) {
			out.println("PDF: extraction failed: " + e.getMessage());
		}
	}

	private static ImportResult extract(ArticleImporter importer, Path file) {
		try {
			return importer.importFile(file);
		} catch (ImportException e) {
			return null;
		}
	}

	private static long gcCount() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
				.filter(c -> c > 0).sum();
	}

	private static long gcTime() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
				.filter(c -> c > 0).sum();
	}

	/** One page of 50-150 KB in one of three layouts. */
	static String page(Random random, int index) {
		int target = 50_000 + random.nextInt(100_000);
		int layout = index % 3;
		StringBuilder sb = new StringBuilder(target + 10_000);
		String title = sentence(random, 8).replace(".", "");
		sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
				.append(" | Bench News</title><meta property=\"og:site_name\" content=\"Bench News\">")
				.append("<meta property=\"article:published_time\" content=\"2025-11-0").append(1 + index % 9)
				.append("T08:00:00Z\"><style>");
		for (int i = 0; i < 150; i++) {
			sb.append(".c").append(i).append("{margin:").append(i).append("px;padding:0 ").append(i % 7).append("px}");
		}
		sb.append("</style><script>window.__STATE__={");
		for (int i = 0; i < 400; i++) {
			sb.append("\"k").append(i).append("\":\"").append(WORDS[random.nextInt(WORDS.length)]).append(' ')
					.append(BOILERPLATE_MARK).append("\",");
		}
		sb.append("\"end\":1};</script></head><body>");
		sb.append("<header class=\"site-header\"><nav><ul>");
		for (int i = 0; i < 60; i++) {
			sb.append("<li><a href=\"/section/").append(i).append("\">").append(WORDS[i % WORDS.length])
					.append("</a></li>");
		}
		sb.append("</ul></nav></header><div class=\"cookie-banner\"><p>We use cookies ").append(BOILERPLATE_MARK)
				.append(" to personalise content and ads, to provide social media features and to analyse traffic.</p></div>");
		sb.append("<div class=\"ad-slot\">Advertisement ").append(BOILERPLATE_MARK).append("</div>");
		sb.append(switch (layout) {
			case 0 -> "<main><article><h1>" + title + "</h1><div class=\"body\">";
			case 1 -> "<div class=\"page\"><div class=\"col\"><h1>" + title + "</h1><div itemprop=\"articleBody\">";
			default -> "<div id=\"wrap\"><div class=\"l\"><div class=\"m\"><h1>" + title + "</h1><div id=\"story-text\">";
		});
		int paragraphs = 8 + random.nextInt(18);
		for (int p = 0; p < paragraphs; p++) {
			sb.append("<p>");
			if (p == 0) {
				sb.append(FIRST_MARK).append(' ');
			}
			int sentences = 2 + random.nextInt(5);
			for (int s = 0; s < sentences; s++) {
				sb.append(sentence(random, 10 + random.nextInt(20))).append(' ');
			}
			if (p == paragraphs - 1) {
				sb.append(LAST_MARK);
			}
			sb.append("</p>");
			if (p == 3) {
				sb.append("<figure><img src=\"/i.jpg\"><figcaption>").append(sentence(random, 9))
						.append("</figcaption></figure><div class=\"ad-inline\"><span>Advertisement ").append(BOILERPLATE_MARK)
						.append("</span></div>");
			}
		}
		sb.append("</div><div class=\"share-bar\"><a href=\"#\">Share ").append(BOILERPLATE_MARK)
				.append("</a><a href=\"#\">Tweet</a></div>");
		sb.append(switch (layout) {
			case 0 -> "</article>";
			case 1 -> "</div>";
			default -> "</div></div>";
		});
		sb.append("<section class=\"related\"><h2>Related</h2><ul>");
		for (int i = 0; i < 10; i++) {
			sb.append("<li><a href=\"/r/").append(i).append("\">").append(sentence(random, 7)).append(' ')
					.append(BOILERPLATE_MARK).append("</a></li>");
		}
		sb.append("</ul></section><div id=\"comments\">");
		while (sb.length() < target - 8_000) {
			sb.append("<div class=\"comment\"><span class=\"user\">user").append(random.nextInt(9999))
					.append("</span><p>").append(sentence(random, 12 + random.nextInt(30))).append(' ')
					.append(BOILERPLATE_MARK).append("</p></div>");
		}
		sb.append("</div>").append(layout == 0 ? "</main>" : "</div>");
		sb.append("<aside class=\"sidebar\"><h3>Most read</h3><ol>");
		for (int i = 0; i < 10; i++) {
			sb.append("<li><a href=\"/m/").append(i).append("\">").append(sentence(random, 6)).append("</a></li>");
		}
		sb.append("</ol></aside><footer class=\"site-footer\"><ul>");
		for (int i = 0; i < 80; i++) {
			sb.append("<li><a href=\"/f/").append(i).append("\">").append(WORDS[random.nextInt(WORDS.length)])
					.append(' ').append(BOILERPLATE_MARK).append("</a></li>");
		}
		sb.append("</ul><p>&copy; 2025 Bench News ").append(BOILERPLATE_MARK).append("</p></footer>")
				.append("<script>track(").append(index).append(");</script></body></html>");
		return sb.toString();
	}

	private static String sentence(Random random, int words) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < words; i++) {
			String w = WORDS[random.nextInt(WORDS.length)];
			if (i == 0) {
				w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
			}
			sb.append(w);
			sb.append(i == words - 1 ? "." : i % 7 == 6 ? ", " : " ");
		}
		return sb.toString();
	}


	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
