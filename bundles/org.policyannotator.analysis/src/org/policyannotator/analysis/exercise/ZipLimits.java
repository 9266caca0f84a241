package org.policyannotator.analysis.exercise;

/**
 * How much an untrusted zip may hold. Sizes are counted as the bytes actually inflated, never as the sizes the zip
 * claims in its headers.
 *
 * @param maxEntries    most entries (files and folders)
 * @param maxEntryBytes largest uncompressed entry
 * @param maxTotalBytes most uncompressed bytes of all entries together
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
	/** 10,000 entries, 100 MB per entry, 200 MB in all: far above any exercise, far below a zip bomb. */
	public static final ZipLimits DEFAULT = new ZipLimits(10_000, 100L << 20, 200L << 20);

	/** Rejects limits that are not positive. */
	public ZipLimits {
		if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0) {
			throw new IllegalArgumentException("zip limits must be positive");
		}
	}
}
