package org.policyannotator.team.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Relation;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SetFiles;
import org.policyannotator.model.internal.io.AtomicFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A conflict file read back, for the user to decide: for each annotation or relation both sides changed
 * differently, our version (the one in the set) and theirs. Deciding some of them and {@link #settle settling} the
 * file leaves the others in it, and removes it once none is left.
 *
 * @param file  the conflict file
 * @param items the conflicts, in the file's order
 */
public record PendingConflicts(Path file, List<Item> items) {
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/** Copies the list. */
	public PendingConflicts {
		items = List.copyOf(items);
	}

	/**
	 * One conflict.
	 *
	 * @param kind   what the id names
	 * @param id     the annotation's or relation's id
	 * @param what   what each side did, in words
	 * @param ours   our annotation (the one in the set), when the conflict is about an annotation we have
	 * @param theirs their annotation, when they have one
	 * @param oursRelation   our relation, when the conflict is about a relation we have
	 * @param theirsRelation their relation, when they have one
	 */
	public record Item(MergeConflict.Kind kind, String id, String what, Optional<Annotation> ours,
			Optional<Annotation> theirs, Optional<Relation> oursRelation, Optional<Relation> theirsRelation) {
	}

	/** The conflict file of a set file: {@code .doc.json.conflicts.json} beside it. */
	public static Path of(Path setFile) {
		return setFile.resolveSibling(ConflictFile.nameFor(setFile.getFileName().toString()));
	}

	/**
	 * Reads the conflict file of the set of {@code annotator} on {@code documentId}.
	 *
	 * @throws CorpusException when it is not a conflict file this program wrote (the message names the file)
	 */
	public static PendingConflicts read(Path file, String annotator, String documentId) throws CorpusException {
		JsonNode root;
		try {
			root = MAPPER.readTree(Files.readAllBytes(file));
		} catch (IOException e) {
			throw new CorpusException(file, "cannot read the conflicts: " + CorpusException.reason(file, e), e);
		}
		if (root == null || !ConflictFile.FORMAT.equals(root.path("format").asText())
				|| !root.path("conflicts").isArray()) {
			throw new CorpusException(file, "is not a conflict file (no \"format\": \"" + ConflictFile.FORMAT
					+ "\" with a list of conflicts)");
		}
		ObjectNode template = (ObjectNode) parse(SetFiles.encode(new AnnotationSet(annotator, documentId, "")), file);
		List<Item> items = new ArrayList<>();
		for (JsonNode node : root.get("conflicts")) {
			MergeConflict.Kind kind = kind(node.path("kind").asText(), file);
			String id = node.path("id").asText();
			String what = node.path("what").asText();
			if (kind == MergeConflict.Kind.ANNOTATION) {
				items.add(new Item(kind, id, what, annotation(template, node.get("ours"), file),
						annotation(template, node.get("theirs"), file), Optional.empty(), Optional.empty()));
			} else {
				items.add(new Item(kind, id, what, Optional.empty(), Optional.empty(), relation(node.get("ours")),
						relation(node.get("theirs"))));
			}
		}
		return new PendingConflicts(file, items);
	}

	/**
	 * Removes the conflicts with the ids in {@code decided} from the file, and the file when none is left.
	 *
	 * @return whether the file is gone
	 */
	public boolean settle(Set<String> decided) throws CorpusException {
		try {
			ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readAllBytes(file));
			ArrayNode left = MAPPER.createArrayNode();
			for (JsonNode node : root.get("conflicts")) {
				if (!decided.contains(node.path("id").asText()) || node.path("kind").asText().equals("document")) {
					left.add(node);
				}
			}
			if (left.isEmpty()) {
				Files.deleteIfExists(file);
				return true;
			}
			root.set("conflicts", left);
			AtomicFiles.write(file, MAPPER.writeValueAsBytes(root));
			return false;
		} catch (IOException | RuntimeException e) {
			throw new CorpusException(file, "cannot update the conflicts: " + e.getMessage(), e);
		}
	}

	private static Optional<Annotation> annotation(ObjectNode template, JsonNode item, Path file)
			throws CorpusException {
		if (item == null || item.isNull()) {
			return Optional.empty();
		}
		ObjectNode set = template.deepCopy();
		set.putArray("annotations").add(item);
		set.putArray("relations");
		try {
			return first(SetFiles.decode(MAPPER.writeValueAsBytes(set), file).annotations());
		} catch (IOException e) {
			throw new CorpusException(file, "a conflicting annotation cannot be read: " + e.getMessage(), e);
		}
	}

	private static Optional<Relation> relation(JsonNode item) {
		if (item == null || !item.isObject()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Relation(item.path("id").asText(), item.path("type").asText(),
					item.path("from").asText(), item.path("to").asText()));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static MergeConflict.Kind kind(String text, Path file) throws CorpusException {
		try {
			return MergeConflict.Kind.valueOf(text.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new CorpusException(file, "names an unknown kind of conflict: '" + text + "'");
		}
	}

	private static JsonNode parse(byte[] bytes, Path file) throws CorpusException {
		try {
			return MAPPER.readTree(bytes);
		} catch (IOException e) {
			throw new CorpusException(file, e.getMessage(), e);
		}
	}

	private static <T> Optional<T> first(List<T> items) {
		return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
	}
}
