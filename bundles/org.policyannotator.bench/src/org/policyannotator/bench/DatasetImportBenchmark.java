package org.policyannotator.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code bench import-dataset}: writes a doccano JSONL file of the size asked for (2-6 KB news-like texts, ten
 * labels each, two annotators per text as doccano exports of a shared project have them), imports it into an empty
 * corpus as {@code import-annotations} does, and prints the time, MB/s and the peak heap against the heap's limit.
 * The file is bigger than the heap can hold as objects, so the import must read it a set at a time. Asserts nothing.
 */
public final class DatasetImportBenchmark implements Benchmark {
	private static final String[] WORDS = ("the ministry said exports rose percent year-on-year officials trade "
			+ "growth people exchanges relations policy initiative development regional peace visit partners supply "
			+ "chains investment summit leaders agreement framework analysts economy bilateral strategic").split(" ");
	private static final String[] LABELS = { "claim", "statistic", "quote", "proposal" };

	/** The benchmark (no state). */
	public DatasetImportBenchmark() {
	}

	@Override
	public String name() {
		return "import-dataset";
	}

	@Override
	public String summary() {
		return "import a generated doccano JSONL file (default 200 MB) into an empty corpus: seconds, MB/s, peak heap"
				+ " [--mb <n>] [--dir <folder>]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		Arguments arguments = Arguments.parse(figures.args(), Set.of("--mb", "--dir"), Set.of());
		int mb = arguments.positiveInt("--mb", 200);
		boolean temporary = arguments.option("--dir").isEmpty();
		Path dir = temporary ? Files.createTempDirectory("pa-bench-dataset")
				: Files.createDirectories(figures.context().resolve(arguments.option("--dir").get()));
		try {
			run(mb, dir, figures);
		} finally {
			if (temporary) {
				try (Stream<Path> all = Files.walk(dir)) {
					all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
		}
	}

	private static void run(int mb, Path dir, Figures figures) throws IOException {
		var out = figures.context().out();
		Path file = dir.resolve("doccano.jsonl");
		long started = System.nanoTime();
		long lines = write(file, mb * 1048576L);
		long bytes = Files.size(file);
		out.printf(Locale.ROOT, "generated %s: %.1f MB, %,d lines, in %.1f s%n", file, bytes / 1048576.0, lines,
				(System.nanoTime() - started) / 1e9);
		Corpus corpus = Corpus.create(dir.resolve("corpus"), "Bench", Schema.defaultSchema());
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		started = System.nanoTime();
		ImportReport report = AnnotationImporter.importFile(file,
				ImportOptions.defaults().withFormat(Optional.of(ImportFormat.DOCCANO)), corpus, ExportProgress.NONE);
		double millis = (System.nanoTime() - started) / 1e6;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		out.printf(Locale.ROOT, "imported %,d sets, %,d annotations, %,d documents in %.1f s: %.1f MB/s%n",
				report.sets(), report.annotations(), report.created().size(), millis / 1000,
				bytes / 1048576.0 / (millis / 1000));
		out.printf(Locale.ROOT, "peak heap %.0f MB (sum of pool peaks, garbage included) of a %.0f MB limit, for a "
				+ "%.0f MB file%n", peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, bytes / 1048576.0);
		figures.record("import-doccano", bytes, millis, null, Double.NaN);
	}

	/** Writes lines until the file reaches {@code size} bytes; returns how many. */
	private static long write(Path file, long size) throws IOException {
		ObjectMapper json = new ObjectMapper();
		Random random = new Random(20261204L);
		long written = 0;
		long lines = 0;
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int n = 0; written < size; n++) {
				String text = text(random, n);
				for (String annotator : List.of("ana", "ben")) {
					StringBuilder labels = new StringBuilder();
					int at = 0;
					for (int i = 0; i < 10; i++) {
						int start = text.indexOf(' ', at + 1 + random.nextInt(text.length() / 12)) + 1;
						int end = text.indexOf(' ', start + 1);
						if (start <= 0 || end < 0) {
							break;
						}
						labels.append(labels.isEmpty() ? "" : ", ").append('[').append(start).append(", ")
								.append(end).append(", \"").append(LABELS[random.nextInt(LABELS.length)]).append("\"]");
						at = end;
					}
					String line = "{\"text\": " + json.writeValueAsString(text) + ", \"annotator\": \"" + annotator
							+ "\", \"label\": [" + labels + "]}\n";
					writer.write(line);
					written += line.getBytes(StandardCharsets.UTF_8).length;
					lines++;
				}
			}
		}
		return lines;
	}

	private static String text(Random random, int n) {
		StringBuilder sb = new StringBuilder("Report ").append(n).append('.');
		int length = 2000 + random.nextInt(4000);
		while (sb.length() < length) {
			sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
			if (random.nextInt(12) == 0) {
				sb.append(' ').append(random.nextInt(1000)).append('.');
			}
		}
		return sb.append('.').toString();
	}
}
