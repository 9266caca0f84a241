package org.policyannotator.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real, small file system for tests of full and read-only disks: a tmpfs of a given size mounted on a folder
 * (needs root on Linux; elsewhere the calling test is skipped with a message saying so).
 */
public final class SmallDisk {
	private SmallDisk() {
	}

	/** Mounts a tmpfs of {@code size} (e.g. "64k") on the existing folder {@code dir}, or skips the test. */
	public static void mount(Path dir, String size) throws Exception {
		Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "needs Linux tmpfs");
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
				.redirectErrorStream(true).start();
		String output = new String(mount.getInputStream().readAllBytes());
		Assumptions.assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0,
				"cannot mount a small tmpfs to fill (needs root): " + output.strip());
	}

	/** Makes the mounted file system read-only. */
	public static void makeReadOnly(Path dir) throws Exception {
		Process remount = new ProcessBuilder("mount", "-o", "remount,ro", dir.toString()).start();
		if (!remount.waitFor(30, TimeUnit.SECONDS) || remount.exitValue() != 0) {
			throw new IllegalStateException("cannot remount " + dir + " read-only");
		}
	}

	/** Unmounts it again (best effort). */
	public static void unmount(Path dir) throws Exception {
		new ProcessBuilder("umount", dir.toString()).start().waitFor(30, TimeUnit.SECONDS);
	}
}
