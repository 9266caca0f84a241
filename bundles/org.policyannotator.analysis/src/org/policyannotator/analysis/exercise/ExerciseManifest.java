package org.policyannotator.analysis.exercise;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policyannotator.analysis.exercise.internal.JsonFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code exercise.json} at the root of an exercise package (and of a reference package).
 *
 * @param id                 random id of the exercise, checked when grading
 * @param name               title of the exercise
 * @param documents          the documents to annotate, in order
 * @param guidelines         file name of the guidelines in the package, empty if there are none
 * @param referenceAnnotator the reference annotator; only in reference packages, never in what students get
 * @param feedback           what students are shown of their grade ({@code full} when an older manifest lacks it)
 * @param deadline           the last moment a submission is graded (resubmissions until then), if any
 * @param attempts           which attempt of a student counts unless grading says otherwise ({@code last} when an
 *                           older manifest lacks it)
 */
public record ExerciseManifest(String id, String name, List<ExerciseDocument> documents, String guidelines,
		Optional<String> referenceAnnotator, FeedbackMode feedback, Optional<Instant> deadline,
		Gradebook.Counting attempts) {
	/** File name at the package root. */
	public static final String FILE = "exercise.json";
	/** Value of the {@code format} field. */
	public static final String FORMAT = "policyannotator-exercise";
	/** Format version written. */
	public static final int VERSION = 1;

	/** Copies the list and rejects empty components. */
	public ExerciseManifest {
		if (id == null || id.isBlank() || name == null || guidelines == null || referenceAnnotator == null
				|| feedback == null || deadline == null || attempts == null) {
			throw new IllegalArgumentException("exercise id, name, guidelines and reference must not be null");
		}
		documents = List.copyOf(documents);
		if (documents.isEmpty()) {
			throw new IllegalArgumentException("an exercise needs at least one document");
		}
	}

	/** A manifest with full feedback where the last attempt counts. */
	public ExerciseManifest(String id, String name, List<ExerciseDocument> documents, String guidelines,
			Optional<String> referenceAnnotator) {
		this(id, name, documents, guidelines, referenceAnnotator, FeedbackMode.FULL, Optional.empty(),
				Gradebook.Counting.LAST);
	}

	/** The ids of the documents, in order. */
	public List<String> documentIds() {
		return documents.stream().map(ExerciseDocument::id).toList();
	}

	/** This manifest without the reference annotator (what students get). */
	public ExerciseManifest withoutReference() {
		return new ExerciseManifest(id, name, documents, guidelines, Optional.empty(), feedback, deadline,
				attempts);
	}

	/** This manifest naming the reference annotator (for reference packages). */
	public ExerciseManifest withReference(String annotator) {
		return new ExerciseManifest(id, name, documents, guidelines, Optional.of(annotator), feedback, deadline,
				attempts);
	}

	/** The file content (pretty JSON, UTF-8). */
	public byte[] toJson() {
		ObjectNode root = JsonFiles.object();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		root.put("id", id);
		root.put("name", name);
		root.put("guidelines", guidelines);
		root.put("feedback", feedback.id());
		deadline.ifPresent(d -> root.put("deadline", d.toString()));
		root.put("attempts", attempts.id());
		referenceAnnotator.ifPresent(r -> root.put("referenceAnnotator", r));
		ArrayNode docs = root.putArray("documents");
		for (ExerciseDocument d : documents) {
			docs.addObject().put("id", d.id()).put("sha256", d.sha256());
		}
		return JsonFiles.bytes(root);
	}

	/**
	 * Reads {@code file}.
	 *
	 * @throws ExerciseException when it is missing, not JSON, of another format or incomplete
	 */
	public static ExerciseManifest read(Path file) throws ExerciseException {
		return read(file, file);
	}

	/** Reads {@code file}, naming {@code shown} in messages (e.g. {@code submission.zip!/manifest.json}). */
	public static ExerciseManifest read(Path file, Path shown) throws ExerciseException {
		JsonNode root = JsonFiles.readObject(file, shown, FORMAT, VERSION);
		List<ExerciseDocument> documents = new ArrayList<>();
		for (JsonNode d : JsonFiles.array(root, "documents", shown)) {
			documents.add(JsonFiles.document(d, shown));
		}
		if (documents.isEmpty()) {
			throw new ExerciseException(shown, "\"documents\" is empty");
		}
		Optional<String> reference = root.has("referenceAnnotator")
				? Optional.of(JsonFiles.text(root, "referenceAnnotator", shown)) : Optional.empty();
		FeedbackMode feedback = FeedbackMode.FULL;
		if (root.has("feedback")) {
			String mode = JsonFiles.text(root, "feedback", shown);
			feedback = FeedbackMode.of(mode).orElseThrow(() -> new ExerciseException(shown, "\"feedback\" is \""
					+ mode + "\"; expected one of " + FeedbackMode.ids()));
		}
		return new ExerciseManifest(JsonFiles.text(root, "id", shown), JsonFiles.text(root, "name", shown), documents,
				root.has("guidelines") ? JsonFiles.text(root, "guidelines", shown) : "", reference, feedback,
				deadline(root, shown), attempts(root, shown));
	}

	private static Gradebook.Counting attempts(JsonNode root, Path shown) throws ExerciseException {
		if (!root.has("attempts")) {
			return Gradebook.Counting.LAST;
		}
		String value = JsonFiles.text(root, "attempts", shown);
		return Gradebook.Counting.of(value).orElseThrow(() -> new ExerciseException(shown, "\"attempts\" is \""
				+ value + "\"; expected last or best"));
	}

	private static Optional<Instant> deadline(JsonNode root, Path shown) throws ExerciseException {
		if (!root.has("deadline")) {
			return Optional.empty();
		}
		String time = JsonFiles.text(root, "deadline", shown);
		try {
			return Optional.of(Instant.parse(time));
		} catch (java.time.format.DateTimeParseException e) {
			throw new ExerciseException(shown, "\"deadline\" is \"" + time + "\", not a UTC time such as"
					+ " 2026-12-10T23:59:00Z");
		}
	}
}
