package org.policyannotator.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.team.merge.ConflictFile;

/**
 * Merges a conflicted copy that a file-sync service left into its original, as a synchronisation merges: annotation
 * by annotation for a set, key by key for other JSON files. The common version is the last committed one when the
 * corpus is shared through Git; otherwise there is none, and what only one file has is kept.
 */
public final class CopyMerge {

	/**
	 * What merging one copy did.
	 *
	 * @param conflicts what the user must decide, each naming the file (the original keeps its version, the copy's
	 *                  is in the conflict file beside it)
	 * @param notes     what the merge decided on its own
	 */
	public record Outcome(List<String> conflicts, List<String> notes) {
	}

	private CopyMerge() {
	}

	/**
	 * Merges {@code copy} into {@code original} (paths in the corpus) and deletes the copy; nothing is changed when
	 * reading fails.
	 */
	public static Outcome merge(Path corpus, String copy, String original) throws IOException {
		byte[] ours = Files.readAllBytes(corpus.resolve(original));
		byte[] theirs = Files.readAllBytes(corpus.resolve(copy));
		byte[] base = committed(corpus, original).orElse(null);
		FileMerge.Outcome outcome = FileMerge.merge(original, base, ours, theirs);
		for (Map.Entry<String, byte[]> extra : outcome.extra().entrySet()) {
			Path conflictFile = corpus.resolve(extra.getKey());
			AtomicFiles.write(conflictFile, ConflictFile.accumulate(conflictFile, extra.getValue()));
		}
		if (outcome.content().isPresent()) {
			AtomicFiles.write(corpus.resolve(original), outcome.content().get());
		}
		Files.delete(corpus.resolve(copy));
		return new Outcome(outcome.conflicts(), outcome.notes());
	}

	private static Optional<byte[]> committed(Path corpus, String path) {
		if (!Files.isDirectory(corpus.resolve(".git"))) {
			return Optional.empty();
		}
		try (Repository repository = new FileRepositoryBuilder().setGitDir(corpus.resolve(".git").toFile())
				.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
			ObjectId head = repository.resolve("HEAD");
			if (head == null) {
				return Optional.empty();
			}
			try (TreeWalk file = TreeWalk.forPath(repository, path, walk.parseCommit(head).getTree())) {
				return file == null ? Optional.empty() : Optional.of(repository.open(file.getObjectId(0)).getBytes());
			}
		} catch (IOException e) {
			return Optional.empty(); // without a common version the merge keeps what either file has
		}
	}
}
