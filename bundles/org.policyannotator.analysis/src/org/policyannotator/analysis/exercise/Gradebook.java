package org.policyannotator.analysis.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.policyannotator.analysis.corpus.CodeLevel;

/**
 * The grades of all submissions of an exercise, every attempt of every student.
 *
 * @param exercise  the exercise
 * @param reference the reference annotator
 * @param types     tag types that occur in the reference or in a graded submission, in schema order
 * @param grades    one per submission file, sorted by file name
 * @param counting  which of a student's attempts counts
 * @param levels    the levels of the codebook's tree the graded types roll up to (see {@link LevelGrade}); empty
 *                  when they are all top-level
 */
public record Gradebook(ExerciseManifest exercise, String reference, List<String> types, List<StudentGrade> grades,
		Counting counting, List<CodeLevel> levels) {

	/** Which attempt of a student counts when there are several. */
	public enum Counting {
		/** The last one submitted. */
		LAST,
		/** The one with the highest overall F1 under overlap matching (ties: the later one). */
		BEST;

		/** The word used on the command line and in {@code exercise.json}: {@code last} or {@code best}. */
		public String id() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** The counting named {@code id}. */
		public static java.util.Optional<Counting> of(String id) {
			return java.util.Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
		}
	}

	/**
	 * A graded submission's place among its student's attempts (ordered by submission time, then file name).
	 *
	 * @param number  1 for the first attempt
	 * @param of      how many graded attempts the student has
	 * @param counted whether this attempt is the one that counts
	 * @param change  overall overlap F1 minus that of the previous attempt; empty for the first or when undefined
	 */
	public record Attempt(int number, int of, boolean counted, OptionalDouble change) {
	}

	/** Copies the lists. */
	public Gradebook {
		types = List.copyOf(types);
		grades = List.copyOf(grades);
		java.util.Objects.requireNonNull(counting);
		levels = List.copyOf(levels);
	}

	/** A gradebook of a flat codebook counting the attempt the exercise says (the last unless created otherwise). */
	public Gradebook(ExerciseManifest exercise, String reference, List<String> types, List<StudentGrade> grades) {
		this(exercise, reference, types, grades, exercise.attempts(), List.of());
	}

	/** The same grades counted another way. */
	public Gradebook counting(Counting other) {
		return new Gradebook(exercise, reference, types, grades, other, levels);
	}

	/** The attempt of each graded submission, by file name. */
	public Map<String, Attempt> attempts() {
		Map<String, List<StudentGrade.Graded>> byStudent = new TreeMap<>();
		for (StudentGrade.Graded g : graded()) {
			byStudent.computeIfAbsent(g.student(), s -> new ArrayList<>()).add(g);
		}
		Map<String, Attempt> attempts = new TreeMap<>();
		for (List<StudentGrade.Graded> list : byStudent.values()) {
			list.sort(Comparator.comparing((StudentGrade.Graded g) -> g.submitted().orElse(Instant.MIN))
					.thenComparing(StudentGrade.Graded::file));
			int counted = list.size() - 1;
			if (counting == Counting.BEST) {
				counted = 0;
				for (int i = 1; i < list.size(); i++) {
					if (f1(list.get(i)) >= f1(list.get(counted))) {
						counted = i;
					}
				}
			}
			for (int i = 0; i < list.size(); i++) {
				OptionalDouble change = OptionalDouble.empty();
				if (i > 0 && list.get(i).score().overlap().f1().isPresent()
						&& list.get(i - 1).score().overlap().f1().isPresent()) {
					change = OptionalDouble.of(f1(list.get(i)) - f1(list.get(i - 1)));
				}
				attempts.put(list.get(i).file(), new Attempt(i + 1, list.size(), i == counted, change));
			}
		}
		return attempts;
	}

	private static double f1(StudentGrade.Graded g) {
		return g.score().overlap().f1().orElse(-1);
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
			if (count == 0) {
				warnings.add(type + ": no reference annotations; a student's F1 on it is 0 or undefined and says"
						+ " nothing of their coding (only that they tagged it where the reference did not)");
			} else if (count < MINIMUM_REFERENCE_ITEMS) {
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
