package org.policyannotator.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.policyannotator.importer.internal.FormatGuesser;

/**
 * Imports many files: files given directly, and the files of folders (recursively, in name order, hidden files and
 * folders skipped) that pass a file filter. Each file yields a {@link BatchOutcome}; a bad file is a
 * {@link BatchOutcome.Failed} and the batch goes on. Files whose clean text equals that of an earlier file of the
 * batch are marked as duplicates. One instance is one batch: duplicate detection spans all calls.
 */
public final class BatchImporter {
	private final ArticleImporter importer;
	private final Predicate<Path> filter;
	private final Map<String, Path> seen = new HashMap<>();

	/** A batch with the default options that takes the files {@link #supportedFiles()} accepts from folders. */
	public BatchImporter() {
		this(new ArticleImporter(), supportedFiles());
	}

	/**
	 * @param importer imports each file
	 * @param filter   which files of a folder to import; files named directly are always imported
	 */
	public BatchImporter(ArticleImporter importer, Predicate<Path> filter) {
		this.importer = Objects.requireNonNull(importer, "importer");
		this.filter = Objects.requireNonNull(filter, "filter");
	}

	/** Files with an extension the importer reads: .html .htm .xhtml .shtml .txt .text .md .markdown. */
	public static Predicate<Path> supportedFiles() {
		return path -> FormatGuesser.byExtension(path.getFileName().toString()).isPresent();
	}

	/** The files a batch over {@code roots} would import, in order. */
	public List<Path> files(Collection<Path> roots) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			if (Files.isDirectory(root)) {
				files.addAll(walk(root));
			} else {
				files.add(root);
			}
		}
		return files;
	}

	/** Imports every file under {@code roots} and returns the outcomes in order. */
	public List<BatchOutcome> importAll(Collection<Path> roots) {
		List<BatchOutcome> outcomes = new ArrayList<>();
		importAll(roots, outcomes::add);
		return outcomes;
	}

	/**
	 * Imports every file under {@code roots}, handing each outcome to {@code sink} as soon as it is known (so a
	 * caller can report progress and need not hold all texts in memory).
	 */
	public void importAll(Collection<Path> roots, Consumer<BatchOutcome> sink) {
		for (Path root : roots) {
			if (!Files.isDirectory(root)) {
				sink.accept(importOne(root));
				continue;
			}
			List<Path> files;
			try {
				files = walk(root);
			} catch (IOException | UncheckedIOException e) {
				sink.accept(new BatchOutcome.Failed(root, new ImportException(root.toString(), ImportProblem.UNREADABLE,
						"the folder cannot be read: " + e.getMessage(), e)));
				continue;
			}
			for (Path file : files) {
				sink.accept(importOne(file));
			}
		}
	}

	/** Imports one file as part of this batch (so it takes part in duplicate detection). */
	public BatchOutcome importOne(Path file) {
		try {
			ImportResult result = importer.importFile(file);
			Optional<Path> duplicateOf = Optional.ofNullable(seen.putIfAbsent(result.sha256(), file));
			return new BatchOutcome.Imported(file, result, duplicateOf);
		} catch (ImportException e) {
			return new BatchOutcome.Failed(file, e);
		} catch (RuntimeException | StackOverflowError e) {
			return new BatchOutcome.Failed(file, new ImportException(file.toString(), ImportProblem.NO_TEXT,
					"the file is malformed and could not be processed (" + e + ")", e));
		}
	}

	private List<Path> walk(Path root) throws IOException {
		List<Path> files = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && !isHidden(file) && filter.test(file)) {
					files.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException exc) {
				files.add(file); // importing it reports the problem as a failed outcome
				return FileVisitResult.CONTINUE;
			}
		});
		files.sort(null);
		return files;
	}

	private static boolean isHidden(Path p) {
		Path name = p.getFileName();
		return name != null && name.toString().startsWith(".");
	}
}
