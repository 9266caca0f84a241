package org.policyannotator.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.policyannotator.model.internal.io.AtomicFiles;

/**
 * Local changes a synchronisation does not send (another annotator's set changed on this machine): set aside while
 * it merges, so that the merge works on a clean tree, and put back afterwards. Where the team changed the same file
 * meanwhile, the team's version stays and the local one is kept beside it ({@code .<file>.local.json}), so that
 * nothing is lost.
 */
final class HeldBack {
	private final Path workTree;
	/** Each path and what this machine had there: the content, or empty when it was deleted here. */
	private final Map<String, Optional<byte[]>> local = new LinkedHashMap<>();

	private HeldBack(Path workTree) {
		this.workTree = workTree;
	}

	/** The name of the file that keeps a local version beside {@code fileName}. */
	static String keptName(String fileName) {
		return "." + fileName + ".local.json";
	}

	/** Sets the local changes of {@code paths} aside: the working tree gets HEAD's version (or none) back. */
	static HeldBack setAside(Repository repository, Collection<String> paths) throws IOException {
		HeldBack held = new HeldBack(repository.getWorkTree().toPath());
		for (String path : paths) {
			Path file = held.workTree.resolve(path);
			held.local.put(path, Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty());
			Optional<byte[]> committed = committed(repository, path);
			if (committed.isPresent()) {
				Files.createDirectories(file.getParent());
				AtomicFiles.write(file, committed.get());
			} else {
				Files.deleteIfExists(file);
			}
		}
		return held;
	}

	/**
	 * Puts the local changes back. A file the exchange changed ({@code changed}) keeps the team's version and the
	 * local one goes beside it.
	 *
	 * @return what was done with each file that the team changed too, for the user
	 */
	List<String> restore(Collection<String> changed) throws IOException {
		List<String> notes = new ArrayList<>();
		for (Map.Entry<String, Optional<byte[]>> e : local.entrySet()) {
			String path = e.getKey();
			Path file = workTree.resolve(path);
			if (!changed.contains(path)) {
				put(file, e.getValue());
				continue;
			}
			if (e.getValue().isPresent()) {
				Path kept = file.resolveSibling(keptName(file.getFileName().toString()));
				AtomicFiles.write(kept, e.getValue().get());
				notes.add(path + ": changed here and by the team; the team's version is in place, yours is kept in "
						+ workTree.relativize(kept).toString().replace('\\', '/'));
			} else {
				notes.add(path + ": deleted here and changed by the team; the team's version is in place");
			}
		}
		return notes;
	}

	private static void put(Path file, Optional<byte[]> content) throws IOException {
		if (content.isPresent()) {
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, content.get());
		} else {
			Files.deleteIfExists(file);
		}
	}

	private static Optional<byte[]> committed(Repository repository, String path) throws IOException {
		ObjectId head = repository.resolve("HEAD");
		if (head == null) {
			return Optional.empty();
		}
		try (RevWalk walk = new RevWalk(repository);
				TreeWalk file = TreeWalk.forPath(repository, path, walk.parseCommit(head).getTree())) {
			return file == null ? Optional.empty() : Optional.of(repository.open(file.getObjectId(0)).getBytes());
		}
	}
}
