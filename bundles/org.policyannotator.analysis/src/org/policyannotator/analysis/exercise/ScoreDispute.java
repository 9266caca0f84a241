package org.policyannotator.analysis.exercise;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.policyannotator.analysis.exercise.internal.JsonFiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A student's note on a score of their feedback ("I tagged every statistic; the reference misses two"), for the
 * feedback modes that show scores but no items ({@code score}, {@code per-type}): the student names the score, not a
 * span they cannot see. Kept in the submission zip beside the item notes ({@value Dispute#FILE}, field
 * {@code scores}).
 *
 * @param type    the tag type whose score is disputed; empty for the overall score
 * @param note    what the student says, not blank
 * @param written when the note was written
 */
public record ScoreDispute(String type, String note, Instant written) {

	/** Checks the fields. */
	public ScoreDispute {
		Objects.requireNonNull(type);
		if (!type.equals(type.strip()) || type.length() > 100) {
			throw new IllegalArgumentException("a disputed score names a tag type (or none for the overall score), not \""
					+ type + "\"");
		}
		note = Dispute.checkNote(note);
		Objects.requireNonNull(written);
	}

	/** A note on the overall score. */
	public static ScoreDispute overall(String note, Instant written) {
		return new ScoreDispute("", note, written);
	}

	/** Whether this note is about the same score as {@code other}. */
	public boolean sameScore(ScoreDispute other) {
		return type.equals(other.type);
	}

	/** The score in words: "the overall score" or "the score of claim". */
	public String subject() {
		return type.isEmpty() ? "the overall score" : "the score of " + type;
	}

	/** The score notes of a {@value Dispute#FILE} (none in files without {@code scores}), naming {@code shown}. */
	static List<ScoreDispute> read(JsonNode root, Path shown) throws ExerciseException {
		List<ScoreDispute> scores = new ArrayList<>();
		if (root.get("scores") == null) {
			return scores;
		}
		int n = 0;
		for (JsonNode s : JsonFiles.array(root, "scores", shown)) {
			n++;
			if (!s.isObject() || !s.path("type").isTextual()) {
				throw new ExerciseException(shown, "score dispute " + n + " needs \"type\", \"note\", \"written\"");
			}
			try {
				scores.add(new ScoreDispute(s.get("type").asText(), JsonFiles.text(s, "note", shown),
						Instant.parse(JsonFiles.text(s, "written", shown))));
			} catch (IllegalArgumentException | java.time.DateTimeException e) {
				throw new ExerciseException(shown, "score dispute " + n + ": " + e.getMessage());
			}
		}
		return List.copyOf(scores);
	}
}
