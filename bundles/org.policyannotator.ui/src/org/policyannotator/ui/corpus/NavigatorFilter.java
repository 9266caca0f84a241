package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.policyannotator.model.corpus.CorpusVariables;
import org.policyannotator.model.corpus.DocumentFilter;

/**
 * The navigator's "Documents where" filter: only documents whose variables and document-level codes match (see
 * {@link DocumentFilter}) are listed; corpora always are. The matching documents are worked out once per corpus
 * when the filter or the corpora change.
 */
final class NavigatorFilter extends ViewerFilter {
	private DocumentFilter filter = DocumentFilter.ALL;
	private final Map<Path, Set<String>> matching = new HashMap<>();

	/**
	 * Sets the filter text.
	 *
	 * @throws IllegalArgumentException saying which condition is not understood
	 */
	void set(String text) {
		filter = DocumentFilter.parse(text);
		matching.clear();
	}

	/** Forgets what matched (the documents, their variables or codes changed). */
	void changed() {
		matching.clear();
	}

	/** Whether a filter is set. */
	boolean active() {
		return !filter.isAll();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (filter.isAll() || !(element instanceof DocumentNode document)) {
			return true;
		}
		return matching.computeIfAbsent(document.corpusFolder(), folder -> {
			try {
				return new HashSet<>(CorpusVariables.where(CorpusRegistry.getDefault().corpus(folder), filter));
			} catch (Exception e) {
				return Set.of();
			}
		}).contains(document.documentId());
	}
}
