package org.policyannotator.team.git;

import java.util.Optional;

/**
 * Whose a file of a corpus is, for what a synchronisation sends: the sets and suggestion files under
 * {@code annotations/<annotator>/} and {@code suggestions/<annotator>/} belong to that annotator (the curated set to
 * everybody who curates); schema, corpus settings, documents and everything else are shared.
 */
public final class Ownership {
	/** The annotator name of the curated set, which every curator edits. */
	public static final String CURATED = "curated";

	private Ownership() {
	}

	/** The annotator a path (in the corpus, with {@code /}) belongs to; empty for a shared file. */
	public static Optional<String> owner(String path) {
		String[] parts = path.split("/");
		if (parts.length >= 3 && (parts[0].equals("annotations") || parts[0].equals("suggestions"))) {
			return Optional.of(parts[1]);
		}
		return Optional.empty();
	}

	/** Whether {@code annotator} sends changes of {@code path}: shared files, their own files and the curated set. */
	public static boolean sends(String annotator, String path) {
		Optional<String> owner = owner(path);
		return owner.isEmpty() || owner.get().equals(annotator) || owner.get().equals(CURATED);
	}
}
