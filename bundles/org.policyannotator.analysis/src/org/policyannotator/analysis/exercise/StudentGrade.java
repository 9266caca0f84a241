package org.policyannotator.analysis.exercise;

import java.util.Optional;

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
	 * @param alpha   unitizing alpha between the student and the reference, all types, all documents
	 */
	record Graded(String file, String student, Score score, UnitizingCoefficient alpha) implements StudentGrade {
		@Override
		public Optional<String> studentIfKnown() {
			return Optional.of(student);
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
