package org.policyannotator.analysis.exercise.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Folder chores: remove a tree (never following links), move a finished folder into place. */
public final class Folders {
	private Folders() {
	}

	/** Deletes {@code folder} and everything in it; links are deleted, not followed. Missing folder: nothing. */
	public static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Deletes quietly (for clean-up after another failure). */
	public static void deleteQuietly(Path folder) {
		try {
			deleteRecursively(folder);
		} catch (IOException e) {
			// best effort: the original problem is what the user must see
		}
	}

	/** A new, empty folder next to {@code target} (same file system, so that a later move is a rename). */
	public static Path siblingTemp(Path target) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		return Files.createTempDirectory(parent, "." + target.getFileName() + ".part-");
	}

	/** Whether {@code folder} does not exist or is an empty folder. */
	public static boolean isAbsentOrEmpty(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return true;
		}
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		}
	}

	/**
	 * Moves the finished folder {@code source} to {@code target}, which must not exist or be empty: a rename, so
	 * that {@code target} is either absent or complete.
	 */
	public static void moveIntoPlace(Path source, Path target) throws IOException {
		if (Files.isDirectory(target)) {
			Files.delete(target);
		}
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
	}
}
