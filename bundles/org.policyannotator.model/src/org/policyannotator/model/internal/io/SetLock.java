package org.policyannotator.model.internal.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.policyannotator.model.corpus.SetLockedException;

/**
 * An exclusive lock on one file, held through a hidden sibling lock file {@code .<name>.lock} (never deleted:
 * deleting lock files races; corpora kept in version control should ignore {@code *.lock} and {@code .*.tmp}). Locks are between processes (operating system locks) and between threads of this JVM.
 */
public final class SetLock implements AutoCloseable {
	/** Suffix of lock files. */
	public static final String LOCK_SUFFIX = ".lock";
	private final FileChannel channel;
	private final FileLock lock;

	private SetLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Locks {@code file}; empty if another process or thread holds the lock. */
	public static Optional<SetLock> tryLock(Path file) throws IOException {
		Path lockFile = file.resolveSibling("." + file.getFileName() + LOCK_SUFFIX);
		FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			return Optional.of(new SetLock(channel, lock));
		} catch (OverlappingFileLockException e) {
			channel.close();
			return Optional.empty();
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/**
	 * Locks {@code file}, waiting up to 2 s for another process or thread that holds it.
	 *
	 * @throws SetLockedException if it is still held then
	 */
	public static SetLock await(Path file) throws IOException {
		long deadline = System.nanoTime() + 2_000_000_000L;
		while (true) {
			Optional<SetLock> lock = tryLock(file);
			if (lock.isPresent()) {
				return lock.get();
			}
			if (System.nanoTime() > deadline) {
				throw new SetLockedException(file);
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new SetLockedException(file);
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}
