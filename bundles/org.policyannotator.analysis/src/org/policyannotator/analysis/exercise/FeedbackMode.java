package org.policyannotator.analysis.exercise;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a student is shown of their grade, chosen by the instructor when the exercise is created (stored in
 * {@code exercise.json}, so the student's workbench knows it too). Each mode shows everything of the previous one.
 */
public enum FeedbackMode {
	/** A blind test: the student learns only that the submission was graded. */
	NONE("none", "no feedback (blind test)"),
	/** The overall precision, recall and F1. */
	SCORE("score", "the overall score only"),
	/** The overall score and the score of each tag type. */
	PER_TYPE("per-type", "the score overall and per tag type"),
	/** The scores and every missed, added, mistyped and misplaced span, with the reference's text. */
	FULL("full", "the scores and every missed, added and mistyped span with the reference");

	private final String id;
	private final String description;

	FeedbackMode(String id, String description) {
		this.id = id;
		this.description = description;
	}

	/** The word used on the command line and in {@code exercise.json}. */
	public String id() {
		return id;
	}

	/** What the student sees, in a few words. */
	public String description() {
		return description;
	}

	/** Whether this mode shows at least what {@code other} shows. */
	public boolean shows(FeedbackMode other) {
		return compareTo(other) >= 0;
	}

	/** The mode with this id. */
	public static Optional<FeedbackMode> of(String id) {
		return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
	}

	/** The ids, e.g. for messages: "none, score, per-type, full". */
	public static String ids() {
		return Arrays.stream(values()).map(FeedbackMode::id).collect(Collectors.joining(", "));
	}
}
