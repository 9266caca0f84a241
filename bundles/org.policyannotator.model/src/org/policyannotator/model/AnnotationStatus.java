package org.policyannotator.model;

/** Whether an annotation was confirmed by its annotator or only proposed (e.g. by a rule-based suggester). */
public enum AnnotationStatus {
	/** Confirmed by the annotator. */
	ACCEPTED,
	/** Proposed, waiting for the annotator to accept or reject it. */
	SUGGESTED;

	/** The word used in files: {@code accepted} or {@code suggested}. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The status for a file word, if it is one. */
	public static java.util.Optional<AnnotationStatus> fromKey(String key) {
		for (AnnotationStatus status : values()) {
			if (status.key().equals(key)) {
				return java.util.Optional.of(status);
			}
		}
		return java.util.Optional.empty();
	}
}
