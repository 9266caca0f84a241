package org.policyannotator.analysis.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A submission scored against a reference, on one document or summed over several.
 *
 * @param byType    per tag type id, sorted by id
 * @param exact     all types together under exact matching (micro average: the counts are summed)
 * @param overlap   all types together under overlap matching
 * @param wrongType pairs of overlapping annotations with different types
 * @param feedback  one item per annotation or pair, ordered by document, then position
 */
public record Score(Map<String, TypeScore> byType, Counts exact, Counts overlap, int wrongType,
		List<Feedback> feedback) {

	/** Copies the collections. */
	public Score {
		byType = Collections.unmodifiableMap(new TreeMap<>(byType));
		feedback = List.copyOf(feedback);
	}

	/** Nothing scored yet. */
	public static Score empty() {
		return new Score(Map.of(), Counts.ZERO, Counts.ZERO, 0, List.of());
	}

	/** The sum of several scores (e.g. of the documents of an exercise). */
	public static Score combine(Collection<Score> scores) {
		Map<String, TypeScore> byType = new TreeMap<>();
		Counts exact = Counts.ZERO;
		Counts overlap = Counts.ZERO;
		int wrongType = 0;
		List<Feedback> feedback = new ArrayList<>();
		for (Score score : scores) {
			score.byType.forEach((type, s) -> byType.merge(type, s, TypeScore::plus));
			exact = exact.plus(score.exact);
			overlap = overlap.plus(score.overlap);
			wrongType += score.wrongType;
			feedback.addAll(score.feedback);
		}
		feedback.sort(Comparator.comparing(Feedback::documentId).thenComparingInt(Feedback::start));
		return new Score(byType, exact, overlap, wrongType, feedback);
	}

	/** The score of a type; zero counts if the type occurs in neither reference nor submission. */
	public TypeScore type(String type) {
		TypeScore score = byType.get(type);
		return score != null ? score : new TypeScore(type, Counts.ZERO, Counts.ZERO, 0);
	}

	/** The feedback items of one kind, e.g. {@code feedback(Feedback.Missed.class)}. */
	public <T extends Feedback> List<T> feedback(Class<T> kind) {
		return feedback.stream().filter(kind::isInstance).map(kind::cast).toList();
	}

	/**
	 * Macro F1: the unweighted mean of the per-type F1 under {@code matching} (e.g. {@code TypeScore::overlap}), over
	 * the types whose F1 is defined (present in the reference or the submission); empty when there is none.
	 */
	public OptionalDouble macroF1(Function<TypeScore, Counts> matching) {
		return byType.values().stream().map(matching).map(Counts::f1).filter(OptionalDouble::isPresent)
				.mapToDouble(OptionalDouble::getAsDouble).average();
	}

	/**
	 * Weighted F1: the mean of the per-type F1 under {@code matching}, each weighted by the number of reference
	 * annotations of the type (its support, as scikit-learn's {@code average='weighted'}); empty when the reference
	 * has nothing of the scored types.
	 */
	public OptionalDouble weightedF1(Function<TypeScore, Counts> matching) {
		double sum = 0;
		int support = 0;
		for (TypeScore type : byType.values()) {
			Counts counts = matching.apply(type);
			if (counts.reference() > 0) {
				sum += counts.reference() * counts.f1().getAsDouble();
				support += counts.reference();
			}
		}
		return support == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / support);
	}
}
