package org.policyannotator.analysis.exercise;

import java.util.List;

/**
 * The grades of all submissions of an exercise.
 *
 * @param exercise  the exercise
 * @param reference the reference annotator
 * @param types     tag types that occur in the reference or in a graded submission, in schema order
 * @param grades    one per submission file, sorted by file name
 */
public record Gradebook(ExerciseManifest exercise, String reference, List<String> types, List<StudentGrade> grades) {

	/** Copies the lists. */
	public Gradebook {
		types = List.copyOf(types);
		grades = List.copyOf(grades);
	}

	/** The graded submissions. */
	public List<StudentGrade.Graded> graded() {
		return grades.stream().filter(StudentGrade.Graded.class::isInstance).map(StudentGrade.Graded.class::cast)
				.toList();
	}

	/** The failed submissions. */
	public List<StudentGrade.Failed> failed() {
		return grades.stream().filter(StudentGrade.Failed.class::isInstance).map(StudentGrade.Failed.class::cast)
				.toList();
	}
}
