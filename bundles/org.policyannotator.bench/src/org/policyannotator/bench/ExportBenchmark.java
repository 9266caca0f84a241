package org.policyannotator.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.export.AnnotatorEntry;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.ExportResult;
import org.policyannotator.export.Exporter;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code bench export}: 10,000 documents with 1,000,000 annotations exported to JSONL through {@link Exporter}
 * (atomic file, code point offsets, header and schema), against the same records written with bare Jackson
 * streaming (the practical limit). Both read the same generated documents, one at a time. Prints medians.
 */
public final class ExportBenchmark implements Benchmark {
	private static final int DOCUMENTS = 10_000;
	private static final int QUICK_DOCUMENTS = 500;
	private static final int PER_DOCUMENT = 100;
	private static final int POOL = 64;
	private static final int TEXT_CHARS = 4_000;
	private static final String[] WORDS = ("the of and to in exports rose percent year-on-year trillion yuan "
			+ "proposal point said minister cooperation trade growth people exchanges 24.5 2025 Beijing Seoul "
			+ "relations policy initiative development regional peace visit state partners 서울 中国 😀").split(" ");
	private static final JsonFactory FACTORY = new JsonFactory();

	/** The benchmark (no state). */
	public ExportBenchmark() {
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export 10,000 documents with 1,000,000 annotations to JSONL vs bare Jackson; --corpus: a corpus of"
				+ " 10,000 documents on disk, speakers grouped [--quick] [--iterations <n>] [--dir <folder>]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--iterations", "--dir"), Set.of("--quick", "--corpus"));
		boolean quick = arguments.flag("--quick");
		int iterations = arguments.positiveInt("--iterations", quick ? 3 : 5);
		int documents = quick ? QUICK_DOCUMENTS : DOCUMENTS;
		Path folder = arguments.option("--dir").map(context::resolve).orElse(Files.createTempDirectory("pa-bench-export"));
		Files.createDirectories(folder);
		PrintStream out = context.out();
		if (arguments.flag("--corpus")) {
			out.printf(Locale.ROOT, "bench export --corpus (%s): %d measured runs after 1 warm-up; folder %s%n",
					quick ? "quick" : "full", iterations, folder);
			try {
				CorpusExportFigures.run(documents, iterations, folder, out, figures);
			} finally {
				deleteTree(arguments.option("--dir").isEmpty() ? folder : folder.resolve("corpus"));
			}
			return;
		}
		GeneratedSource source = new GeneratedSource(documents);
		Path ours = folder.resolve("ours.jsonl");
		Path bare = folder.resolve("bare.jsonl");
		out.printf(Locale.ROOT, "bench export (%s): %,d documents, %,d annotations, JSONL; %d measured runs after 1"
				+ " warm-up, medians; folder %s%n", quick ? "quick" : "full", documents,
				(long) documents * PER_DOCUMENT, iterations, folder);
		try {
			ExportResult[] result = new ExportResult[1];
			double[] bareMillis = times(iterations, () -> bareJackson(source, bare));
			double[] ourMillis = times(iterations, () -> result[0] = Exporter.export(source, ExportFormat.JSONL, ours,
					ExportProgress.NONE));
			figures.record("export", documents, ourMillis, "bare-jackson", bareMillis);
			double bareSeconds = Figures.percentile(bareMillis, 50) / 1000;
			double ourSeconds = Figures.percentile(ourMillis, 50) / 1000;
			double bareMb = Files.size(bare) / 1e6;
			double ourMb = Files.size(ours) / 1e6;
			out.printf(Locale.ROOT, "  bare Jackson streaming (the limit)  %7.2f s  %8.1f MB  %7.1f MB/s%n",
					bareSeconds, bareMb, bareMb / bareSeconds);
			out.printf(Locale.ROOT, "  our export (Exporter, JSONL)        %7.2f s  %8.1f MB  %7.1f MB/s  (%,d annotations)%n",
					ourSeconds, ourMb, ourMb / ourSeconds, result[0].annotations());
			out.printf(Locale.ROOT, "  ratio ours/limit: %.2f by throughput (MB/s), %.2f by time for the same records"
					+ " (target >= 0.50)%n", (ourMb / ourSeconds) / (bareMb / bareSeconds), bareSeconds / ourSeconds);
		} finally {
			Files.deleteIfExists(ours);
			Files.deleteIfExists(bare);
			if (arguments.option("--dir").isEmpty()) {
				Files.deleteIfExists(folder);
			}
		}
	}


	private static void deleteTree(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	@FunctionalInterface
	private interface Job {
		Object run() throws Exception;
	}

	/** Milliseconds of each of {@code iterations} runs after one warm-up run. */
	private static double[] times(int iterations, Job job) throws Exception {
		job.run();
		double[] millis = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			long t = System.nanoTime();
			job.run();
			millis[i] = (System.nanoTime() - t) / 1e6;
		}
		return millis;
	}

	/** The limit: the same records, one document per line, plain Jackson into a buffered file. */
	private static Path bareJackson(DatasetSource source, Path file) throws IOException {
		try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				JsonGenerator g = FACTORY.createGenerator(stream, JsonEncoding.UTF8)) {
			g.setRootValueSeparator(null);
			for (String id : source.documentIds()) {
				DocumentEntry entry = source.load(id);
				Document d = entry.document();
				g.writeStartObject();
				g.writeStringField("id", d.id());
				g.writeStringField("sha256", d.sha256());
				g.writeStringField("text", d.text());
				g.writeArrayFieldStart("sets");
				for (AnnotatorEntry set : entry.annotators()) {
					g.writeStartObject();
					g.writeStringField("annotator", set.annotator());
					g.writeArrayFieldStart("annotations");
					for (Annotation a : set.annotations()) {
						BareJsonRecords.annotation(g, a, false, java.time.Instant::toString);
					}
					g.writeEndArray();
					g.writeArrayFieldStart("relations");
					for (Relation r : set.relations()) {
						g.writeStartObject();
						g.writeStringField("id", r.id());
						g.writeStringField("type", r.type());
						g.writeStringField("from", r.from());
						g.writeStringField("to", r.to());
						g.writeEndObject();
					}
					g.writeEndArray();
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
				g.writeRaw('\n');
			}
		}
		return file;
	}

	/** Documents made from a small pool of generated texts and annotation sets, renamed per document. */
	private static final class GeneratedSource implements DatasetSource {
		private final List<String> ids;
		private final List<Document> texts = new ArrayList<>();
		private final List<AnnotatorEntry> sets = new ArrayList<>();

		GeneratedSource(int documents) {
			List<String> list = new ArrayList<>(documents);
			for (int i = 0; i < documents; i++) {
				list.add(String.format(Locale.ROOT, "doc-%05d", i));
			}
			this.ids = List.copyOf(list);
			Random random = new Random(11);
			for (int i = 0; i < POOL; i++) {
				Document document = Document.of("pool-" + i, "Document " + i, text(random));
				texts.add(document);
				sets.add(annotate(random, document.text()));
			}
		}

		@Override
		public String name() {
			return "bench";
		}

		@Override
		public Schema schema() {
			return Schema.defaultSchema();
		}

		@Override
		public ExportOptions options() {
			return ExportOptions.all();
		}

		@Override
		public List<String> documentIds() {
			return ids;
		}

		@Override
		public DocumentEntry load(String documentId) {
			int n = Integer.parseInt(documentId.substring(4)) % POOL;
			Document pool = texts.get(n);
			Document document = new Document(documentId, pool.title(), pool.sourceUrl(), pool.published(),
					pool.language(), pool.text(), pool.sha256(), Provenance.manual());
			return new DocumentEntry(document, List.of(sets.get(n)));
		}

		private static String text(Random random) {
			StringBuilder b = new StringBuilder(TEXT_CHARS + 100);
			while (b.length() < TEXT_CHARS) {
				b.append(WORDS[random.nextInt(WORDS.length)]);
				b.append(random.nextInt(15) == 0 ? ".\n" : " ");
			}
			return b.toString();
		}

		private static AnnotatorEntry annotate(Random random, String text) {
			Instant now = Instant.parse("2026-01-05T09:30:00.000Z");
			String[] types = { "claim", "statistic", "proposal", "proposal-point", "quote", "speaker" };
			List<Annotation> annotations = new ArrayList<>(PER_DOCUMENT);
			List<Relation> relations = new ArrayList<>();
			int stride = (text.length() - 40) / PER_DOCUMENT;
			for (int i = 0; i < PER_DOCUMENT; i++) {
				int start = boundary(text, i * stride + random.nextInt(stride / 4));
				int end = boundary(text, Math.min(text.length(), start + 5 + random.nextInt(stride - stride / 4 - 5)));
				String type = types[i % types.length];
				SortedMap<String, AttributeValue> attributes = new TreeMap<>();
				switch (type) {
				case "claim" -> attributes.put("stance", new AttributeValue.Text("neutral"));
				case "statistic" -> {
					attributes.put("value", new AttributeValue.Number(BigDecimal.valueOf(random.nextInt(10_000), 1)));
					attributes.put("unit", new AttributeValue.Text("percent"));
				}
				case "quote" -> attributes.put("kind", new AttributeValue.Text("direct"));
				case "speaker" -> {
					attributes.put("name", new AttributeValue.Text("Speaker " + i));
					relations.add(new Relation("r" + i, "said-by", "a" + i, "a" + (i + 1)));
				}
				default -> attributes.put("ordinal", new AttributeValue.Number(BigDecimal.ONE));
				}
				Instant at = now.plusSeconds(i);
				annotations.add(new Annotation("a" + (i + 1), type, List.of(Span.of(text, start, end)), attributes,
						"ana", at, at, "", AnnotationStatus.ACCEPTED, false));
			}
			annotations.sort(org.policyannotator.model.AnnotationSet.ORDER);
			return new AnnotatorEntry("ana", annotations, relations);
		}

		private static int boundary(String text, int offset) {
			return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1
					: offset;
		}
	}
}
