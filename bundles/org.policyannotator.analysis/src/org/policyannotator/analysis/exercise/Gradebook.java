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

	/**
	 * Fewest reference annotations per type for agreement figures to mean something: with fewer, kappa and F1 of
	 * the type swing by a large step with every single item, and the gradebook warns.
	 */
	public static final int MINIMUM_REFERENCE_ITEMS = 10;

	/** Reference annotations of {@code type} over all exercise documents (0 when nothing was graded). */
	public int referenceCount(String type) {
		return graded().isEmpty() ? 0 : graded().get(0).score().type(type).overlap().reference();
	}

	/**
	 * A warning for each graded type with fewer than {@link #MINIMUM_REFERENCE_ITEMS} reference annotations, and for
	 * all types together, e.g. "claim: only 3 reference annotations (fewer than 10); its kappa and F1 say little".
	 */
	public List<String> sparseWarnings() {
		java.util.ArrayList<String> warnings = new java.util.ArrayList<>();
		if (graded().isEmpty()) {
			return List.of();
		}
		int total = 0;
		for (String type : types) {
			int count = referenceCount(type);
			total += count;
			if (count < MINIMUM_REFERENCE_ITEMS) {
				warnings.add(type + ": only " + count + " reference annotation" + (count == 1 ? "" : "s")
						+ " (fewer than " + MINIMUM_REFERENCE_ITEMS + "); its kappa and F1 say little");
			}
		}
		if (total < MINIMUM_REFERENCE_ITEMS) {
			warnings.add("all types: only " + total + " reference annotations (fewer than " + MINIMUM_REFERENCE_ITEMS
					+ "); the pooled kappa and F1 say little");
		}
		return List.copyOf(warnings);
	}
}
