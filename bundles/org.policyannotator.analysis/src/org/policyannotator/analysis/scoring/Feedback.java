package org.policyannotator.analysis.scoring;

import org.policyannotator.model.Annotation;

/**
 * What happened to one reference or submitted annotation. Every counted reference annotation and every counted
 * submitted annotation appears in exactly one item: {@link Matched}, {@link BoundaryDifference} or
 * {@link WrongType} (pairs), {@link Missed} (reference only) or {@link Extra} (submission only).
 */
public sealed interface Feedback {

	/** The document of the item. */
	String documentId();

	/** Where the item starts in the text (for ordering and navigation). */
	int start();

	/** Same type and exactly the same spans. */
	record Matched(String documentId, Annotation reference, Annotation submitted) implements Feedback {
		@Override
		public int start() {
			return reference.start();
		}
	}

	/**
	 * Same type, sharing {@code sharedCharacters} characters, but not the same spans: counts as a match under
	 * overlap matching only.
	 */
	record BoundaryDifference(String documentId, Annotation reference, Annotation submitted, int sharedCharacters)
			implements Feedback {
		@Override
		public int start() {
			return Math.min(reference.start(), submitted.start());
		}

		/** How far the submitted start lies after the reference start (negative: before). */
		public int startShift() {
			return submitted.start() - reference.start();
		}

		/** How far the submitted end lies after the reference end (negative: before). */
		public int endShift() {
			return submitted.end() - reference.end();
		}
	}

	/** The submitted annotation overlaps the reference one but has another type: a miss and an extra in the counts. */
	record WrongType(String documentId, Annotation reference, Annotation submitted, int sharedCharacters)
			implements Feedback {
		@Override
		public int start() {
			return Math.min(reference.start(), submitted.start());
		}
	}

	/** In the reference, nothing in the submission overlaps it (unpaired). */
	record Missed(String documentId, Annotation reference) implements Feedback {
		@Override
		public int start() {
			return reference.start();
		}
	}

	/** In the submission, nothing in the reference overlaps it (unpaired). */
	record Extra(String documentId, Annotation submitted) implements Feedback {
		@Override
		public int start() {
			return submitted.start();
		}
	}
}
