package org.policyannotator.team.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.corpus.SetFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The conflicts of a merge, kept beside the set (never as markers inside it): for each conflicting annotation or
 * relation, what the common version, our side and their side had, in the set file format, so that nothing of
 * theirs is lost while the merged set holds ours.
 */
public final class ConflictFile {
	/** The value of the file's "format" field. */
	public static final String FORMAT = "policyannotator.merge-conflicts";
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ConflictFile() {
	}

	/** The name of the conflict file for the set file {@code setFileName}: {@code .doc-1.json.conflicts.json}. */
	public static String nameFor(String setFileName) {
		return "." + setFileName + ".conflicts.json";
	}

	/** The file content. */
	public static byte[] encode(String setPath, MergeResult result, AnnotationSet base, AnnotationSet ours,
			AnnotationSet theirs) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("format", FORMAT);
		root.put("version", 1);
		root.put("set", setPath);
		ArrayNode conflicts = root.putArray("conflicts");
		for (MergeConflict conflict : result.conflicts()) {
			ObjectNode node = conflicts.addObject();
			node.put("kind", conflict.kind().name().toLowerCase(java.util.Locale.ROOT));
			node.put("id", conflict.id());
			node.put("what", conflict.what());
			if (conflict.kind() != MergeConflict.Kind.DOCUMENT) {
				node.set("base", side(base, conflict));
				node.set("ours", side(ours, conflict));
				node.set("theirs", side(theirs, conflict));
			}
		}
		ArrayNode notes = root.putArray("notes");
		result.notes().forEach(notes::add);
		try {
			return MAPPER.writeValueAsBytes(root);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The conflict file to write when {@code existing} (a conflict file of an earlier merge, not yet resolved) is
	 * there and a new merge found {@code fresh}: the conflicts accumulate until the user resolves them. A conflict on
	 * the same annotation or relation takes the newer versions; for a whole file, the earlier versions of theirs are
	 * kept under {@code "earlier"}. Without an existing file, or one this program did not write, {@code fresh}.
	 */
	public static byte[] accumulate(Optional<byte[]> existing, byte[] fresh) {
		if (existing.isEmpty()) {
			return fresh;
		}
		try {
			JsonNode old = MAPPER.readTree(existing.get());
			JsonNode now = MAPPER.readTree(fresh);
			if (!(old instanceof ObjectNode) || !(now instanceof ObjectNode merged)
					|| !FORMAT.equals(old.path("format").asText()) || !old.path("conflicts").isArray()) {
				return fresh;
			}
			ArrayNode conflicts = (ArrayNode) merged.withArray("conflicts");
			java.util.Set<String> present = new java.util.HashSet<>();
			conflicts.forEach(c -> present.add(key(c)));
			for (JsonNode conflict : old.get("conflicts")) {
				if (present.add(key(conflict))) {
					conflicts.add(conflict);
				}
			}
			if (old.has("notes") || merged.has("notes")) {
				ArrayNode notes = (ArrayNode) merged.withArray("notes");
				java.util.Set<String> known = new java.util.HashSet<>();
				notes.forEach(n -> known.add(n.asText()));
				old.path("notes").forEach(n -> {
					if (known.add(n.asText())) {
						notes.add(n);
					}
				});
			}
			if (old.has("theirs") && !old.get("theirs").equals(merged.get("theirs"))) {
				ArrayNode earlier = merged.putArray("earlier");
				old.path("earlier").forEach(earlier::add);
				earlier.add(old.get("theirs"));
			} else if (old.has("earlier")) {
				merged.set("earlier", old.get("earlier"));
			}
			return MAPPER.writeValueAsBytes(merged);
		} catch (IOException e) {
			return fresh;
		}
	}

	/** {@link #accumulate(Optional, byte[])} with the conflict file {@code file} as it is on disk. */
	public static byte[] accumulate(java.nio.file.Path file, byte[] fresh) throws IOException {
		return accumulate(java.nio.file.Files.isRegularFile(file) ? Optional.of(java.nio.file.Files.readAllBytes(file))
				: Optional.empty(), fresh);
	}

	/** What a conflict is about: kind and id of an annotation or relation, or the text of a whole-file conflict. */
	private static String key(JsonNode conflict) {
		return conflict.isObject() ? conflict.path("kind").asText() + "/" + conflict.path("id").asText()
				: conflict.asText();
	}

	/** The conflicting item as that side had it (in the set file format), or null when it had none. */
	private static JsonNode side(AnnotationSet set, MergeConflict conflict) {
		if (set == null) {
			return null;
		}
		AnnotationSet.Snapshot snapshot = set.snapshot();
		Optional<JsonNode> item = conflict.kind() == MergeConflict.Kind.ANNOTATION
				? find(snapshot.annotations(), Annotation::id, conflict.id()).map(a -> item(set, List.of(a), List.of(),
						"annotations"))
				: find(snapshot.relations(), Relation::id, conflict.id()).map(r -> item(set, List.of(), List.of(r),
						"relations"));
		return item.orElse(null);
	}

	private static JsonNode item(AnnotationSet set, List<Annotation> annotations, List<Relation> relations,
			String field) {
		AnnotationSet one = AnnotationSet.of(set.annotator(), set.documentId(), set.documentSha256(), annotations,
				relations);
		try {
			JsonNode encoded = MAPPER.readTree(SetFiles.encode(one));
			JsonNode list = encoded.get(field);
			return list != null && list.size() == 1 ? list.get(0) : encoded;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
		return items.stream().filter(i -> id.apply(i).equals(wanted)).findFirst();
	}

}
