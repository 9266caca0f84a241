package org.policyannotator.ui.corpus;

import java.nio.file.Path;

/** A document of a corpus in the navigator. */
public record DocumentNode(Path corpusFolder, String documentId, String title) {
}
