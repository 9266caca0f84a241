package org.policyannotator.team.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SetFiles;
import org.policyannotator.team.merge.ConflictFile;
import org.policyannotator.team.merge.JsonMerge;
import org.policyannotator.team.merge.MergeConflict;
import org.policyannotator.team.merge.MergeResult;
import org.policyannotator.team.merge.SetMerge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges one file of a corpus that both sides changed: annotation sets annotation by annotation, other JSON files
 * (schema, corpus settings, documents) key by key, anything else keeps ours. Where the sides conflict the file keeps
 * our version and a conflict file beside it keeps theirs, so nothing is lost and no file holds conflict markers.
 */
final class FileMerge {
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/**
	 * The outcome for one path.
	 *
	 * @param content   what the file holds now, or empty when it is deleted
	 * @param extra     further files to write (conflict files), by path
	 * @param conflicts what the user must decide, each naming the file
	 * @param notes     what the merge decided on its own
	 */
	record Outcome(Optional<byte[]> content, Map<String, byte[]> extra, List<String> conflicts, List<String> notes) {
	}

	private FileMerge() {
	}

	/** Whether {@code path} names an annotation set ({@code annotations/<annotator>/<doc>.json}). */
	static boolean isSet(String path) {
		String[] parts = path.split("/");
		return parts.length == 3 && parts[0].equals("annotations") && parts[2].endsWith(".json")
				&& !parts[2].startsWith(".");
	}

	/** Merges one path that both sides changed differently; a missing side is {@code null}. */
	static Outcome merge(String path, byte[] base, byte[] ours, byte[] theirs) {
		if (ours == null || theirs == null) {
			byte[] kept = ours == null ? theirs : ours;
			String who = ours == null ? "we deleted it, they changed it" : "they deleted it, we changed it";
			return new Outcome(Optional.of(kept), Map.of(), List.of(path + ": " + who + "; the changed version is kept"),
					List.of());
		}
		try {
			if (isSet(path)) {
				return mergeSet(path, base, ours, theirs);
			}
			if (path.endsWith(".json")) {
				return mergeJson(path, base, ours, theirs);
			}
		} catch (IOException e) {
			// a side that is not valid JSON cannot be merged by content: it is kept whole, below
		}
		return keepOursAndTheirs(path, ours, theirs, List.of("both sides changed it, differently"));
	}

	private static Outcome mergeSet(String path, byte[] base, byte[] ours, byte[] theirs) throws CorpusException {
		Path where = Path.of(path);
		AnnotationSet o = base == null ? null : SetFiles.decode(base, where);
		AnnotationSet a = SetFiles.decode(ours, where);
		AnnotationSet b = SetFiles.decode(theirs, where);
		MergeResult result = SetMerge.merge(o, a, b);
		List<String> conflicts = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		result.notes().forEach(n -> notes.add(path + ": " + n));
		Map<String, byte[]> extra = new LinkedHashMap<>();
		for (MergeConflict c : result.conflicts()) {
			conflicts.add(path + ": " + c.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + c.id() + ": "
					+ c.what() + "; ours kept, theirs in " + sibling(path, ConflictFile.nameFor(where.getFileName()
							.toString())));
		}
		if (!result.clean()) {
			extra.put(sibling(path, ConflictFile.nameFor(where.getFileName().toString())),
					ConflictFile.encode(path, result, o, a, b));
		}
		return new Outcome(Optional.of(SetFiles.encode(result.merged())), extra, conflicts, notes);
	}

	private static Outcome mergeJson(String path, byte[] base, byte[] ours, byte[] theirs) throws IOException {
		JsonMerge.Result result = JsonMerge.merge(base, ours, theirs);
		if (result.clean()) {
			return new Outcome(Optional.of(result.bytes()), Map.of(), List.of(), List.of());
		}
		Outcome kept = keepOursAndTheirs(path, result.bytes(), theirs, result.conflicts());
		return kept;
	}

	/** The file keeps {@code ours}; a conflict file beside it holds what differs and their whole version. */
	private static Outcome keepOursAndTheirs(String path, byte[] ours, byte[] theirs, List<String> what) {
		String name = Path.of(path).getFileName().toString();
		String conflictPath = sibling(path, ConflictFile.nameFor(name));
		ObjectNode root = MAPPER.createObjectNode();
		root.put("format", ConflictFile.FORMAT);
		root.put("version", 1);
		root.put("file", path);
		what.forEach(root.putArray("conflicts")::add);
		try {
			root.set("theirs", MAPPER.readTree(theirs));
		} catch (IOException e) {
			root.put("theirsText", new String(theirs, StandardCharsets.UTF_8));
		}
		byte[] conflictFile;
		try {
			conflictFile = MAPPER.writeValueAsBytes(root);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		List<String> conflicts = what.stream().map(w -> path + ": " + w + "; ours kept, theirs in " + conflictPath)
				.toList();
		return new Outcome(Optional.of(ours), Map.of(conflictPath, conflictFile), conflicts, List.of());
	}

	private static String sibling(String path, String name) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? name : path.substring(0, slash + 1) + name;
	}
}
