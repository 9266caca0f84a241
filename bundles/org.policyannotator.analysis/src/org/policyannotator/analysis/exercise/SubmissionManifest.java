package org.policyannotator.analysis.exercise;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

import org.policyannotator.analysis.exercise.internal.JsonFiles;
import org.policyannotator.model.DocumentIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json} of a submission zip: who submitted, for which exercise, on which document texts. The
 * annotation sets lie next to it as {@code annotations/<document-id>.json} (a document without a file was not
 * annotated: everything in it counts as missed).
 *
 * @param student    the student (a valid annotator name)
 * @param exerciseId id of the exercise
 * @param documents  every document of the exercise with the hash of the text the student annotated
 * @param submitted  when the submission was packed (the student's clock), absent in older submissions
 */
public record SubmissionManifest(String student, String exerciseId, List<ExerciseDocument> documents,
		Optional<Instant> submitted) {
	/** File name at the zip root. */
	public static final String FILE = "manifest.json";
	/** Folder of the annotation sets in the zip. */
	public static final String ANNOTATIONS = "annotations";
	/** Value of the {@code format} field. */
	public static final String FORMAT = "policyannotator-submission";
	/** Format version written. */
	public static final int VERSION = 1;

	/** Checks the student name and copies the list. */
	public SubmissionManifest {
		DocumentIds.requireValid(student);
		if (exerciseId == null || exerciseId.isBlank()) {
			throw new IllegalArgumentException("exercise id must not be empty");
		}
		documents = List.copyOf(documents);
		java.util.Objects.requireNonNull(submitted);
	}

	/** The file content (pretty JSON, UTF-8). */
	public byte[] toJson() {
		ObjectNode root = JsonFiles.object();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		root.put("student", student);
		root.put("exercise", exerciseId);
		submitted.ifPresent(t -> root.put("submitted", t.toString()));
		ArrayNode docs = root.putArray("documents");
		for (ExerciseDocument d : documents) {
			docs.addObject().put("id", d.id()).put("sha256", d.sha256());
		}
		return JsonFiles.bytes(root);
	}

	/** Reads {@code file}; the message of the exception says what is wrong. */
	public static SubmissionManifest read(Path file) throws ExerciseException {
		return read(file, file);
	}

	/** Reads {@code file}, naming {@code shown} in messages (e.g. {@code submission.zip!/manifest.json}). */
	public static SubmissionManifest read(Path file, Path shown) throws ExerciseException {
		JsonNode root = JsonFiles.readObject(file, shown, FORMAT, VERSION);
		String student = JsonFiles.text(root, "student", shown);
		if (!DocumentIds.isValid(student)) {
			throw new ExerciseException(shown, "student \"" + student + "\" is not a valid annotator name");
		}
		List<ExerciseDocument> documents = new ArrayList<>();
		for (JsonNode d : JsonFiles.array(root, "documents", shown)) {
			documents.add(JsonFiles.document(d, shown));
		}
		Optional<Instant> submitted = Optional.empty();
		if (root.has("submitted")) {
			String time = JsonFiles.text(root, "submitted", shown);
			try {
				submitted = Optional.of(Instant.parse(time));
			} catch (java.time.format.DateTimeParseException e) {
				throw new ExerciseException(shown, "\"submitted\" is \"" + time + "\", not a UTC time such as"
						+ " 2026-12-10T23:59:00Z");
			}
		}
		return new SubmissionManifest(student, JsonFiles.text(root, "exercise", shown), documents, submitted);
	}
}
