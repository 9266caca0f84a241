package org.policyannotator.model.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.policyannotator.model.DocumentIds;
import org.policyannotator.model.Finding;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.internal.io.DocumentCodesCodec;
import org.policyannotator.model.schema.CodeTree;
import org.policyannotator.model.schema.Schema;

/**
 * Document-level codes: codes of the codebook that an annotator gives to a whole document (e.g. its major topic),
 * beside the codes of passages. Each annotator's are in {@code document-codes/<annotator>.json} (one file per
 * annotator, so two people never write the same file), written atomically; an annotator without any has no file.
 */
public final class DocumentCodes {
	/** Folder of the document-code files. */
	public static final String FOLDER = "document-codes";

	private DocumentCodes() {
	}

	/** The file of an annotator's document codes. */
	public static Path file(Corpus corpus, String annotator) {
		return corpus.directory().resolve(FOLDER).resolve(DocumentIds.requireValid(annotator) + ".json");
	}

	/** The annotators that gave document codes, sorted. */
	public static List<String> annotators(Corpus corpus) throws CorpusException {
		Path folder = corpus.directory().resolve(FOLDER);
		List<String> names = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return names;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				name = name.substring(0, name.length() - ".json".length());
				if (DocumentIds.isValid(name)) {
					names.add(name);
				}
			}
		} catch (IOException e) {
			throw new CorpusException(folder, "cannot list the document codes: " + CorpusException.reason(folder, e), e);
		}
		names.sort(null);
		return names;
	}

	/** An annotator's document codes by document id (empty without a file). */
	public static SortedMap<String, List<String>> of(Corpus corpus, String annotator) throws CorpusException {
		Path file = file(corpus, annotator);
		try {
			return DocumentCodesCodec.read(Files.readAllBytes(file), file, annotator);
		} catch (NoSuchFileException e) {
			return new TreeMap<>();
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read: " + CorpusException.reason(file, e), e);
		}
	}

	/** The codes {@code annotator} gave to one document, in the order given. */
	public static List<String> of(Corpus corpus, String annotator, String documentId) throws CorpusException {
		return of(corpus, annotator).getOrDefault(documentId, List.of());
	}

	/** Every annotator's document codes: annotator, then document id, then codes. */
	public static SortedMap<String, SortedMap<String, List<String>>> all(Corpus corpus) throws CorpusException {
		SortedMap<String, SortedMap<String, List<String>>> all = new TreeMap<>();
		for (String annotator : annotators(corpus)) {
			all.put(annotator, of(corpus, annotator));
		}
		return all;
	}

	/**
	 * For each document that has any, the codes any annotator gave it together with their ancestors in the
	 * codebook (a document coded "economy-jobs" is also an "economy" document), for filtering.
	 */
	public static Map<String, Set<String>> withAncestors(Corpus corpus) throws CorpusException {
		CodeTree tree = corpus.schema().tree();
		Map<String, Set<String>> byDocument = new TreeMap<>();
		for (SortedMap<String, List<String>> codes : all(corpus).values()) {
			codes.forEach((document, list) -> list.forEach(code -> byDocument
					.computeIfAbsent(document, d -> new TreeSet<>()).addAll(tree.path(code))));
		}
		return byDocument;
	}

	/**
	 * Gives documents their codes by {@code annotator}: each entry replaces the document's codes (an empty list
	 * removes them). All or nothing: a document that does not exist or a code the codebook lacks stops it before
	 * anything is written; the file is written once, atomically.
	 *
	 * @return the codes of the changed documents as they were before (for undo)
	 */
	public static Map<String, List<String>> set(Corpus corpus, String annotator, Map<String, List<String>> changes)
			throws CorpusException {
		Path file = file(corpus, annotator);
		SortedMap<String, List<String>> codes = of(corpus, annotator);
		Map<String, List<String>> before = apply(codes, changes, file, corpus::hasDocument, corpus.schema());
		if (!before.isEmpty()) {
			write(file, annotator, codes);
		}
		return before;
	}

	/**
	 * Applies {@code changes} to an annotator's {@code codes} (each entry replaces a document's codes, an empty list
	 * removes them), after checking every document and code; nothing is changed when one is wrong.
	 *
	 * @param file the annotator's file, for messages
	 * @return the codes of the changed documents as they were
	 * @throws CorpusException naming {@code file}: a document that does not exist or a code {@code schema} lacks
	 */
	static Map<String, List<String>> apply(SortedMap<String, List<String>> codes, Map<String, List<String>> changes,
			Path file, Predicate<String> hasDocument, Schema schema) throws CorpusException {
		Map<String, List<String>> next = new TreeMap<>();
		for (Map.Entry<String, List<String>> change : changes.entrySet()) {
			if (!hasDocument.test(change.getKey())) {
				throw new CorpusException(file, "not written: document " + change.getKey() + " does not exist");
			}
			List<String> list = List.copyOf(new LinkedHashSet<>(change.getValue()));
			for (String code : list) {
				if (schema.tagType(code).isEmpty()) {
					throw new CorpusException(file, "not written: the codebook has no code \"" + code + "\"");
				}
			}
			next.put(change.getKey(), list);
		}
		Map<String, List<String>> before = new TreeMap<>();
		next.forEach((id, list) -> {
			List<String> old = codes.getOrDefault(id, List.of());
			if (!old.equals(list)) {
				before.put(id, old);
				if (list.isEmpty()) {
					codes.remove(id);
				} else {
					codes.put(id, list);
				}
			}
		});
		return before;
	}

	/**
	 * Follows a codebook change in every annotator's document codes: each code of {@code mapping} becomes its value
	 * ({@code ""}: removed). Returns each changed annotator's codes as they were (for undo with {@link #restore}).
	 */
	public static Map<String, SortedMap<String, List<String>>> rename(Corpus corpus, Map<String, String> mapping)
			throws CorpusException {
		Map<String, SortedMap<String, List<String>>> before = new TreeMap<>();
		for (Map.Entry<String, SortedMap<String, List<String>>> entry : all(corpus).entrySet()) {
			SortedMap<String, List<String>> renamed = new TreeMap<>();
			entry.getValue().forEach((document, list) -> {
				LinkedHashSet<String> next = new LinkedHashSet<>();
				list.forEach(code -> next.add(mapping.getOrDefault(code, code)));
				next.remove("");
				if (!next.isEmpty()) {
					renamed.put(document, List.copyOf(next));
				}
			});
			if (!renamed.equals(entry.getValue())) {
				before.put(entry.getKey(), entry.getValue());
				write(file(corpus, entry.getKey()), entry.getKey(), renamed);
			}
		}
		return before;
	}

	/** Writes annotators' document codes back as {@link #rename} found them. */
	public static void restore(Corpus corpus, Map<String, SortedMap<String, List<String>>> before)
			throws CorpusException {
		for (Map.Entry<String, SortedMap<String, List<String>>> entry : before.entrySet()) {
			write(file(corpus, entry.getKey()), entry.getKey(), entry.getValue());
		}
	}

	/** Removes a document's codes of every annotator (when the document is removed). */
	static void remove(Corpus corpus, String documentId) throws CorpusException {
		for (String annotator : annotators(corpus)) {
			SortedMap<String, List<String>> codes = of(corpus, annotator);
			if (codes.remove(documentId) != null) {
				write(file(corpus, annotator), annotator, codes);
			}
		}
	}

	/** What is wrong with the document-code files: unreadable, unknown documents, codes the codebook lacks. */
	static void check(Corpus corpus, List<String> documents, List<Finding> findings) {
		try {
			for (String annotator : annotators(corpus)) {
				String where = corpus.relative(file(corpus, annotator));
				try {
					for (Map.Entry<String, List<String>> entry : of(corpus, annotator).entrySet()) {
						if (!documents.contains(entry.getKey())) {
							findings.add(Finding.error(where, "", "document " + entry.getKey() + " does not exist"));
						}
						for (String code : entry.getValue()) {
							if (corpus.schema().tagType(code).isEmpty()) {
								findings.add(Finding.error(where, "", "document " + entry.getKey() + ": the codebook"
										+ " has no code \"" + code + "\""));
							}
						}
					}
				} catch (CorpusException e) {
					String prefix = e.file() + ": ";
					findings.add(Finding.error(where, "", e.getMessage().startsWith(prefix)
							? e.getMessage().substring(prefix.length()) : e.getMessage()));
				}
			}
		} catch (CorpusException e) {
			findings.add(Finding.error(FOLDER, "", e.getMessage()));
		}
	}

	private static void write(Path file, String annotator, SortedMap<String, List<String>> codes)
			throws CorpusException {
		try {
			if (codes.isEmpty()) {
				Files.deleteIfExists(file);
				return;
			}
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, DocumentCodesCodec.write(annotator, codes));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot save the document codes: " + CorpusException.reason(file, e), e);
		}
	}
}
