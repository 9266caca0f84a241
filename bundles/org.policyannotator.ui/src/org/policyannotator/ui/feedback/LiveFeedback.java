package org.policyannotator.ui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.analysis.scoring.Scoring;
import org.policyannotator.analysis.scoring.TypeScore;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.ui.editor.EditorSession;

/**
 * Outside an exercise the feedback view compares the student's (unsaved) tags of the open document live with a
 * reference annotator's set; this computes what it shows, keeping the reference set until the document or the
 * annotator changes. No UI code.
 */
final class LiveFeedback {

	/** What the view shows: a sentence, the items and the scores per type. */
	record Shown(String message, List<FeedbackItem> items, List<TypeScore> scores) {
		static Shown nothing(String message) {
			return new Shown(message, List.of(), List.of());
		}
	}

	private AnnotationSet referenceSet;

	/** Forgets the reference set (another document or annotator). */
	void forget() {
		referenceSet = null;
	}

	/** The comparison of the session's tags with {@code reference}'s set of the same document. */
	Shown compare(EditorSession session, String reference) {
		if (reference.equals(session.annotator())) {
			return Shown.nothing("You are annotating as " + reference + ", the reference annotator itself.");
		}
		Optional<AnnotationSet> set = referenceSet(session.corpus(), reference, session.document().id());
		if (set.isEmpty()) {
			return Shown.nothing("There is no reference set of '" + reference + "' for this document.");
		}
		Score score = Scoring.score(set.get(), session.set(), session.document().text().length());
		List<FeedbackItem> items = new ArrayList<>();
		score.feedback().forEach(f -> FeedbackItem.of(f).ifPresent(items::add));
		return new Shown(summary(session.annotator(), reference, score), items, List.copyOf(score.byType().values()));
	}

	private Optional<AnnotationSet> referenceSet(Corpus corpus, String name, String documentId) {
		if (referenceSet != null && referenceSet.annotator().equals(name)
				&& referenceSet.documentId().equals(documentId)) {
			return Optional.of(referenceSet);
		}
		try {
			if (name.isEmpty() || !corpus.annotators().contains(name)
					|| !corpus.documentIdsAnnotatedBy(name).contains(documentId)) {
				return Optional.empty();
			}
			referenceSet = corpus.loadSet(name, documentId);
			return Optional.of(referenceSet);
		} catch (CorpusException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static String summary(String student, String reference, Score score) {
		Counts exact = score.exact();
		return student + " against " + reference + ": " + exact.truePositives() + " exact of " + exact.reference()
				+ "; " + score.feedback(Feedback.Missed.class).size() + " missed, "
				+ score.feedback(Feedback.Extra.class).size() + " extra, " + score.wrongType()
				+ " wrong type; F1 exact " + percent(exact) + ", overlap " + percent(score.overlap());
	}

	private static String percent(Counts counts) {
		return counts.f1().isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * counts.f1().getAsDouble()) : "n/a";
	}
}
