package org.policyannotator.search.internal;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Optional;

import org.policyannotator.model.FileStamp;

/**
 * The annotation index last read or written in this process, kept while memory allows (a soft reference), so that
 * the next query of the same corpus need not read the file again if it has not changed. One index at a time.
 */
public final class IndexMemory {
	private record Kept(Path file, FileStamp stamp, SoftReference<IndexCodec.Contents> contents) {
	}

	private static Kept kept;

	private IndexMemory() {
	}

	/** The contents kept for the file, if they were read or written with this stamp. */
	static synchronized Optional<IndexCodec.Contents> get(Path file, FileStamp stamp) {
		if (kept == null || !kept.file().equals(file) || !kept.stamp().equals(stamp)) {
			return Optional.empty();
		}
		return Optional.ofNullable(kept.contents().get());
	}

	static synchronized void put(Path file, FileStamp stamp, IndexCodec.Contents contents) {
		kept = new Kept(file, stamp, new SoftReference<>(contents));
	}

	/** Forgets the kept index (its memory can be freed; the next query reads the file). */
	public static synchronized void forget() {
		kept = null;
	}
}
