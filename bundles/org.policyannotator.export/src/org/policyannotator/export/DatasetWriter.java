package org.policyannotator.export;

import java.io.IOException;
import java.io.OutputStream;

/** A format whose output is one stream (one file). Writers stream: one document in memory at a time. */
public interface DatasetWriter {

	/**
	 * Writes the whole dataset to {@code out} (which is not closed).
	 *
	 * @throws ExportCancelledException if {@code progress} says so
	 */
	void write(DatasetSource source, OutputStream out, ExportProgress progress) throws IOException;
}
