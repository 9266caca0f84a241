package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.policyannotator.model.corpus.Corpus;

/** Corpora at the top, their documents below. A corpus that cannot be opened shows why instead of its documents. */
final class CorpusContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof CorpusRegistry registry)) {
			return new Object[0];
		}
		List<CorpusNode> nodes = new ArrayList<>();
		for (Path folder : registry.folders()) {
			nodes.add(node(registry, folder));
		}
		return nodes.toArray();
	}

	private static CorpusNode node(CorpusRegistry registry, Path folder) {
		try {
			return new CorpusNode(folder, registry.corpus(folder).name(), null);
		} catch (Exception e) {
			return new CorpusNode(folder, folder.getFileName().toString(), e.getMessage());
		}
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof CorpusNode node) || node.problem() != null) {
			return new Object[0];
		}
		try {
			Corpus corpus = CorpusRegistry.getDefault().corpus(node.folder());
			List<DocumentNode> documents = new ArrayList<>();
			for (String id : corpus.documentIds()) {
				documents.add(new DocumentNode(node.folder(), id, corpus.documentTitle(id)));
			}
			return documents.toArray();
		} catch (Exception e) {
			return new Object[] { new CorpusNode(node.folder(), "Cannot list documents", e.getMessage()) };
		}
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof CorpusNode node && node.problem() == null;
	}
}
