package org.policyannotator.model.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policyannotator.model.Document;

/**
 * Document variables across a corpus (country, party, document type, any field a study needs): which documents a
 * filter selects, and setting variables of many documents in one batch. Variables are read without the texts.
 */
public final class CorpusVariables {
	private CorpusVariables() {
	}

	/** The ids of the documents whose variables (and document-level codes) {@code filter} accepts, sorted. */
	public static List<String> where(Corpus corpus, DocumentFilter filter) throws CorpusException {
		List<String> ids = new ArrayList<>();
		java.util.Map<String, java.util.Set<String>> codes = filter.usesCodes() ? DocumentCodes.withAncestors(corpus)
				: java.util.Map.of();
		for (String id : corpus.documentIds()) {
			if (filter.accepts(corpus.documentVariables(id), codes.getOrDefault(id, java.util.Set.of()))) {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * Sets variables of documents in one batch: for each document id, each entry sets a variable or, with an empty
	 * value, removes it. Documents whose variables do not change are not written. All or nothing: a document that
	 * does not exist or a bad name or value stops it before anything is written.
	 *
	 * @return the ids of the documents written
	 */
	public static List<String> set(Corpus corpus, Map<String, Map<String, String>> changes) throws CorpusException {
		List<Document> changed = new ArrayList<>();
		for (Map.Entry<String, Map<String, String>> entry : changes.entrySet()) {
			if (!corpus.hasDocument(entry.getKey())) {
				throw new CorpusException(corpus.documentFile(entry.getKey()), "document " + entry.getKey()
						+ " does not exist");
			}
			Document before = corpus.loadDocument(entry.getKey());
			Document after;
			try {
				after = before.withVariables(entry.getValue());
			} catch (IllegalArgumentException e) {
				throw new CorpusException(corpus.documentFile(entry.getKey()), e.getMessage());
			}
			if (!after.variables().equals(before.variables())) {
				changed.add(after);
			}
		}
		try (CorpusWrites writes = corpus.writes()) {
			for (Document document : changed) {
				writes.addDocument(document);
			}
			writes.commit();
		}
		return changed.stream().map(Document::id).toList();
	}
}
