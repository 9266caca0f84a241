package org.policyannotator.ui.corpus;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;

/** How many annotations each annotator saved for a document, as the navigator shows it: {@code alice 12, bob 7}. */
final class AnnotationCounts {

	private AnnotationCounts() {
	}

	/** Annotators with a saved set of the document, in name order, with the size of their set. */
	static Map<String, Integer> of(Corpus corpus, String documentId) throws CorpusException {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String annotator : corpus.annotators()) {
			if (Files.exists(corpus.setFile(annotator, documentId))) {
				counts.put(annotator, corpus.loadSet(annotator, documentId).size());
			}
		}
		return counts;
	}

	static String text(Map<String, Integer> counts) {
		return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
	}
}
