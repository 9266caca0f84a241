package org.policyannotator.bench.workbench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/**
 * The corpus the workbench benchmark works on: for each size, two documents of the same length (one to work in,
 * one to switch to), each with that many annotations of every tag type spread over the whole text.
 */
final class BenchCorpus {
	private static final String[] WORDS = ("the president said that bilateral trade rose by percent year-on-year "
			+ "while both sides agreed on a four-point proposal to deepen cooperation in supply chains culture and "
			+ "people-to-people exchanges according to the ministry of foreign affairs in beijing and seoul").split(" ");

	private BenchCorpus() {
	}

	/** Creates the corpus in {@code folder} (empty or missing) with the documents of every size. */
	static Corpus create(Path folder, String annotator, int chars, List<Integer> sizes) throws CorpusException {
		return create(folder, annotator, chars, sizes, Schema.defaultSchema());
	}

	/** The same with another schema: the annotations take its codes at random. */
	static Corpus create(Path folder, String annotator, int chars, List<Integer> sizes, Schema schema)
			throws CorpusException {
		Corpus corpus = Corpus.create(folder, "workbench bench", schema);
		Random random = new Random(42);
		for (int size : sizes) {
			for (String which : List.of("a", "b")) {
				String text = text(random, chars);
				Document document = Document.of(documentId(size, which), "Bench " + size + " " + which, text);
				corpus.addDocument(document);
				corpus.saveSet(annotations(random, annotator, document, corpus.schema(), size));
			}
		}
		return corpus;
	}

	static String documentId(int size, String which) {
		return "bench-" + size + "-" + which;
	}

	private static String text(Random random, int chars) {
		StringBuilder text = new StringBuilder(chars + 200);
		int words = 0;
		while (text.length() < chars) {
			text.append(WORDS[random.nextInt(WORDS.length)]);
			words++;
			if (words % 18 == 0) {
				text.append(words % 90 == 0 ? ".\n\n" : ". ");
			} else {
				text.append(' ');
			}
		}
		return text.toString();
	}

	private static AnnotationSet annotations(Random random, String annotator, Document document, Schema schema,
			int count) {
		String text = document.text();
		List<TagType> types = schema.tagTypes();
		Instant now = Instant.now();
		List<Annotation> made = new ArrayList<>(count);
		int stride = Math.max(1, text.length() / count);
		for (int i = 0; i < count; i++) {
			int start = Math.min(text.length() - 80, i * stride + random.nextInt(Math.max(1, stride / 2)));
			int end = start + 5 + random.nextInt(60);
			made.add(Annotation.of("a" + (i + 1), types.get(random.nextInt(types.size())).id(),
					List.of(Span.of(text, start, end)), annotator, now));
		}
		return AnnotationSet.of(annotator, document.id(), document.sha256(), made, List.of());
	}
}
