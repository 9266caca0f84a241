package org.policyannotator.analysis.exercise;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policyannotator.analysis.exercise.internal.JsonFiles;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.DocumentIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A student's note on one item of their feedback ("I think this is a quote because ..."), kept in the submission zip
 * as {@value #FILE}. The item is named by its document and position: the student's span for an added, mistyped or
 * misplaced annotation, the reference's span for a missed one (the positions the feedback shows).
 *
 * @param document the document id
 * @param start    first character (UTF-16 offset)
 * @param end      after the last character
 * @param note     what the student says, not blank
 * @param written  when the note was written
 */
public record Dispute(String document, int start, int end, String note, Instant written) {
	/** Entry name in the submission zip. */
	public static final String FILE = "disputes.json";
	/** Value of the {@code format} field. */
	public static final String FORMAT = "policyannotator-disputes";
	/** Format version written (2 added the score notes, {@link ScoreDispute}). */
	public static final int VERSION = 2;
	/** Longest note kept, in characters. */
	public static final int MAX_NOTE = 4000;

	/** Checks the fields. */
	public Dispute {
		DocumentIds.requireValid(document);
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("a disputed item needs 0 <= start < end, not " + start + "-" + end);
		}
		note = checkNote(note);
		java.util.Objects.requireNonNull(written);
	}

	/** The note stripped; refused when blank or longer than {@value #MAX_NOTE} characters. */
	static String checkNote(String note) {
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("a dispute needs a note saying why");
		}
		if (note.length() > MAX_NOTE) {
			throw new IllegalArgumentException("a dispute note has at most " + MAX_NOTE + " characters, this one "
					+ note.length());
		}
		return note.strip();
	}

	/** Whether this note is about the same item as {@code other} (same document and position). */
	public boolean sameItem(Dispute other) {
		return document.equals(other.document) && start == other.start && end == other.end;
	}

	/** The item of {@code feedback} this note is about: the student's span there, or a missed reference span there. */
	public Optional<Feedback> item(List<Feedback> feedback) {
		return feedback.stream().filter(f -> f.documentId().equals(document)).filter(f -> at(position(f))).findFirst();
	}

	private boolean at(Optional<Annotation> a) {
		return a.map(x -> x.start() == start && x.end() == end).orElse(false);
	}

	/** The annotation whose position names {@code item}: the student's, or the reference's for a missed one. */
	public static Optional<Annotation> position(Feedback item) {
		return switch (item) {
			case Feedback.Extra e -> Optional.of(e.submitted());
			case Feedback.WrongType w -> Optional.of(w.submitted());
			case Feedback.BoundaryDifference b -> Optional.of(b.submitted());
			case Feedback.Missed m -> Optional.of(m.reference());
			case Feedback.Matched m -> Optional.empty();
		};
	}

	/** The content of {@value #FILE} for {@code disputes} (pretty JSON, UTF-8). */
	public static byte[] toJson(List<Dispute> disputes) {
		return toJson(disputes, List.of());
	}

	/** The content of {@value #FILE} for notes on items and on scores (pretty JSON, UTF-8). */
	public static byte[] toJson(List<Dispute> disputes, List<ScoreDispute> scores) {
		ObjectNode root = JsonFiles.object();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		ArrayNode list = root.putArray("disputes");
		for (Dispute d : disputes) {
			list.addObject().put("document", d.document).put("start", d.start).put("end", d.end)
					.put("note", d.note).put("written", d.written.toString());
		}
		ArrayNode scoreList = root.putArray("scores");
		for (ScoreDispute s : scores) {
			scoreList.addObject().put("type", s.type()).put("note", s.note()).put("written", s.written().toString());
		}
		return JsonFiles.bytes(root);
	}

	/** The notes on scores in a {@value #FILE} (empty in a file of version 1), naming {@code shown} in messages. */
	public static List<ScoreDispute> readScores(Path file, Path shown) throws ExerciseException {
		return ScoreDispute.read(JsonFiles.readObject(file, shown, FORMAT, VERSION), shown);
	}

	/**
	 * Reads a {@value #FILE}, naming {@code shown} in messages.
	 *
	 * @throws ExerciseException when it is not such a file or a note is incomplete
	 */
	public static List<Dispute> read(Path file, Path shown) throws ExerciseException {
		JsonNode root = JsonFiles.readObject(file, shown, FORMAT, VERSION);
		List<Dispute> disputes = new ArrayList<>();
		int n = 0;
		for (JsonNode d : JsonFiles.array(root, "disputes", shown)) {
			n++;
			if (!d.isObject() || !d.path("start").canConvertToInt() || !d.path("end").canConvertToInt()) {
				throw new ExerciseException(shown, "dispute " + n + " needs \"document\", \"start\", \"end\", \"note\"");
			}
			try {
				disputes.add(new Dispute(JsonFiles.text(d, "document", shown), d.get("start").asInt(),
						d.get("end").asInt(), JsonFiles.text(d, "note", shown),
						Instant.parse(JsonFiles.text(d, "written", shown))));
			} catch (IllegalArgumentException | java.time.DateTimeException e) {
				throw new ExerciseException(shown, "dispute " + n + ": " + e.getMessage());
			}
		}
		return List.copyOf(disputes);
	}
}
