package org.policyannotator.ui.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.DocumentCodes;

/**
 * The document-level codes the navigator shows beside each document: those of every annotator, read once per
 * corpus and read again when a file of {@code document-codes/} changed.
 */
final class DocumentCodeLabels {
	private record Read(String stamp, Map<String, Set<String>> codes) {
	}

	private final Map<Path, Read> read = new TreeMap<>();

	/** The codes of a document, in the order annotators (by name) gave them, without repeats. */
	List<String> of(Corpus corpus, String documentId) throws CorpusException {
		String stamp = stamp(corpus);
		Read cached = read.get(corpus.directory());
		if (cached == null || !cached.stamp().equals(stamp)) {
			Map<String, Set<String>> codes = new TreeMap<>();
			DocumentCodes.all(corpus).values().forEach(byDocument -> byDocument.forEach((document, list) -> codes
					.computeIfAbsent(document, d -> new LinkedHashSet<>()).addAll(list)));
			cached = new Read(stamp, codes);
			read.put(corpus.directory(), cached);
		}
		return List.copyOf(cached.codes().getOrDefault(documentId, Set.of()));
	}

	private static String stamp(Corpus corpus) throws CorpusException {
		StringBuilder stamp = new StringBuilder();
		for (String annotator : DocumentCodes.annotators(corpus)) {
			Path file = DocumentCodes.file(corpus, annotator);
			try {
				stamp.append(annotator).append(Files.getLastModifiedTime(file).toInstant()).append(Files.size(file))
						.append(';');
			} catch (java.io.IOException e) {
				stamp.append(annotator).append("?;");
			}
		}
		return stamp.toString();
	}
}
