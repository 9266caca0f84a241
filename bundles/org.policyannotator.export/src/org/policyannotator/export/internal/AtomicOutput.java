package org.policyannotator.export.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.policyannotator.export.ExportCancelledException;
import org.policyannotator.export.ExportException;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.internal.io.AtomicFiles;

/**
 * Writes a file or a folder so that the target name only ever shows a complete result: everything goes to a
 * temporary sibling first, which is renamed to the target at the end. A failure or cancellation deletes the
 * temporary and leaves whatever was under the target name before.
 */
public final class AtomicOutput {
	private static final int BUFFER = 1 << 16;

	private AtomicOutput() {
	}

	/** Writes the content of a file. */
	@FunctionalInterface
	public interface FileBody {
		/** Writes everything to {@code out}, which it must not close. */
		void writeTo(OutputStream out) throws IOException;
	}

	/** Writes the content of a folder. */
	@FunctionalInterface
	public interface FolderBody {
		/** Writes every file into the (empty) {@code folder}. */
		void writeTo(Path folder) throws IOException;
	}

	/**
	 * Atomically creates or replaces the file {@code target}, with the corpus's own atomic writing (temporary file
	 * flushed to disk, renamed, folder flushed): a crash or a power cut leaves the old file or the new one.
	 */
	public static void writeFile(Path target, FileBody body) throws IOException {
		Path absolute = target.toAbsolutePath();
		refuseInsideACorpus(absolute);
		if (Files.isDirectory(absolute)) {
			throw new ExportException(absolute + ": is a folder; give a file name");
		}
		try {
			AtomicFiles.write(absolute, out -> {
				BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
				body.writeTo(buffered);
				buffered.flush();
			}, true);
		} catch (ExportException | ExportCancelledException e) {
			throw e;
		} catch (IOException e) {
			throw cannotWrite(absolute, e);
		}
	}

	/** The export failed for a reason of the system's (disk full, permission): say which file, not our temporary. */
	private static ExportException cannotWrite(Path target, IOException e) {
		return new ExportException(target + ": cannot write the export: " + CorpusException.reason(target, e)
				+ " (nothing was written; an earlier file of that name is unchanged)", e);
	}

	/**
	 * Atomically creates the folder {@code target}. An existing empty folder is replaced; an existing folder with
	 * files is refused, so that an export never deletes anyone's files.
	 */
	public static void writeFolder(Path target, FolderBody body) throws IOException {
		Path absolute = target.toAbsolutePath();
		refuseInsideACorpus(absolute);
		if (Files.exists(absolute)) {
			if (!Files.isDirectory(absolute)) {
				throw new ExportException(absolute + ": exists and is a file; this format writes a folder");
			}
			if (!isEmpty(absolute)) {
				throw new ExportException(absolute + ": folder is not empty; give a new or empty folder");
			}
		}
		try {
			Path dir = absolute.getParent();
			Files.createDirectories(dir);
			Path tmp = temporary(dir, absolute);
			Files.createDirectory(tmp);
			boolean done = false;
			try {
				body.writeTo(tmp);
				Files.deleteIfExists(absolute);
				move(tmp, absolute);
				done = true;
			} finally {
				if (!done) {
					deleteTree(tmp);
				}
			}
		} catch (ExportException | ExportCancelledException e) {
			throw e;
		} catch (IOException e) {
			throw cannotWrite(absolute, e);
		}
	}

	/**
	 * Refuses an output that is a corpus folder or inside one: it would replace an annotator's saved set, or put
	 * files where every later read of the corpus trips over them.
	 */
	private static void refuseInsideACorpus(Path target) throws ExportException {
		java.util.Optional<Path> corpus = Corpus.enclosing(target);
		if (corpus.isPresent()) {
			throw new ExportException(target + ": is inside the corpus " + corpus.get()
					+ "; an export there would overwrite or corrupt its files: write it outside the corpus folder");
		}
	}

	/** Total size of a file or of all files under a folder. */
	public static long size(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return Files.size(path);
		}
		try (Stream<Path> files = Files.walk(path)) {
			long total = 0;
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				total += Files.size(file);
			}
			return total;
		}
	}

	private static Path temporary(Path dir, Path target) {
		return dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
				+ ".tmp");
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
