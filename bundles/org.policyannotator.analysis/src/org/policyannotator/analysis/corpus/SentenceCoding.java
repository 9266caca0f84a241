package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.Span;
import org.policyannotator.model.text.SentenceUnits;

/**
 * The rule that turns an annotator's spans into codes of sentence units: <b>an annotation codes a unit when its spans
 * cover more than half of the unit's characters</b> (white space inside the unit included). A unit's codes are the
 * types of the annotations that code it; its one value (for coefficients over all codes together) is the code of the
 * annotation covering most of it (on a tie the one starting first, then the smaller type id); a unit no annotation
 * codes has the value {@link #NONE}.
 */
public final class SentenceCoding {
	/** The value of a unit no annotation codes. */
	public static final String NONE = "(none)";

	private SentenceCoding() {
	}

	/** One unit as one annotator coded it: every code that covers most of it, and the one value. */
	public record Coded(Set<String> codes, String value) {
		/** Copies the codes, sorted. */
		public Coded {
			codes = java.util.Collections.unmodifiableSet(new TreeSet<>(codes));
		}
	}

	/** The units of {@code units} as coded by {@code annotations}, counting only the types in {@code types}. */
	public static List<Coded> code(SentenceUnits units, Collection<Annotation> annotations, Set<String> types) {
		List<Annotation> relevant = annotations.stream().filter(a -> types.contains(a.type()))
				.sorted(Comparator.comparingInt(Annotation::start)).toList();
		List<Coded> coded = new ArrayList<>(units.count());
		for (int i = 0; i < units.count(); i++) {
			coded.add(codeUnit(units.start(i), units.end(i), relevant));
		}
		return coded;
	}

	private static Coded codeUnit(int start, int end, List<Annotation> annotations) {
		Set<String> codes = new TreeSet<>();
		Optional<Annotation> best = Optional.empty();
		int bestCovered = 0;
		for (Annotation a : annotations) {
			if (a.start() >= end) {
				break;
			}
			int covered = covered(a, start, end);
			if (2 * covered > end - start) {
				codes.add(a.type());
				if (covered > bestCovered || covered == bestCovered
						&& best.get().start() == a.start() && a.type().compareTo(best.get().type()) < 0) {
					best = Optional.of(a);
					bestCovered = covered;
				}
			}
		}
		return new Coded(codes, best.map(Annotation::type).orElse(NONE));
	}

	/** How many characters of {@code [start, end)} the annotation's spans cover. */
	static int covered(Annotation annotation, int start, int end) {
		int covered = 0;
		for (Span span : annotation.spans()) {
			covered += Math.max(0, Math.min(end, span.end()) - Math.max(start, span.start()));
		}
		return covered;
	}
}
