package org.policyannotator.export;

import java.io.IOException;
import java.nio.file.Path;

/** A format whose output is a folder of files (brat, UIMA CAS JSON). */
public interface FolderWriter {

	/**
	 * Writes the whole dataset into the empty folder {@code folder}.
	 *
	 * @throws ExportCancelledException if {@code progress} says so
	 */
	void write(DatasetSource source, Path folder, ExportProgress progress) throws IOException;
}
