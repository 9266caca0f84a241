package org.policyannotator.model.corpus;

import java.nio.file.Path;

import org.policyannotator.model.AnnotationSet;
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
	 * Reads a set file.
	 *
	 * @param file the file the bytes came from, named in messages
	 * @throws CorpusException if the bytes are not a set file of a version this program knows
	 */
	public static AnnotationSet decode(byte[] bytes, Path file) throws CorpusException {
		return SetCodec.read(bytes, file);
	}
}
