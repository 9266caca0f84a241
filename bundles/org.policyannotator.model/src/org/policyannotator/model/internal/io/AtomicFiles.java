package org.policyannotator.model.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.policyannotator.model.FileStamp;

/**
 * Atomic file replacement: the bytes go to a temporary file in the same folder, which is flushed to disk and then
 * renamed over the target; finally the folder is flushed so the rename survives a power cut. A crash at any moment
 * leaves either the old or the new file. Temporary files are named {@code .<name>.<random>.tmp}; readers ignore
 * them, and the corpus removes those that killed writes left ({@link #removeStaleTemporaries}).
 */
public final class AtomicFiles {
	/** Suffix of temporary files. */
	public static final String TMP_SUFFIX = ".tmp";
	private static volatile Consumer<CrashPoint> crashHook = point -> {
	};

	private AtomicFiles() {
	}

	/**
	 * Test hook called at each {@link CrashPoint}; a hook that throws simulates a crash there. Reset with a no-op
	 * consumer.
	 */
	public static void setCrashHook(Consumer<CrashPoint> hook) {
		crashHook = hook;
	}

	/** Atomically replaces (or creates) {@code target} with {@code bytes}, flushing to disk. */
	public static FileStamp write(Path target, byte[] bytes) throws IOException {
		return write(target, bytes, true);
	}

	/** Writes the content of a file to a stream (which it must not close). */
	@FunctionalInterface
	public interface Body {
		/** Writes everything to {@code out}. */
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * Atomically replaces (or creates) {@code target} with {@code bytes}.
	 *
	 * @param sync whether to flush to disk (fsync) the file and its folder; without it the write is still atomic
	 *             against crashes of the program, but not against power loss (for benchmarks)
	 * @return the stamp of the new file
	 */
	public static FileStamp write(Path target, byte[] bytes, boolean sync) throws IOException {
		return write(target, out -> {
			int half = bytes.length / 2;
			out.write(bytes, 0, half);
			out.write(bytes, half, bytes.length - half);
		}, sync);
	}

	/**
	 * Atomically replaces (or creates) {@code target} with what {@code body} writes, streamed straight into the
	 * temporary file (no copy of the whole content in memory).
	 *
	 * @param sync whether to flush to disk (fsync) the file and its folder
	 * @return the stamp of the new file
	 */
	public static FileStamp write(Path target, Body body, boolean sync) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
				+ TMP_SUFFIX);
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				HookedStream out = new HookedStream(channel);
				body.writeTo(out);
				out.flush();
				crashHook.accept(CrashPoint.WRITTEN);
				if (sync) {
					channel.force(true);
				}
				crashHook.accept(CrashPoint.FLUSHED);
			}
			move(tmp, target);
			moved = true;
			crashHook.accept(CrashPoint.RENAMED);
			if (sync) {
				syncDirectory(dir);
			}
			return stamp(target).orElseThrow(() -> new IOException(target + ": vanished right after it was written"));
		} finally {
			if (!moved) {
				deleteQuietly(tmp);
			}
		}
	}

	/**
	 * Many atomic writes made durable together, for bulk imports: each file is written to its temporary name, then
	 * one flush of the whole file system makes all of them durable at once (instead of one flush per file, which
	 * costs milliseconds each), then all are renamed and the file system flushed once more. A crash at any moment
	 * leaves each target either as it was or complete; never a torn or empty file. Closing without {@link #commit}
	 * deletes the temporary files.
	 */
	public static final class Batch implements AutoCloseable {
		private final java.util.LinkedHashMap<Path, Path> pending = new java.util.LinkedHashMap<>();

		/** Writes what {@code body} writes to a temporary file for {@code target}; nothing is visible before commit. */
		public void write(Path target, Body body) throws IOException {
			Path absolute = target.toAbsolutePath();
			Path dir = absolute.getParent();
			Files.createDirectories(dir);
			Path tmp = dir.resolve("." + absolute.getFileName() + "."
					+ Long.toHexString(ThreadLocalRandom.current().nextLong()) + TMP_SUFFIX);
			boolean written = false;
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				HookedStream out = new HookedStream(channel);
				body.writeTo(out);
				out.flush();
				written = true;
			} finally {
				if (!written) {
					deleteQuietly(tmp);
				}
			}
			Path previous = pending.put(absolute, tmp);
			if (previous != null) {
				deleteQuietly(previous);
			}
		}

		/** Where what was written for {@code target} waits for the commit, if anything was. */
		public Optional<Path> staged(Path target) {
			return Optional.ofNullable(pending.get(target.toAbsolutePath()));
		}

		/** The files written and not yet committed. */
		public java.util.Set<Path> targets() {
			return java.util.Collections.unmodifiableSet(pending.keySet());
		}

		/**
		 * Makes every written file durable, then visible under its name.
		 *
		 * @param guard runs each target's rename (e.g. under a lock, after a stale check); an exception before the
		 *              rename leaves that file and the ones after it as they were
		 */
		public void commit(RenameGuard guard) throws IOException {
			java.util.Set<Path> dirs = new java.util.LinkedHashSet<>();
			pending.values().forEach(tmp -> dirs.add(tmp.getParent()));
			flush(pending.values(), dirs);
			crashHook.accept(CrashPoint.FLUSHED);
			var entries = new java.util.ArrayList<>(pending.entrySet());
			for (var entry : entries) {
				guard.rename(entry.getKey(), () -> move(entry.getValue(), entry.getKey()));
				pending.remove(entry.getKey());
			}
			crashHook.accept(CrashPoint.RENAMED);
			flush(java.util.List.of(), dirs);
		}

		/** Deletes what was written and not committed. */
		@Override
		public void close() {
			pending.values().forEach(AtomicFiles::deleteQuietly);
			pending.clear();
		}
	}

	/** Puts one file of a batch in place: may check, and hold a lock, around the rename. */
	@FunctionalInterface
	public interface RenameGuard {
		/** Runs {@code rename}, which puts {@code target} in place; throwing before it stops the commit there. */
		void rename(Path target, Rename rename) throws IOException;
	}

	/** The rename of one file of a batch. */
	@FunctionalInterface
	public interface Rename {
		void run() throws IOException;
	}

	/**
	 * Makes files and folders durable: one flush of each file system involved ({@code sync -f}, Linux), or, where
	 * that is not available, a flush of each file and folder.
	 */
	private static void flush(java.util.Collection<Path> files, java.util.Collection<Path> dirs) throws IOException {
		java.util.Map<Object, Path> stores = new java.util.LinkedHashMap<>();
		for (Path dir : dirs) {
			stores.putIfAbsent(Files.getFileStore(dir), dir);
		}
		boolean synced = !stores.isEmpty();
		for (Path dir : stores.values()) {
			synced &= syncFileSystem(dir);
		}
		if (synced) {
			return;
		}
		for (Path file : files) {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
		}
		dirs.forEach(AtomicFiles::syncDirectory);
	}

	/** Flushes the file system that holds {@code dir}; false when that cannot be done this way. */
	private static boolean syncFileSystem(Path dir) {
		try {
			Process sync = new ProcessBuilder("sync", "-f", dir.toString()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return sync.waitFor() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Writes to the channel; tells the crash hook when a first part of the content is in the file. */
	private static final class HookedStream extends OutputStream {
		private final FileChannel channel;
		private long written;
		private boolean partialTold;

		HookedStream(FileChannel channel) {
			this.channel = channel;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (written > 0 && !partialTold) {
				partialTold = true;
				crashHook.accept(CrashPoint.PARTIALLY_WRITTEN);
			}
			writeFully(channel, ByteBuffer.wrap(b, off, len));
			written += len;
		}
	}

	/** The stamp of {@code file}, empty if it does not exist. */
	public static Optional<FileStamp> stamp(Path file) throws IOException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			Object key = attributes.fileKey();
			long nanos = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
			return Optional.of(new FileStamp(attributes.size(), nanos, key == null ? "" : key.toString()));
		} catch (java.nio.file.NoSuchFileException e) {
			return Optional.empty();
		}
	}

	/** Whether {@code fileName} is one of our temporary files. */
	public static boolean isTemporary(String fileName) {
		return fileName.startsWith(".") && fileName.endsWith(TMP_SUFFIX);
	}

	/**
	 * Deletes the temporary files that writes killed mid-way left in {@code dir} (not in sub-folders), if they are
	 * older than {@code age}: a younger one may belong to a write still running in another process. Best effort:
	 * what cannot be listed or deleted stays.
	 *
	 * @return how many files were deleted
	 */
	public static int removeStaleTemporaries(Path dir, java.time.Duration age) {
		long cutoff = System.currentTimeMillis() - age.toMillis();
		int removed = 0;
		try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + "*" + TMP_SUFFIX)) {
			for (Path entry : entries) {
				try {
					if (Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
							&& Files.getLastModifiedTime(entry).toMillis() < cutoff && Files.deleteIfExists(entry)) {
						removed++;
					}
				} catch (IOException e) {
					// left for the next time
				}
			}
		} catch (IOException e) {
			// an unreadable folder is reported by whoever reads it
		}
		return removed;
	}

	private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	private static void move(Path tmp, Path target) throws IOException {
		try {
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException(target + ": the file system cannot replace files atomically", e);
		}
	}

	private static void syncDirectory(Path dir) {
		// Linux and macOS allow flushing a directory; Windows does not and makes rename durable itself.
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: the rename itself is already atomic
		}
	}

	private static void deleteQuietly(Path tmp) {
		try {
			Files.deleteIfExists(tmp);
		} catch (IOException e) {
			// a left-over temporary file is ignored by readers and removed later
		}
	}
}
