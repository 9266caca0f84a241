package org.policyannotator.analysis.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.corpus.AgreementSelection;
import org.policyannotator.analysis.corpus.AnnotatedDocument;
import org.policyannotator.analysis.corpus.Coefficients;
import org.policyannotator.analysis.corpus.CorpusAgreementReport;
import org.policyannotator.analysis.corpus.SkippedDocument;
import org.policyannotator.analysis.scoring.Counts;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.analysis.scoring.Scoring;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;

/**
 * Two instructors' references compared before either is used to grade: the pairing and F1 of grading (the first
 * instructor taken as the reference; F1 is symmetric, precision and recall swap), Cohen's kappa and unitizing alpha
 * per type and pooled, and every disagreement. Only documents both have a set for are compared.
 *
 * @param first     the first instructor
 * @param second    the second instructor
 * @param selection what was compared
 * @param score     the second instructor's annotations scored against the first's
 * @param agreement kappa and alpha between the two
 */
public record Calibration(String first, String second, AgreementSelection selection, Score score,
		CorpusAgreementReport agreement) {

	/**
	 * Compares the sets of {@code first} and {@code second} in {@code corpus}.
	 *
	 * @param types     types to compare; empty = every type used
	 * @param documents documents to consider; empty = all
	 * @throws IllegalArgumentException when an instructor or document is unknown or the names are equal
	 */
	public static Calibration of(Corpus corpus, String first, String second, List<String> types,
			List<String> documents) throws CorpusException {
		if (first.equals(second)) {
			throw new IllegalArgumentException("give two different instructors (both are " + first + ")");
		}
		AgreementSelection selection = AgreementSelection.read(corpus, List.of(first, second), types, documents);
		List<Score> scores = new ArrayList<>();
		for (AnnotatedDocument d : selection.documents()) {
			scores.add(Scoring.score(d.sets().get(first), d.sets().get(second), d.document().text().length(),
					selection.types()));
		}
		return new Calibration(first, second, selection, Score.combine(scores), selection.compute());
	}

	/** The report as text: figures overall and per type, then each disagreement. */
	public String text() {
		StringBuilder text = new StringBuilder();
		text.append("Calibration of ").append(first).append(" and ").append(second).append(" on ")
				.append(selection.documents().size()).append(" document(s)");
		if (!selection.documents().isEmpty()) {
			text.append(" (").append(selection.documents().stream().map(d -> d.document().id())
					.collect(Collectors.joining(", "))).append(')');
		}
		text.append('\n');
		for (SkippedDocument skipped : selection.skipped()) {
			text.append("skipped ").append(skipped.documentId()).append(": no set of ")
					.append(String.join(", ", skipped.missingAnnotators())).append('\n');
		}
		text.append(line("all types", score.overlap(), score.exact(), agreement.overall().allTypes()));
		int total = 0;
		for (String type : selection.types()) {
			Counts overlap = score.type(type).overlap();
			text.append(line(type, overlap, score.type(type).exact(), agreement.overall().byType().get(type)));
			int items = Math.max(overlap.reference(), overlap.submitted());
			total += items;
			if (items < Gradebook.MINIMUM_REFERENCE_ITEMS) {
				text.append("  warning: only ").append(items).append(" annotations of ").append(type)
						.append(" (fewer than ").append(Gradebook.MINIMUM_REFERENCE_ITEMS).append("); its figures say little\n");
			}
		}
		if (total < Gradebook.MINIMUM_REFERENCE_ITEMS) {
			text.append("warning: fewer than ").append(Gradebook.MINIMUM_REFERENCE_ITEMS)
					.append(" annotations in all; the figures say little\n");
		}
		List<Feedback> differences = disagreements();
		text.append('\n').append(differences.size()).append(" disagreement(s)").append(differences.isEmpty() ? "\n" : ":\n");
		for (Feedback f : differences) {
			text.append("- ").append(f.documentId()).append(' ').append(describe(f)).append('\n');
		}
		return text.toString();
	}

	/** Every item where the two differ (all but identical pairs), by document and position. */
	public List<Feedback> disagreements() {
		return score.feedback().stream().filter(f -> !(f instanceof Feedback.Matched)).toList();
	}

	private String describe(Feedback f) {
		return switch (f) {
			case Feedback.Missed m -> "only " + first + ": " + annotation(m.reference());
			case Feedback.Extra e -> "only " + second + ": " + annotation(e.submitted());
			case Feedback.WrongType w -> "type: " + first + " " + annotation(w.reference()) + ", " + second + " "
					+ annotation(w.submitted());
			case Feedback.BoundaryDifference b -> "boundary: " + first + " " + annotation(b.reference()) + ", "
					+ second + " " + annotation(b.submitted());
			case Feedback.Matched m -> "same: " + annotation(m.reference());
		};
	}

	private static String annotation(Annotation a) {
		return a.type() + " [" + a.start() + "-" + a.end() + "] " + a.spans().stream().map(Span::quote)
				.map(q -> "\"" + q.replace('\n', ' ') + "\"").collect(Collectors.joining(" ... "));
	}

	private static String line(String label, Counts overlap, Counts exact, Coefficients coefficients) {
		Optional<AgreementResult> kappa = coefficients == null ? Optional.empty() : coefficients.tokenKappa();
		return label + ": F1 " + number(overlap.f1()) + " (exact boundaries " + number(exact.f1()) + "), kappa "
				+ number(kappa.map(AgreementResult::value).orElse(OptionalDouble.empty())) + ", u-alpha "
				+ (coefficients == null ? "n/a" : number(coefficients.unitizingAlpha().value())) + "\n";
	}

	private static String number(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "n/a";
	}
}
