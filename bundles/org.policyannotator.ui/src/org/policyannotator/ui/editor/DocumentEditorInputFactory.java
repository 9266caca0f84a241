package org.policyannotator.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * Recreates a {@link DocumentEditorInput} from what the workbench remembered when it closed, so the documents that
 * were open come back on the next start. A document whose corpus or file is gone is not reopened.
 */
public final class DocumentEditorInputFactory implements IElementFactory {
	/** The id under which the factory is registered (plugin.xml). */
	public static final String ID = "org.policyannotator.ui.editor.documentInputFactory";
	private static final String CORPUS = "corpus";
	private static final String DOCUMENT = "document";
	private static final String TITLE = "title";

	static void save(DocumentEditorInput input, IMemento memento) {
		memento.putString(CORPUS, input.corpusFolder().toString());
		memento.putString(DOCUMENT, input.documentId());
		memento.putString(TITLE, input.title());
	}

	@Override
	public IAdaptable createElement(IMemento memento) {
		String folder = memento.getString(CORPUS);
		String document = memento.getString(DOCUMENT);
		if (folder == null || document == null) {
			return null;
		}
		try {
			Path corpusFolder = Path.of(folder);
			if (!Files.isRegularFile(corpusFolder.resolve(Corpus.CORPUS_FILE))) {
				return null;
			}
			Corpus corpus = CorpusRegistry.getDefault().corpus(corpusFolder);
			if (!corpus.documentIds().contains(document)) {
				return null;
			}
			String title = memento.getString(TITLE);
			return new DocumentEditorInput(corpusFolder, document, title == null ? document : title);
		} catch (java.io.IOException | RuntimeException e) {
			return null;
		}
	}
}
