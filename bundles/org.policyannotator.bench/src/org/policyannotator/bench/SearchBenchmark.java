package org.policyannotator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.search.AnnotationCriteria;
import org.policyannotator.search.CorpusSearch;
import org.policyannotator.search.SearchOptions;
import org.policyannotator.search.SearchQuery;
import org.policyannotator.search.SearchScope;
import org.policyannotator.search.TextQuery;

/**
 * {@code bench search}: a generated corpus of 10,000 documents (about 50 MB of text, 1,000,000 annotations), searched
 * for text and annotations; prints the time to the first page of hits and to the complete result, cold (first
 * search of the process on a fresh corpus) and warm (median), and the ratio to {@code grep -r -c} over the same
 * document files in the same run. Annotation queries are answered from the corpus's annotation index: their cold
 * figure is the first query, which builds it, and a last figure is taken after 100 set files changed. Asserts
 * nothing.
 */
public final class SearchBenchmark implements Benchmark {
	private static final int PAGE = 50;
	private static final int CHARS = 5_000;
	private static final int PER_DOC = 100;
	private static final String[] WORDS = ("the of and to in exports rose percent year-on-year trillion yuan "
			+ "proposal point said minister cooperation trade growth people exchanges 24.5 2025 Beijing Seoul "
			+ "relations policy initiative development regional peace visit state partners four-point tariff")
			.split(" ");

	public SearchBenchmark() {
	}

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String summary() {
		return "corpus search over 10,000 documents / 1,000,000 annotations: first page and complete, vs grep -r -c"
				+ " [--quick] [--documents <n>] [--dir <folder>] [--iterations <n>]";
	}

	private record Case(String label, SearchQuery query, Optional<List<String>> grep) {
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--dir", "--iterations", "--documents"), Set.of("--quick"));
		boolean quick = arguments.flag("--quick");
		int documents = arguments.positiveInt("--documents", quick ? 1_000 : 10_000);
		int iterations = arguments.positiveInt("--iterations", quick ? 3 : 5);
		Path root = arguments.option("--dir").map(context::resolve).orElse(Files.createTempDirectory("pa-bench-search"));
		PrintStream out = context.out();
		try {
			Path dir = root.resolve("corpus-" + documents);
			double made = ensureCorpus(dir, documents);
			out.printf(Locale.ROOT, "bench search: %,d documents of %,d characters, %,d annotations, in %s%s%n",
					documents, CHARS, (long) documents * PER_DOC, dir,
					made > 0 ? String.format(Locale.ROOT, " (made in %.1f s)", made / 1e3) : " (reused)");
			out.printf(Locale.ROOT, "%d measured rounds (medians); first page = %d hits; %d cores%n%n", iterations, PAGE,
					Runtime.getRuntime().availableProcessors());
			out.printf(Locale.ROOT, "%-34s %9s %9s %10s %9s %9s %8s %7s %10s %12s%n", "query", "hits", "cold 1st",
					"cold all", "warm 1st", "warm all", "grep", "ratio", "from file", "100 touched");
			Path documentsDir = dir.resolve(Corpus.DOCUMENTS);
			for (Case c : cases()) {
				measure(c, dir, documentsDir, iterations, documents, out, figures);
			}
			out.printf(Locale.ROOT, "%nratio = warm complete search / grep over the same document files (JSON)%n");
			out.printf(Locale.ROOT, "annotation queries (target: complete under 1,000 ms): cold = the first query, which"
					+ " builds the index in %s/ (deleted before each);%n  warm = index up to date and kept in memory"
					+ " between queries; from file = index up to date, read from its file (as in a new process);%n"
					+ "  100 touched = after 100 set files changed (re-read, written to the index's delta file)%n", CorpusSearch.INDEX_FOLDER);
		} finally {
			if (arguments.option("--dir").isEmpty()) {
				deleteTree(root);
			}
		}
	}

	private static List<Case> cases() throws Exception {
		return List.of(
				new Case("literal 'cooperation'", SearchQuery.text(TextQuery.literal("cooperation")),
						Optional.of(List.of("grep", "-r", "-c", "-i", "-F", "cooperation"))),
				new Case("literal rare 'four-point tariff'", SearchQuery.text(TextQuery.literal("four-point tariff")),
						Optional.of(List.of("grep", "-r", "-c", "-i", "-F", "four-point tariff"))),
				new Case("whole word 'trade'", SearchQuery.text(new TextQuery("trade", false, true, false)),
						Optional.of(List.of("grep", "-r", "-c", "-i", "-w", "trade"))),
				new Case("regex '\\d+\\.\\d+ percent'", SearchQuery.text(new TextQuery("\\d+\\.\\d+ percent", true, false,
						false)), Optional.of(List.of("grep", "-r", "-c", "-i", "-E", "[0-9]+\\.[0-9]+ percent"))),
				new Case("annotations type=statistic", SearchQuery.annotations(AnnotationCriteria.NONE
						.withType("statistic")), Optional.empty()),
				new Case("annotations unit=percent", SearchQuery.annotations(AnnotationCriteria.NONE
						.withAttribute("unit=percent")), Optional.empty()),
				new Case("'percent' inside a statistic", new SearchQuery(Optional.of(TextQuery.literal("percent")),
						AnnotationCriteria.NONE.withType("statistic")), Optional.empty()));
	}

	private static void measure(Case c, Path dir, Path documentsDir, int iterations, int documents, PrintStream out,
			Figures figures) throws Exception {
		boolean indexed = !c.query().annotations().isEmpty();
		if (indexed) {
			deleteTree(dir.resolve(CorpusSearch.INDEX_FOLDER));
		}
		double[] cold = once(c, dir);
		double[] firsts = new double[iterations];
		double[] alls = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			double[] warm = once(c, dir);
			firsts[i] = warm[0];
			alls[i] = warm[1];
		}
		double warmAll = median(alls);
		String grep = "-";
		String ratio = "-";
		double[] greps = null;
		if (c.grep().isPresent()) {
			greps = new double[iterations];
			for (int i = 0; i < iterations; i++) {
				greps[i] = grep(c.grep().get(), documentsDir);
			}
			grep = String.format(Locale.ROOT, "%.0f ms", median(greps));
			ratio = String.format(Locale.ROOT, "%.2f", warmAll / median(greps));
		}
		figures.record(c.label(), documents, alls, c.grep().isPresent() ? "grep" : null, greps);
		String touched = "-";
		String fromFile = "-";
		if (indexed) {
			CorpusSearch.forgetIndexes();
			fromFile = String.format(Locale.ROOT, "%.0f ms", once(c, dir)[1]);
			touch(dir, documents, 100);
			touched = String.format(Locale.ROOT, "%.0f ms", once(c, dir)[1]);
		}
		out.printf(Locale.ROOT, "%-34s %,9d %6.0f ms %7.0f ms %6.0f ms %6.0f ms %8s %7s %10s %12s%n", c.label(),
				(long) cold[2], cold[0], cold[1], median(firsts), warmAll, grep, ratio, fromFile, touched);
	}

	/** Changes the modification time of {@code count} set files spread over the corpus, as a save would. */
	private static void touch(Path dir, int documents, int count) throws Exception {
		Corpus corpus = Corpus.open(dir);
		java.nio.file.attribute.FileTime now = java.nio.file.attribute.FileTime.from(java.time.Instant.now());
		int step = Math.max(1, documents / count);
		for (int i = 0, n = 0; i < documents && n < count; i += step, n++) {
			Files.setLastModifiedTime(corpus.setFile("ana", String.format(Locale.ROOT, "doc-%05d", i)), now);
		}
	}

	/** One search on a freshly opened corpus: ms to the first page, ms to the end, hits. */
	private static double[] once(Case c, Path dir) throws Exception {
		Corpus corpus = Corpus.open(dir);
		long start = System.nanoTime();
		long[] first = { -1 };
		long[] hits = { 0 };
		new CorpusSearch(corpus).run(c.query(), SearchScope.WHOLE_CORPUS, SearchOptions.DEFAULT, d -> {
			hits[0] += d.hits().size();
			if (first[0] < 0 && hits[0] >= PAGE) {
				first[0] = System.nanoTime();
			}
		}, () -> false);
		long end = System.nanoTime();
		return new double[] { ((first[0] < 0 ? end : first[0]) - start) / 1e6, (end - start) / 1e6, hits[0] };
	}

	private static double grep(List<String> command, Path documentsDir) throws Exception {
		List<String> full = new ArrayList<>(command);
		full.add(documentsDir.toString());
		long start = System.nanoTime();
		Process process = new ProcessBuilder(full).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		process.waitFor();
		return (System.nanoTime() - start) / 1e6;
	}

	/** Makes the corpus unless a complete one is there; ms taken, 0 when reused. */
	private static double ensureCorpus(Path dir, int documents) throws Exception {
		Path done = dir.resolve(".bench-complete");
		if (Files.exists(done)) {
			return 0;
		}
		if (Files.exists(dir)) {
			deleteTree(dir);
		}
		long start = System.nanoTime();
		Random random = new Random(12);
		Corpus corpus = Corpus.create(dir, "bench-search", Schema.defaultSchema());
		for (int i = 0; i < documents; i++) {
			Document document = Document.of(String.format(Locale.ROOT, "doc-%05d", i), "Article " + i,
					text(random, CHARS));
			corpus.addDocument(document);
			corpus.saveSet(ModelBenchmark.annotate(random, document, "ana", PER_DOC));
		}
		Files.writeString(done, "");
		return (System.nanoTime() - start) / 1e6;
	}

	private static String text(Random random, int length) {
		StringBuilder b = new StringBuilder(length + 100);
		while (b.length() < length) {
			String word = WORDS[random.nextInt(WORDS.length)];
			b.append(word.equals("four-point") && random.nextInt(20) != 0 ? "plan" : word);
			b.append(random.nextInt(15) == 0 ? ".\n" : " ");
		}
		b.setLength(length);
		return b.toString();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
