package org.policyannotator.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.policyannotator.app.cli.Arguments;
import org.policyannotator.app.cli.Benchmark;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.LoadedSet;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.internal.io.Json;
import org.policyannotator.model.internal.io.SetCodec;
import org.policyannotator.model.internal.io.TimeFormat;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@code bench model}: saving and loading annotation sets through the corpus, against bare Jackson streaming of
 * the same records (the practical limit). Prints medians after warm-up; asserts nothing.
 */
public final class ModelBenchmark implements Benchmark {
	private static final int SET_SIZE = 20_000;
	private static final int DOC_CHARS = 1_000_000;
	private static final int BIG_DOCS = 10_000;
	private static final int QUICK_BIG_DOCS = 500;
	private static final int PER_DOC = 100;
	private static final String[] WORDS = ("the of and to in exports rose percent year-on-year trillion yuan "
			+ "proposal point said minister cooperation trade growth people exchanges 24.5 2025 Beijing Seoul "
			+ "relations policy initiative development regional peace visit state partners").split(" ");

	/** The benchmark (no state). */
	public ModelBenchmark() {
	}

	@Override
	public String name() {
		return "model";
	}

	@Override
	public String summary() {
		return "save/load a 20,000-annotation set and 1,000,000 annotations over 10,000 documents vs bare Jackson"
				+ " [--quick] [--dir <folder>] [--iterations <n>]";
	}

	@Override
	public void run(List<String> args, CommandContext context) throws Exception {
		Figures figures = Figures.start(name(), args, context);
		args = figures.args();
		context = figures.context();
		Arguments arguments = Arguments.parse(args, Set.of("--dir", "--iterations"), Set.of("--quick"));
		boolean quick = arguments.flag("--quick");
		int iterations = arguments.positiveInt("--iterations", quick ? 5 : 11);
		Path root = arguments.option("--dir").map(context::resolve)
				.orElse(Files.createTempDirectory("pa-bench-model"));
		Files.createDirectories(root);
		PrintStream out = context.out();
		out.printf(Locale.ROOT, "bench model (%s, %d measured rounds after %d warm-up rounds, medians), folder %s%n",
				quick ? "quick" : "full", iterations, iterations, root);
		try {
			singleSet(root.resolve("single"), iterations, out, figures);
			bigRun(root.resolve("big"), quick ? QUICK_BIG_DOCS : BIG_DOCS, out, figures);
		} finally {
			if (arguments.option("--dir").isEmpty()) {
				deleteTree(root);
			}
		}
	}


	private static void singleSet(Path dir, int iterations, PrintStream out, Figures figures) throws Exception {
		Random random = new Random(42);
		Corpus corpus = Corpus.create(dir, "bench", Schema.defaultSchema());
		Document document = Document.of("big-doc", "Benchmark document", text(random, DOC_CHARS));
		corpus.addDocument(document);
		AnnotationSet set = annotate(random, document, "bench", SET_SIZE);
		Path plain = dir.resolve("bare-jackson.json");
		Path noSync = dir.resolve("no-fsync.json");
		Path ours = corpus.setFile("bench", document.id());
		int warmUp = iterations;
		List<Annotation> records = set.annotations();

		Path plainBytes = dir.resolve("bare-jackson-bytes.json");
		Rounds rounds = new Rounds();
		rounds.add("bareWrite", () -> bareWrite(plain, records));
		rounds.add("bareWriteBytes", () -> Files.write(plainBytes, bareBytes(records)));
		rounds.add("bareRead", () -> bareRead(plain));
		rounds.add("save", () -> {
			corpus.saveSet(set);
			return set;
		});
		rounds.add("saveNoSync", () -> AtomicFiles.write(noSync, stream -> SetCodec.write(set, set.snapshot(), stream), false));
		rounds.add("serialise", () -> SetCodec.write(set));
		rounds.add("load", () -> corpus.readSet("bench", document.id()));
		rounds.add("parse", () -> SetCodec.read(Files.readAllBytes(ours), ours));
		rounds.run(warmUp, iterations);
		double bareWrite = Math.min(rounds.median("bareWrite"), rounds.median("bareWriteBytes"));
		double bareRead = rounds.median("bareRead");
		double save = rounds.median("save");
		double saveNoSync = rounds.median("saveNoSync");
		double serialise = rounds.median("serialise");
		double load = rounds.median("load");
		double parse = rounds.median("parse");
		String bareWriteName = rounds.median("bareWrite") <= rounds.median("bareWriteBytes") ? "bareWrite" : "bareWriteBytes";
		figures.record("set-save", set.size(), rounds.samples("save"), "bare-jackson-write", rounds.samples(bareWriteName));
		figures.record("set-load", set.size(), rounds.samples("load"), "bare-jackson-read", rounds.samples("bareRead"));

		long bytes = Files.size(ours);
		out.printf(Locale.ROOT, "%n20,000 annotations on a %,d-char document (file %,d bytes; bare Jackson file %,d bytes)%n",
				document.text().length(), bytes, Files.size(plain));
		out.printf(Locale.ROOT, "  bare Jackson write (no rename, no fsync) %8.1f ms (best of streaming to the file"
				+ " %.1f ms and via memory %.1f ms)%n", bareWrite, rounds.median("bareWrite"),
				rounds.median("bareWriteBytes"));
		out.printf(Locale.ROOT, "  our save (atomic, fsync, lock, stale check) %5.1f ms  = %.2fx bare%n", save,
				save / bareWrite);
		out.printf(Locale.ROOT, "  our save without fsync (atomic rename)    %6.1f ms  = %.2fx bare%n", saveNoSync,
				saveNoSync / bareWrite);
		out.printf(Locale.ROOT, "    of which serialising to memory         %6.1f ms%n", serialise);
		out.printf(Locale.ROOT, "  bare Jackson read into records          %7.1f ms%n", bareRead);
		out.printf(Locale.ROOT, "  our load (parse + validate against text and schema) %5.1f ms = %.2fx bare%n", load,
				load / bareRead);
		out.printf(Locale.ROOT, "  our parse only (no validation)          %7.1f ms  = %.2fx bare%n", parse,
				parse / bareRead);
		out.printf(Locale.ROOT, "  heap per annotation (loaded set)        %7.0f bytes%n", heapPerAnnotation(corpus,
				document.id()));
		double bareWriteMin = Math.min(rounds.min("bareWrite"), rounds.min("bareWriteBytes"));
		out.printf(Locale.ROOT, "  fastest rounds (less noise): save %.1f / bare write %.1f ms = %.2fx;"
				+ " load %.1f / bare read %.1f ms = %.2fx%n", rounds.min("save"), bareWriteMin,
				rounds.min("save") / bareWriteMin, rounds.min("load"), rounds.min("bareRead"),
				rounds.min("load") / rounds.min("bareRead"));
		double bareWriteCpu = Math.min(rounds.cpuMedian("bareWrite"), rounds.cpuMedian("bareWriteBytes"));
		out.printf(Locale.ROOT, "  CPU time of this thread (medians): save %.1f / bare write %.1f ms = %.2fx;"
				+ " load %.1f / bare read %.1f ms = %.2fx%n", rounds.cpuMedian("save"), bareWriteCpu,
				rounds.cpuMedian("save") / bareWriteCpu, rounds.cpuMedian("load"), rounds.cpuMedian("bareRead"),
				rounds.cpuMedian("load") / rounds.cpuMedian("bareRead"));
	}

	private static double heapPerAnnotation(Corpus corpus, String documentId) throws Exception {
		corpus.loadDocument(documentId);
		long before = usedHeap();
		LoadedSet loaded = corpus.readSet("bench", documentId);
		long after = usedHeap();
		double perAnnotation = (after - before) / (double) loaded.set().size();
		Collections.singletonList(loaded).hashCode(); // keep it reachable until measured
		return perAnnotation;
	}

	private static void bigRun(Path dir, int documents, PrintStream out, Figures figures) throws Exception {
		Random random = new Random(7);
		Corpus corpus = Corpus.create(dir, "bench-big", Schema.defaultSchema());
		List<Document> docs = new ArrayList<>(documents);
		for (int i = 0; i < documents; i++) {
			docs.add(Document.of(String.format(Locale.ROOT, "doc-%05d", i), "Document " + i, text(random, 4_000)));
		}
		List<AnnotationSet> toSave = new ArrayList<>(documents);
		for (Document document : docs) {
			toSave.add(annotate(random, document, "ana", PER_DOC));
		}
		// one file at a time (each flushed to disk), on a sample: what an editor's save does
		int sample = Math.min(documents, 1_000);
		Corpus single = Corpus.create(dir.resolveSibling(dir.getFileName() + "-single"), "single", Schema.defaultSchema());
		long t0 = System.nanoTime();
		for (int i = 0; i < sample; i++) {
			single.addDocument(docs.get(i));
		}
		double addSingle = (System.nanoTime() - t0) / 1e6 / sample;
		t0 = System.nanoTime();
		for (int i = 0; i < sample; i++) {
			single.saveSet(annotate(new Random(i), docs.get(i), "ana", PER_DOC));
		}
		double saveSingle = (System.nanoTime() - t0) / 1e6 / sample;
		// all at once, one flush for the batch: what bulk imports do
		t0 = System.nanoTime();
		try (var writes = corpus.writes()) {
			for (Document document : docs) {
				writes.addDocument(document);
			}
			writes.commit();
		}
		double addDocs = (System.nanoTime() - t0) / 1e6;
		t0 = System.nanoTime();
		try (var writes = corpus.writes()) {
			for (AnnotationSet set : toSave) {
				writes.saveSet(set);
			}
			writes.commit();
		}
		double saveAll = (System.nanoTime() - t0) / 1e6;
		toSave.clear();
		// the limit: Jackson parsing the same set files into trees, nothing else; measured in alternating rounds
		// with our load + validate (a fresh corpus each round, so no cached document helps), medians
		var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
		int rounds = 3;
		double[] bareParses = new double[rounds];
		double[] loads = new double[rounds];
		double[] validations = new double[rounds];
		long problems = 0;
		long nodes = 0;
		long findings = 0;
		List<AnnotationSet> sets = List.of();
		long before = 0;
		long after = 0;
		List<String> ids = corpus.documentIds();
		docs.clear();
		for (int round = 0; round < rounds; round++) {
			t0 = System.nanoTime();
			for (String id : ids) {
				nodes += mapper.readTree(Files.readAllBytes(corpus.setFile("ana", id))).size();
			}
			bareParses[round] = (System.nanoTime() - t0) / 1e6;
			sets = null;
			Corpus fresh = Corpus.open(dir);
			before = usedHeap();
			t0 = System.nanoTime();
			List<AnnotationSet> loaded = new ArrayList<>(documents);
			for (String id : fresh.documentIds()) {
				LoadedSet set = fresh.readSet("ana", id);
				findings += set.findings().size();
				loaded.add(set.set());
			}
			loads[round] = (System.nanoTime() - t0) / 1e6;
			after = usedHeap();
			sets = loaded;
			// what `corpus validate` does on a corpus just opened: every document and set read and checked, on
			// every core
			t0 = System.nanoTime();
			problems += Corpus.open(dir).validate().size();
			validations[round] = (System.nanoTime() - t0) / 1e6;
		}
		double bareParse = Figures.percentile(bareParses, 50);
		double loadAll = Figures.percentile(loads, 50);
		double validate = Figures.percentile(validations, 50);
		long total = sets.stream().mapToLong(AnnotationSet::size).sum();
		sets = null; // what follows runs as its command does, without a corpus's sets held in the heap
		// what the navigator shows: every document's title, without the texts, on a corpus just opened
		t0 = System.nanoTime();
		Corpus opened = Corpus.open(dir);
		long titleChars = 0;
		for (String id : opened.documentIds()) {
			titleChars += opened.documentTitle(id).length();
		}
		double titles = (System.nanoTime() - t0) / 1e6;
		// export from disk (documents and sets read from the corpus) against bare Jackson doing the same reading
		// (trees of the same files) and writing (one line per document)
		Path exported = dir.resolveSibling("export.jsonl");
		Path bareExported = dir.resolveSibling("bare-export.jsonl");
		double[] exports = new double[rounds];
		double[] bareExports = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			t0 = System.nanoTime();
			bareExport(mapper, corpus, ids, bareExported);
			bareExports[round] = (System.nanoTime() - t0) / 1e6;
			t0 = System.nanoTime();
			org.policyannotator.export.Exporter.export(org.policyannotator.export.DatasetSource.of(Corpus.open(dir),
					org.policyannotator.export.ExportOptions.all()), org.policyannotator.export.ExportFormat.JSONL,
					exported, org.policyannotator.export.ExportProgress.NONE);
			exports[round] = (System.nanoTime() - t0) / 1e6;
		}
		double exportMb = Files.size(exported) / 1e6;
		double bareExportMb = Files.size(bareExported) / 1e6;
		double export = Figures.percentile(exports, 50);
		double bareExport = Figures.percentile(bareExports, 50);
		Files.deleteIfExists(exported);
		Files.deleteIfExists(bareExported);
		t0 = System.nanoTime();
		var info = corpus.info();
		double infoTime = (System.nanoTime() - t0) / 1e6;
		figures.record("corpus-add", documents, addDocs, "one-at-a-time", addSingle * documents);
		figures.record("corpus-save", documents, saveAll, "one-at-a-time", saveSingle * documents);
		figures.record("corpus-load", documents, loads, "bare-jackson-parse", bareParses);
		figures.record("corpus-validate", documents, validations, "bare-jackson-parse", bareParses);
		figures.record("titles", documents, titles, null, Double.NaN);
		figures.record("export-disk", documents, exports, "bare-jackson-export", bareExports);
		figures.record("corpus-info", documents, infoTime, "bare-jackson-parse", bareParse);
		out.printf(Locale.ROOT, "%n%,d annotations over %,d documents (%d per document)%n", total, documents, PER_DOC);
		out.printf(Locale.ROOT, "  add %,d documents in one batch (one flush) %6.0f ms (%.2f ms each; one at a time,"
				+ " each flushed: %.2f ms each)%n", documents, addDocs, addDocs / documents, addSingle);
		out.printf(Locale.ROOT, "  save %,d sets in one batch (one flush)    %6.0f ms (%.2f ms each; one at a time,"
				+ " locked and flushed: %.2f ms each)%n", documents, saveAll, saveAll / documents, saveSingle);
		out.printf(Locale.ROOT, "  bare Jackson parse of the same set files  %6.0f ms (%.3f ms each, %,d top-level fields)%n",
				bareParse, bareParse / documents, nodes / rounds);
		out.printf(Locale.ROOT, "  corpus validate (load + check, every core) %6.0f ms (%d findings) = %.2fx bare (medians of %d"
				+ " alternating rounds; target <= 2x)%n", validate, problems / rounds, validate / bareParse, rounds);
		out.printf(Locale.ROOT, "  load + validate all sets, one thread    %9.0f ms (%.3f ms each, %d findings) = %.2fx bare"
				+ " (the cost per core; sets kept in memory)%n", loadAll, loadAll / documents, findings / rounds,
				loadAll / bareParse);
		out.printf(Locale.ROOT, "  every document's title (the navigator)  %9.0f ms (%.3f ms each, %,d characters; target"
				+ " < 1,000 ms)%n", titles, titles / documents, titleChars);
		out.printf(Locale.ROOT, "  export --format jsonl from disk         %9.0f ms (%.1f MB, %.0f MB/s) against bare Jackson"
				+ " reading and writing the same %.0f ms (%.1f MB, %.0f MB/s) = %.2fx its throughput (target >= 0.5x)%n",
				export, exportMb, exportMb / export * 1000, bareExport, bareExportMb, bareExportMb / bareExport * 1000,
				(exportMb / export) / (bareExportMb / bareExport));
		out.printf(Locale.ROOT, "  corpus info over all sets               %9.0f ms (%,d annotations counted)%n",
				infoTime, info.annotations());
		out.printf(Locale.ROOT, "  heap for all loaded sets                %9.1f MB = %.0f bytes per annotation%n",
				(after - before) / 1e6, (after - before) / (double) total);
	}

	/** The limit of an export from disk: each document and its set read as Jackson trees, one line per document. */
	private static void bareExport(com.fasterxml.jackson.databind.ObjectMapper mapper, Corpus corpus, List<String> ids,
			Path file) throws IOException {
		try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				JsonGenerator g = Json.FACTORY.createGenerator(stream, JsonEncoding.UTF8)) {
			for (String id : ids) {
				g.writeStartObject();
				g.writeFieldName("document");
				g.writeTree(mapper.readTree(Files.readAllBytes(corpus.documentFile(id))));
				g.writeFieldName("annotations");
				g.writeTree(mapper.readTree(Files.readAllBytes(corpus.setFile("ana", id))));
				g.writeEndObject();
				g.writeRaw('\n');
			}
		}
	}

	/** Text of about {@code length} chars made of words and sentences. */
	private static String text(Random random, int length) {
		StringBuilder b = new StringBuilder(length + 100);
		while (b.length() < length) {
			b.append(WORDS[random.nextInt(WORDS.length)]);
			b.append(random.nextInt(15) == 0 ? ".\n" : " ");
		}
		b.setLength(length);
		return b.toString();
	}

	/** {@code count} annotations of all types spread over the text, with attributes and some relations. */
	static AnnotationSet annotate(Random random, Document document, String annotator, int count) {
		String text = document.text();
		Instant now = Instant.parse("2026-01-05T09:30:00.000Z");
		List<Annotation> annotations = new ArrayList<>(count);
		List<Relation> relations = new ArrayList<>();
		String[] types = { "claim", "statistic", "proposal", "proposal-point", "quote", "speaker" };
		int stride = text.length() / count;
		for (int i = 0; i < count; i++) {
			int start = i * stride + random.nextInt(Math.max(1, stride / 4));
			int end = Math.min(text.length(), start + 5 + random.nextInt(Math.max(1, stride - stride / 4 - 5)));
			String type = types[i % types.length];
			SortedMap<String, AttributeValue> attributes = new TreeMap<>();
			switch (type) {
			case "claim" -> attributes.put("stance", new AttributeValue.Text("neutral"));
			case "statistic" -> {
				attributes.put("value", new AttributeValue.Number(BigDecimal.valueOf(random.nextInt(10_000), 1)));
				attributes.put("unit", new AttributeValue.Text("percent"));
			}
			case "proposal" -> attributes.put("points", new AttributeValue.Number(BigDecimal.ONE));
			case "proposal-point" -> {
				attributes.put("ordinal", new AttributeValue.Number(BigDecimal.ONE));
				relations.add(new Relation("p" + i, "point-of", "a" + (i + 1), "a" + i));
			}
			case "quote" -> attributes.put("kind", new AttributeValue.Text("direct"));
			case "speaker" -> attributes.put("name", new AttributeValue.Text("Speaker " + i));
			default -> {
			}
			}
			Instant at = now.plusSeconds(i);
			annotations.add(new Annotation("a" + (i + 1), type, List.of(Span.of(text, start, end)), attributes,
					annotator, at, at, "", AnnotationStatus.ACCEPTED, false));
			if (type.equals("speaker")) {
				relations.add(new Relation("r" + i, "said-by", "a" + i, "a" + (i + 1)));
			}
		}
		return AnnotationSet.of(annotator, document.id(), document.sha256(), annotations, relations);
	}

	/** The practical limit: the same records, plain Jackson streaming, plain file write. */
	private static Path bareWrite(Path file, List<Annotation> annotations) throws IOException {
		try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			bareWrite(stream, annotations);
		}
		return file;
	}

	/** The same, serialised to memory first (sometimes faster than streaming to the file). */
	private static byte[] bareBytes(List<Annotation> annotations) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(annotations.size() * 300);
		bareWrite(out, annotations);
		return out.toByteArray();
	}

	private static void bareWrite(OutputStream stream, List<Annotation> annotations) throws IOException {
		try (JsonGenerator g = Json.FACTORY.createGenerator(stream, JsonEncoding.UTF8)) {
			g.writeStartObject();
			g.writeArrayFieldStart("annotations");
			for (Annotation a : annotations) {
				BareJsonRecords.annotation(g, a, true, TimeFormat::format);
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	/** The practical limit for reading: the same records, no checks beyond what the records enforce. */
	private static List<Annotation> bareRead(Path file) throws IOException {
		List<Annotation> list = new ArrayList<>();
		try (JsonParser p = Json.FACTORY.createParser(Files.readAllBytes(file))) {
			p.nextToken();
			p.nextToken();
			p.nextToken();
			while (p.nextToken() == JsonToken.START_OBJECT) {
				String id = null;
				String type = null;
				String annotator = null;
				Instant created = null;
				Instant modified = null;
				AnnotationStatus status = AnnotationStatus.ACCEPTED;
				List<Span> spans = new ArrayList<>(1);
				TreeMap<String, AttributeValue> attributes = new TreeMap<>();
				while (p.nextToken() == JsonToken.FIELD_NAME) {
					String field = p.currentName();
					p.nextToken();
					switch (field) {
					case "id" -> id = p.getText();
					case "type" -> type = p.getText();
					case "annotator" -> annotator = p.getText();
					case "status" -> status = AnnotationStatus.fromKey(p.getText()).orElseThrow();
					case "created" -> created = TimeFormat.parse(p.getText());
					case "modified" -> modified = TimeFormat.parse(p.getText());
					case "attributes" -> {
						while (p.nextToken() == JsonToken.FIELD_NAME) {
							String name = p.currentName();
							p.nextToken();
							attributes.put(name, new AttributeValue.Text(p.getText()));
						}
					}
					case "spans" -> {
						while (p.nextToken() == JsonToken.START_OBJECT) {
							int start = 0;
							int end = 0;
							String quote = "";
							String prefix = "";
							String suffix = "";
							while (p.nextToken() == JsonToken.FIELD_NAME) {
								String f = p.currentName();
								p.nextToken();
								switch (f) {
								case "start" -> start = p.getIntValue();
								case "end" -> end = p.getIntValue();
								case "quote" -> quote = p.getText();
								case "prefix" -> prefix = p.getText();
								default -> suffix = p.getText();
								}
							}
							spans.add(new Span(start, end, quote, prefix, suffix));
						}
					}
					default -> p.skipChildren();
					}
				}
				list.add(new Annotation(id, type, spans, attributes, annotator, created, modified, "", status, false));
			}
		}
		return list;
	}

	@FunctionalInterface
	private interface Job {
		Object run() throws Exception;
	}

	/** Jobs measured in interleaved rounds, so that JIT warm-up and GC state hit them all alike. */
	private static final class Rounds {
		private final Map<String, Job> jobs = new LinkedHashMap<>();
		private final Map<String, double[]> times = new LinkedHashMap<>();
		private final Map<String, double[]> cpuTimes = new LinkedHashMap<>();
		private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory
				.getThreadMXBean();

		void add(String name, Job job) {
			jobs.put(name, job);
		}

		void run(int warmUp, int iterations) throws Exception {
			for (int i = 0; i < warmUp; i++) {
				for (Job job : jobs.values()) {
					job.run();
				}
			}
			jobs.keySet().forEach(name -> times.put(name, new double[iterations]));
			jobs.keySet().forEach(name -> cpuTimes.put(name, new double[iterations]));
			for (int i = 0; i < iterations; i++) {
				for (Map.Entry<String, Job> job : jobs.entrySet()) {
					long cpu = threads.getCurrentThreadCpuTime();
					long t = System.nanoTime();
					job.getValue().run();
					times.get(job.getKey())[i] = (System.nanoTime() - t) / 1e6;
					cpuTimes.get(job.getKey())[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
				}
			}
		}

		double[] samples(String name) {
			return times.get(name).clone();
		}

		double median(String name) {
			double[] sorted = times.get(name).clone();
			Arrays.sort(sorted);
			return sorted[sorted.length / 2];
		}

		/** Median CPU time of the measuring thread: less disturbed by other processes than wall time. */
		double cpuMedian(String name) {
			double[] sorted = cpuTimes.get(name).clone();
			Arrays.sort(sorted);
			return sorted[sorted.length / 2];
		}

		double min(String name) {
			return Arrays.stream(times.get(name)).min().orElse(Double.NaN);
		}
	}

	private static long usedHeap() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 4; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
