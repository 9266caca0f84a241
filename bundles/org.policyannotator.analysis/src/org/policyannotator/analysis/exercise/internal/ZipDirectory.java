package org.policyannotator.analysis.exercise.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.policyannotator.analysis.exercise.ZipLimits;

/** What the central directory says that {@link java.util.zip.ZipFile} does not: which entries are symbolic links. */
public final class ZipDirectory {
	private ZipDirectory() {
	}

	/**
	 * The names of the symbolic-link entries of {@code zip}, after checking the entry count against the limits.
	 *
	 * @throws org.policyannotator.analysis.exercise.UnsafeZipException when the zip is not a zip, is zip64, or has
	 *                                                                  too many entries
	 */
	public static Set<String> symlinks(Path zip, ZipLimits limits) throws IOException {
		Set<String> names = new HashSet<>();
		for (CentralDirectory.Entry entry : CentralDirectory.read(zip, limits)) {
			if (entry.symlink()) {
				names.add(entry.name());
			}
		}
		return names;
	}
}
