package org.policyannotator.export.internal;

import java.io.IOException;
import java.util.List;

import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.DocumentEntry;
import org.policyannotator.export.ExportCancelledException;
import org.policyannotator.export.ExportProgress;

/** Runs a writer's per-document step over a source, telling progress and honouring cancellation. */
public final class DocumentLoop {

	/** One step of a writer. */
	@FunctionalInterface
	public interface Step {
		/** Writes one document. */
		void write(DocumentEntry entry) throws IOException;
	}

	private DocumentLoop() {
	}

	/** Loads and writes each document of {@code source} in turn. */
	public static void run(DatasetSource source, ExportProgress progress, Step step) throws IOException {
		List<String> ids = source.documentIds();
		int done = 0;
		for (String id : ids) {
			if (progress.isCancelled()) {
				throw new ExportCancelledException(done);
			}
			step.write(source.load(id));
			done++;
			progress.worked(done, ids.size(), id);
		}
		if (progress.isCancelled()) {
			throw new ExportCancelledException(done);
		}
	}
}
