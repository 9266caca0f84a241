package org.policyannotator.model.corpus;

import java.io.IOException;
import java.nio.file.Path;

import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.model.internal.io.SetCodec;

/**
 * The annotation-set file format on its own, for copies of a set kept outside a corpus (an editor's recovery
 * journal, a submission): the same bytes a corpus writes, read back with the same checks.
 */
public final class SetFiles {

	private SetFiles() {
	}

	/** The file content for a set; equal sets give equal bytes. */
	public static byte[] encode(AnnotationSet set) {
		return SetCodec.write(set);
	}

	/**
	 * Writes a copy of a set to {@code file} atomically (a crash leaves the old copy or the new one), streamed
	 * without a second copy of the set in memory.
	 *
	 * @param durable whether to flush it to disk (against power loss too); a frequent copy such as the editor's
	 *                recovery journal, which only guards against crashes of the program, need not
	 */
	public static void write(AnnotationSet set, Path file, boolean durable) throws CorpusException {
		try {
			AnnotationSet.Snapshot snapshot = set.snapshot();
			AtomicFiles.write(file, out -> SetCodec.write(set, snapshot, out), durable);
		} catch (CorpusException e) {
			throw e;
		} catch (IOException e) {
			throw new CorpusException(file, "cannot write: " + CorpusException.reason(file, e), e);
		}
	}

	/**
	 * Reads a set file.
	 *
	 * @param file the file the bytes came from, named in messages
	 * @throws CorpusException if the bytes are not a set file of a version this program knows
	 */
	public static AnnotationSet decode(byte[] bytes, Path file) throws CorpusException {
		return SetCodec.read(bytes, file);
	}
}
