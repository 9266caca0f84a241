package org.policyannotator.team.copies;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyannotator.team.internal.CopyMerge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Files that file-sync services leave beside a file both machines changed: Dropbox's
 * {@code x (conflicted copy 2026-12-04).json} and {@code x (Ana's conflicted copy).json}, Syncthing's
 * {@code x.sync-conflict-20261204-101010-ABCDEFG.json}, OneDrive's {@code x-DESKTOP-ABC.json}. They are found in the
 * corpus folder, its documents and every annotator's folder. OneDrive's names could be an ordinary file's, so such a
 * file counts only when the original is beside it and, for a set or a document, the copy says it is the original's
 * (its "document" or "id").
 */
public final class ConflictedCopies {
	private static final Pattern DROPBOX = Pattern.compile("^(.+) \\((?:[^()]+'s )?conflicted copy(?: [^()]*)?\\)(\\.json)$");
	private static final Pattern SYNCTHING = Pattern.compile("^(.+)\\.sync-conflict-\\d{8}-\\d{6}(?:-[A-Z0-9]{7})?(\\.json)$");
	private static final Pattern ONEDRIVE_MACHINE = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");
	private static final ObjectMapper MAPPER = new ObjectMapper();

	/**
	 * A conflicted copy.
	 *
	 * @param copy     the copy's path in the corpus, with {@code /}
	 * @param original the path of the file it is a copy of
	 * @param service  who made it: Dropbox, Syncthing or OneDrive
	 */
	public record Copy(String copy, String original, String service) {
	}

	private ConflictedCopies() {
	}

	/** The conflicted copies in a corpus, sorted by path. */
	public static List<Copy> find(Path corpus) throws IOException {
		List<Copy> copies = new ArrayList<>();
		scan(corpus, corpus, copies);
		scan(corpus, corpus.resolve("documents"), copies);
		Path annotations = corpus.resolve("annotations");
		if (Files.isDirectory(annotations)) {
			try (DirectoryStream<Path> annotators = Files.newDirectoryStream(annotations, Files::isDirectory)) {
				for (Path annotator : annotators) {
					scan(corpus, annotator, copies);
				}
			}
		}
		copies.sort((a, b) -> a.copy().compareTo(b.copy()));
		return copies;
	}

	/**
	 * The files a name may be a conflicted copy of, with the service's name, judging by the name alone: one for
	 * Dropbox and Syncthing names; for a OneDrive name every split at a hyphen before an upper-case machine name
	 * ({@link #find} takes the one that exists and, for sets and documents, checks the content).
	 */
	public static List<String[]> originals(String fileName) {
		Matcher m = DROPBOX.matcher(fileName);
		if (m.matches()) {
			return List.<String[]>of(new String[] { m.group(1) + m.group(2), "Dropbox" });
		}
		m = SYNCTHING.matcher(fileName);
		if (m.matches()) {
			return List.<String[]>of(new String[] { m.group(1) + m.group(2), "Syncthing" });
		}
		List<String[]> candidates = new ArrayList<>();
		if (!fileName.endsWith(".json")) {
			return candidates;
		}
		String stem = fileName.substring(0, fileName.length() - ".json".length());
		for (int dash = stem.indexOf('-'); dash > 0; dash = stem.indexOf('-', dash + 1)) {
			String machine = stem.substring(dash + 1);
			if (ONEDRIVE_MACHINE.matcher(machine).matches() && machine.chars().anyMatch(Character::isLetter)) {
				candidates.add(new String[] { stem.substring(0, dash) + ".json", "OneDrive" });
			}
		}
		return candidates;
	}

	/**
	 * Merges a copy into its original as a synchronisation would (annotation by annotation; what both changed
	 * differently goes to the conflict file beside the original, where the comparison editor resolves it) and
	 * deletes the copy.
	 *
	 * @return what the user must decide and what the merge decided on its own, each naming the file
	 */
	public static Resolution resolve(Path corpus, Copy copy) throws IOException {
		CopyMerge.Outcome outcome = CopyMerge.merge(corpus, copy.copy(), copy.original());
		return new Resolution(outcome.conflicts(), outcome.notes());
	}

	/**
	 * What merging a copy did.
	 *
	 * @param conflicts what the user must decide, each naming the file
	 * @param notes     what the merge decided on its own
	 */
	public record Resolution(List<String> conflicts, List<String> notes) {
		/** Copies the lists. */
		public Resolution {
			conflicts = List.copyOf(conflicts);
			notes = List.copyOf(notes);
		}
	}

	private static void scan(Path corpus, Path folder, List<Copy> copies) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				for (String[] found : originals(name)) {
					Path original = file.resolveSibling(found[0]);
					if (Files.isRegularFile(original)
							&& (!found[1].equals("OneDrive") || claimsToBe(file, original, corpus))) {
						copies.add(new Copy(relative(corpus, file), relative(corpus, original), found[1]));
						break;
					}
				}
			}
		}
	}

	/** Whether a OneDrive-like file is really a copy: a set or document says the original's document id. */
	private static boolean claimsToBe(Path copy, Path original, Path corpus) {
		String id = original.getFileName().toString().replaceFirst("\\.json$", "");
		String parent = corpus.relativize(original.getParent()).toString().replace('\\', '/');
		if (parent.isEmpty()) {
			return true; // corpus.json, schema.json: fixed names
		}
		try {
			JsonNode root = MAPPER.readTree(Files.readAllBytes(copy));
			String field = parent.equals("documents") ? "id" : "document";
			return root != null && id.equals(root.path(field).asText());
		} catch (IOException e) {
			return false;
		}
	}

	private static String relative(Path corpus, Path file) {
		return corpus.relativize(file).toString().replace('\\', '/');
	}
}
