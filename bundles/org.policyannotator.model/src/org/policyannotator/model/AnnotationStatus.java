package org.policyannotator.model;

/** Whether an annotation was confirmed by its annotator or only proposed (e.g. by a rule-based suggester). */
public enum AnnotationStatus {
	/** Confirmed by the annotator. */
	ACCEPTED,
	/** Proposed, waiting for the annotator to accept or reject it. */
	SUGGESTED;

	private final String key = name().toLowerCase(java.util.Locale.ROOT);

	/** The word used in files: {@code accepted} or {@code suggested}. */
	public String key() {
		return key;
	}

	/** The status for a file word, if it is one. */
	public static java.util.Optional<AnnotationStatus> fromKey(String key) {
		if (ACCEPTED.key.equals(key)) {
			return java.util.Optional.of(ACCEPTED);
		}
		if (SUGGESTED.key.equals(key)) {
			return java.util.Optional.of(SUGGESTED);
		}
		return java.util.Optional.empty();
	}
}
