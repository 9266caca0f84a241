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
