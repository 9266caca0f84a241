package org.policyannotator.model.internal.io;

/** The moments of an atomic write at which tests inject a crash. */
public enum CrashPoint {
	/** Half of the bytes are in the temporary file. */
	PARTIALLY_WRITTEN,
	/** All bytes are in the temporary file, not yet flushed to disk. */
	WRITTEN,
	/** The temporary file is on disk, not yet renamed. */
	FLUSHED,
	/** The temporary file has replaced the target, the directory is not yet flushed. */
	RENAMED
}
