package org.policyannotator.app.cli.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.CorpusVariables;
import org.policyannotator.model.corpus.DocumentFilter;

/**
 * {@code --where <filter>}: the documents a command works on, chosen by their variables (see
 * {@link DocumentFilter}), together with {@code --documents} when both are given.
 */
final class DocumentSelection {
	/** The option's usage line, for the commands that take it. */
	static final String USAGE = "only documents whose variables match, e.g. country=KR,type=speech|briefing "
			+ "(also name!=value, name, !name; doc-code=<code> for the document-level codes)";

	private DocumentSelection() {
	}

	/**
	 * The documents to work on: {@code documents} (empty for all) narrowed by {@code --where}; empty for all when
	 * there is no {@code --where}.
	 *
	 * @throws UsageException   if the filter is not understood
	 * @throws CorpusException  if no document matches (the message says so) or a document cannot be read
	 */
	static List<String> of(Corpus corpus, Optional<String> where, List<String> documents) throws CorpusException {
		if (where.isEmpty()) {
			return documents;
		}
		DocumentFilter filter;
		try {
			filter = DocumentFilter.parse(where.get());
		} catch (IllegalArgumentException e) {
			throw new UsageException("--where: " + e.getMessage());
		}
		List<String> matching = CorpusVariables.where(corpus, filter);
		List<String> chosen;
		if (documents.isEmpty()) {
			chosen = matching;
		} else {
			Set<String> match = new HashSet<>(matching);
			chosen = new ArrayList<>(documents.stream().filter(match::contains).toList());
		}
		if (chosen.isEmpty()) {
			throw new CorpusException(corpus.directory(), "no document " + (documents.isEmpty() ? "" : "of --documents ")
					+ "has variables matching --where " + filter + " (see: policyannotator variables show --corpus "
					+ corpus.directory() + ")");
		}
		return chosen;
	}
}
