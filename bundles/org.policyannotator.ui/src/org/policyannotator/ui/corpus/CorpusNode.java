package org.policyannotator.ui.corpus;

import java.nio.file.Path;

/** A corpus in the navigator; {@code problem} is set when the folder could not be opened. */
public record CorpusNode(Path folder, String name, String problem) {
}
