package org.policyannotator.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;

import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.ExportResult;
import org.policyannotator.export.Exporter;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusWrites;
import org.policyannotator.model.schema.Schema;

/**
 * {@code bench export --corpus}: a corpus on disk (documents with quotes linked to speakers whose names vary, "Xi",
 * "President Xi", "Xi Jinping") exported to JSON Lines through the corpus source, as {@code export} does: the time an
 * analyst waits, reading every set and grouping the speakers into persons.
 */
final class CorpusExportFigures {
	private static final int PER_DOCUMENT = 30;
	private static final int BATCH = 500;
	private static final String[] SPEAKERS = { "Xi Jinping", "President Xi", "Xi", "Lee Jae-myung",
			"President Lee Jae-myung", "Wang Yi", "Foreign Minister Wang Yi", "Ursula von der Leyen", "Amina Diallo",
			"Chancellor Friedrich Merz", "Merz", "the ministry" };

	private CorpusExportFigures() {
	}

	/** Generates the corpus in {@code folder} (once), exports it {@code iterations} times after a warm-up, prints. */
	static void run(int documents, int iterations, Path folder, PrintStream out, Figures figures) throws Exception {
		Path dir = folder.resolve("corpus");
		long t0 = System.nanoTime();
		generate(dir, documents);
		out.printf(Locale.ROOT, "  corpus of %,d documents with %d annotations each generated in %.1f s%n", documents,
				PER_DOCUMENT, (System.nanoTime() - t0) / 1e9);
		Path file = folder.resolve("corpus.jsonl");
		ExportResult[] result = new ExportResult[1];
		Corpus corpus = Corpus.open(dir);
		double[] millis = new double[iterations];
		for (int i = -1; i < iterations; i++) {
			long t = System.nanoTime();
			result[0] = Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.JSONL, file,
					ExportProgress.NONE);
			if (i >= 0) {
				millis[i] = (System.nanoTime() - t) / 1e6;
			}
		}
		figures.record("export-corpus", documents, millis, null, null);
		double seconds = Figures.percentile(millis, 50) / 1000;
		out.printf(Locale.ROOT, "  export of the corpus (JSONL, speakers grouped)  %7.2f s  %8.1f MB  (%,d"
				+ " annotations, median of %d)%n", seconds, Files.size(file) / 1e6, result[0].annotations(), iterations);
		Files.deleteIfExists(file);
	}

	private static void generate(Path dir, int documents) throws Exception {
		Corpus corpus = Corpus.create(dir, "bench-export", Schema.defaultSchema());
		Instant now = Instant.parse("2026-01-05T09:30:00Z");
		CorpusWrites writes = corpus.writes();
		for (int d = 0; d < documents; d++) {
			Random random = new Random(d);
			Document document = Document.of(String.format(Locale.ROOT, "doc-%05d", d), "Document " + d, text(random));
			writes.addDocument(document);
			writes.saveSet(set(document, random, now));
			if ((d + 1) % BATCH == 0) {
				writes.commit();
				writes.close();
				writes = corpus.writes();
			}
		}
		writes.commit();
		writes.close();
	}

	/** Pairs of a quote and its speaker (linked said-by), then statistics and claims. */
	private static AnnotationSet set(Document document, Random random, Instant now) {
		String text = document.text();
		int stride = text.length() / PER_DOCUMENT;
		List<Annotation> list = new ArrayList<>(PER_DOCUMENT);
		List<Relation> relations = new ArrayList<>();
		for (int i = 0; i < PER_DOCUMENT; i++) {
			int start = i * stride;
			int end = start + 5 + random.nextInt(stride - 10);
			TreeMap<String, AttributeValue> attributes = new TreeMap<>();
			String type = i % 3 == 0 ? "quote" : i % 3 == 1 ? "speaker" : "statistic";
			if (type.equals("speaker")) {
				attributes.put("name", new AttributeValue.Text(SPEAKERS[random.nextInt(SPEAKERS.length)]));
				relations.add(new Relation("r" + i, "said-by", "a" + (i - 1), "a" + i));
			} else if (type.equals("quote")) {
				attributes.put("kind", new AttributeValue.Text("direct"));
			} else {
				attributes.put("value", new AttributeValue.Number(java.math.BigDecimal.valueOf(random.nextInt(999))));
			}
			list.add(new Annotation("a" + i, type, List.of(Span.of(text, start, end)), attributes, "ana", now, now, "",
					AnnotationStatus.ACCEPTED, false));
		}
		return AnnotationSet.of("ana", document.id(), document.sha256(), list, relations);
	}

	private static String text(Random random) {
		String[] words = "the of and to in exports rose percent said minister trade growth people Beijing Seoul"
				.split(" ");
		StringBuilder b = new StringBuilder(4_100);
		while (b.length() < 4_000) {
			b.append(words[random.nextInt(words.length)]).append(random.nextInt(15) == 0 ? ".\n" : " ");
		}
		return b.toString();
	}
}
