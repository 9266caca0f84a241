package org.policyannotator.ui.corpus;

import java.nio.file.Path;
import java.util.Optional;

import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;

/** Adds an existing corpus folder to the list once it is known to open. */
public final class CorpusFolders {

	private CorpusFolders() {
	}

	/** Registers the folder if it is a corpus; otherwise says why not. */
	public static Optional<String> addExisting(Path folder) {
		try {
			Corpus.open(folder);
		} catch (CorpusException | RuntimeException e) {
			return Optional.of(e.getMessage());
		}
		CorpusRegistry.getDefault().add(folder);
		return Optional.empty();
	}
}
