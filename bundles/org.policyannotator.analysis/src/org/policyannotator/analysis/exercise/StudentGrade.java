package org.policyannotator.analysis.exercise;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.corpus.Coefficients;
import org.policyannotator.analysis.corpus.ScopeAgreement;
import org.policyannotator.analysis.scoring.Feedback;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.analysis.unitizing.UnitizingCoefficient;

/** The outcome of one submission file: graded, or failed with the reason. */
public sealed interface StudentGrade {

	/** File name of the submission zip. */
	String file();

	/** The student, when the manifest could be read. */
	Optional<String> studentIfKnown();

	/**
	 * A graded submission.
	 *
	 * @param file    submission file name
	 * @param student the student
	 * @param score   the score over all exercise documents
	 * @param alpha     unitizing alpha between the student and the reference, all types, all documents
	 * @param agreement token agreement with the reference (Cohen's kappa and alpha), pooled over the graded types
	 *                  and per type
	 * @param submitted when the student packed the submission, if the manifest says
	 * @param disputes  the student's notes on items of their feedback, by document and position
	 * @param scoreDisputes the student's notes on scores of their feedback (modes without items)
	 * @param levels    the grade rolled up to each level of the codebook's tree, top level first; empty when the
	 *                  graded codes are all top-level
	 */
	record Graded(String file, String student, Score score, UnitizingCoefficient alpha, ScopeAgreement agreement,
			Optional<Instant> submitted, List<Dispute> disputes, List<ScoreDispute> scoreDisputes,
			List<LevelGrade> levels) implements StudentGrade {
		/** Copies the lists. */
		public Graded {
			disputes = List.copyOf(disputes);
			scoreDisputes = List.copyOf(scoreDisputes);
			levels = List.copyOf(levels);
		}

		/** The grade at tree level {@code level} (1 = top); empty for a flat codebook or a level it lacks. */
		public Optional<LevelGrade> level(int level) {
			return levels.stream().filter(l -> l.level() == level).findFirst();
		}

		/** How many notes the student wrote, on items and on scores. */
		public int notes() {
			return disputes.size() + scoreDisputes.size();
		}

		/** The overlap F1 a score note is about: of its type, or overall; empty when that type was not graded. */
		public java.util.OptionalDouble disputedF1(ScoreDispute dispute) {
			if (dispute.type().isEmpty()) {
				return score.overlap().f1();
			}
			return score.byType().containsKey(dispute.type()) ? score.type(dispute.type()).overlap().f1()
					: java.util.OptionalDouble.empty();
		}

		/** The item of the feedback each note is about (a note whose item is gone, e.g. after accepting, is left out). */
		public Map<Dispute, Feedback> disputedItems() {
			Map<Dispute, Feedback> items = new LinkedHashMap<>();
			for (Dispute d : disputes) {
				d.item(score.feedback()).ifPresent(item -> items.put(d, item));
			}
			return items;
		}

		@Override
		public Optional<String> studentIfKnown() {
			return Optional.of(student);
		}

		/** Cohen's kappa on the tokens (labels: the graded types or none), pooled over the graded types. */
		public AgreementResult kappa() {
			return agreement.allTypes().tokenKappa().orElseThrow();
		}

		/** Cohen's kappa on the tokens for one type (covered by it or not); empty if the type was not graded. */
		public Optional<AgreementResult> kappa(String type) {
			return Optional.ofNullable(agreement.byType().get(type)).flatMap(Coefficients::tokenKappa);
		}
	}

	/**
	 * A submission that could not be graded.
	 *
	 * @param file    submission file name
	 * @param student the student, if the manifest told
	 * @param error   what is wrong, naming the zip and the entry
	 */
	record Failed(String file, Optional<String> student, String error) implements StudentGrade {
		@Override
		public Optional<String> studentIfKnown() {
			return student;
		}
	}
}
