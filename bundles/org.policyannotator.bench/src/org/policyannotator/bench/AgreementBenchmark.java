package org.policyannotator.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.CommandLine;
import org.policyannotator.app.cli.Subcommands;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusWrites;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code bench agreement}: {@code agreement --corpus} as a user runs it, on a generated corpus of 10,000 documents
 * where each of 3 annotators made 100 annotations per document (1,000,000 each), in this process's heap (the
 * command line's default). Against the limit of bare Jackson parsing the same set files in the same run.
 */
public final class AgreementBenchmark implements Benchmark {
	private static final String[] TYPES = { "claim", "statistic", "proposal", "quote", "speaker" };
	private static final String[] WORDS = ("the of and to in exports rose percent year-on-year trillion yuan "
			+ "proposal point said minister cooperation trade growth people exchanges 24.5 2025 Beijing Seoul")
			.split(" ");
	private static final int BATCH = 500;

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public String summary() {
		return "agreement --corpus on 10,000 documents x 3 annotators x 100 annotations (3,000,000) in the default"
				+ " heap vs bare Jackson [--quick] [--documents <n>] [--annotators <n>] [--per-document <n>] [--dir <folder>]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--documents", "--annotators", "--per-document", "--dir"),
				Set.of("--quick"));
		int documents = arguments.positiveInt("--documents", arguments.flag("--quick") ? 1_000 : 10_000);
		int annotators = arguments.positiveInt("--annotators", 3);
		int perDocument = arguments.positiveInt("--per-document", 100);
		boolean temporary = arguments.option("--dir").isEmpty();
		Path dir = temporary ? Files.createTempDirectory("pa-bench-agreement")
				: context.resolve(arguments.option("--dir").get());
		PrintStream out = context.out();
		try {
			long t0 = System.nanoTime();
			if (!Files.isRegularFile(dir.resolve(Corpus.CORPUS_FILE))) {
				generate(dir, documents, annotators, perDocument);
			}
			Corpus corpus = Corpus.open(dir);
			long annotations = (long) corpus.documentIds().size() * corpus.annotators().size() * perDocument;
			out.printf(Locale.ROOT, "corpus: %,d documents, %d annotators, %,d annotations (%d per document and"
					+ " annotator) in %s, made in %.1f s; heap limit %.0f MB%n", corpus.documentIds().size(),
					corpus.annotators().size(), annotations, perDocument, dir, (System.nanoTime() - t0) / 1e9,
					Runtime.getRuntime().maxMemory() / 1e6);
			double bare = bareParse(corpus);
			out.printf(Locale.ROOT, "  bare Jackson parse of every set file   %8.0f ms%n", bare);
			System.gc();
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
					.filter(p -> p.getType() == MemoryType.HEAP).toList();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			PrintStream report = new PrintStream(OutputStream.nullOutputStream());
			ByteErrors err = new ByteErrors();
			t0 = System.nanoTime();
			int exit = new CommandLine(Subcommands.all("bench"), report, err.stream(), dir)
					.run("agreement", "--corpus", dir.toString(), "--json");
			double agreement = (System.nanoTime() - t0) / 1e6;
			long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
			if (exit != 0) {
				out.printf(Locale.ROOT, "  agreement --corpus FAILED (exit %d) after %.0f ms: %s%n", exit, agreement,
						err.text().strip());
				return;
			}
			figures.record("agreement", annotations, agreement, "bare-jackson-parse", bare);
			out.printf(Locale.ROOT, "  agreement --corpus --json              %8.0f ms = %.2fx bare (target < 10 s);"
					+ " peak heap %.0f MB%n", agreement, agreement / bare, peak / 1e6);
		} finally {
			if (temporary) {
				Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** The limit: Jackson parsing every set file into a tree, nothing else. */
	private static double bareParse(Corpus corpus) throws Exception {
		ObjectMapper mapper = new ObjectMapper();
		long t0 = System.nanoTime();
		long fields = 0;
		for (String annotator : corpus.annotators()) {
			for (String id : corpus.documentIdsAnnotatedBy(annotator)) {
				fields += mapper.readTree(Files.readAllBytes(corpus.setFile(annotator, id))).size();
			}
		}
		if (fields < 0) {
			throw new IllegalStateException();
		}
		return (System.nanoTime() - t0) / 1e6;
	}

	/**
	 * A corpus where the annotators mostly agree: each takes the same 100 spans of a document, moves some edges by
	 * a few characters, drops one in ten and gives one in twenty another type.
	 */
	private static void generate(Path dir, int documents, int annotators, int perDocument) throws Exception {
		Corpus corpus = Corpus.create(dir, "bench-agreement", Schema.defaultSchema());
		Instant now = Instant.parse("2026-01-05T09:30:00Z");
		CorpusWrites writes = corpus.writes();
		for (int d = 0; d < documents; d++) {
			Random random = new Random(d);
			Document document = Document.of(String.format(Locale.ROOT, "doc-%05d", d), "Document " + d,
					text(random, 4_000));
			writes.addDocument(document);
			String text = document.text();
			int stride = text.length() / perDocument;
			for (int a = 0; a < annotators; a++) {
				String annotator = "coder" + (a + 1);
				Random own = new Random(d * 31L + a);
				Random shared = new Random(d);
				List<Annotation> list = new ArrayList<>(perDocument);
				for (int i = 0; i < perDocument; i++) {
					int start = i * stride + shared.nextInt(Math.max(1, stride / 4));
					int end = Math.min(text.length(), start + 5 + shared.nextInt(Math.max(1, stride / 2)));
					String type = TYPES[shared.nextInt(TYPES.length)];
					if (own.nextInt(10) == 0) {
						continue;
					}
					if (own.nextInt(20) == 0) {
						type = TYPES[own.nextInt(TYPES.length)];
					}
					start = Math.max(0, start + own.nextInt(3) - 1);
					end = Math.max(start + 1, Math.min(text.length(), end + own.nextInt(3) - 1));
					list.add(Annotation.of("a" + (i + 1), type, List.of(Span.of(text, start, end)), annotator, now));
				}
				writes.saveSet(AnnotationSet.of(annotator, document.id(), document.sha256(), list, List.of()));
			}
			if ((d + 1) % BATCH == 0) {
				writes.commit();
				writes.close();
				writes = corpus.writes();
			}
		}
		writes.commit();
		writes.close();
	}

	private static String text(Random random, int length) {
		StringBuilder b = new StringBuilder(length + 100);
		while (b.length() < length) {
			b.append(WORDS[random.nextInt(WORDS.length)]);
			b.append(random.nextInt(15) == 0 ? ".\n" : " ");
		}
		b.setLength(length);
		return b.toString();
	}

	/** What the command printed on its error stream. */
	private static final class ByteErrors {
		private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

		PrintStream stream() {
			return new PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
		}

		String text() {
			return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
		}
	}
}
