package org.policyannotator.model.corpus;

import java.nio.file.Path;

/**
 * Thrown instead of saving a set when its file was changed on disk by another program since the set was read:
 * saving would overwrite that program's work. Reload the set (and merge) before saving.
 */
public class StaleSetException extends CorpusException {
	private static final long serialVersionUID = 1L;

	/** The set file that changed. */
	public StaleSetException(Path file) {
		super(file, "was changed on disk by another program since it was read; reload it before saving");
	}
}
