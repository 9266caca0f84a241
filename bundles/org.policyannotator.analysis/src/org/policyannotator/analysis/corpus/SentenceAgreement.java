package org.policyannotator.analysis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.policyannotator.analysis.agreement.ReliabilityData;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.CorpusUnits;
import org.policyannotator.model.schema.CodeTree;
import org.policyannotator.model.text.SentenceUnits;

/**
 * Coding agreement on the shared sentence units of a corpus ({@code agreement --units sentence}), as the reliability
 * studies of sentence-coded codebooks report it: each unit of each compared document (the document's
 * {@linkplain CorpusUnits sentence units}, with their hand corrections) gets per annotator the codes
 * {@link SentenceCoding} gives it; then percentage agreement, Cohen's kappa (two annotators), Fleiss' kappa and
 * Krippendorff's nominal alpha are computed over all codes together (a unit's value: its main code or "(none)") and
 * per code (a unit has the code or not), and, for a hierarchical codebook, again at each level of the tree with every
 * code counted as its ancestor at that level.
 */
public final class SentenceAgreement {
	private SentenceAgreement() {
	}

	/**
	 * Agreement at one level of the tree (or, for the deepest, on the codes themselves).
	 *
	 * @param level  1 for the top level; the deepest level of the compared codes for the codes themselves
	 * @param pooled all codes of the level together
	 * @param byCode each code of the level against the rest, in schema order
	 */
	public record LevelFigures(int level, UnitFigures pooled, Map<String, UnitFigures> byCode) {
		/** Copies the map, keeping its order. */
		public LevelFigures {
			byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
		}
	}

	/**
	 * The report.
	 *
	 * @param annotators annotators compared, sorted
	 * @param documents  documents compared (every annotator has a set for them)
	 * @param skipped    documents left out
	 * @param codes      codes compared, in schema order
	 * @param codesAt    agreement on the codes themselves
	 * @param levels     agreement per tree level, from the top; empty for a flat codebook
	 */
	public record Report(List<String> annotators, int documents, List<SkippedDocument> skipped, List<String> codes,
			LevelFigures codesAt, List<LevelFigures> levels) {
		/** Copies the lists. */
		public Report {
			annotators = List.copyOf(annotators);
			skipped = List.copyOf(skipped);
			codes = List.copyOf(codes);
			levels = List.copyOf(levels);
		}
	}

	/**
	 * Computes the agreement of the chosen annotators (all with sets when empty) on the chosen types (all types used
	 * when empty) over the chosen documents (all when empty) that every one of them has a set for.
	 *
	 * @throws CorpusException          when a document, set or units file cannot be read
	 * @throws IllegalArgumentException when a named annotator or document does not exist
	 */
	public static Report compute(Corpus corpus, List<String> annotators, List<String> types, List<String> documents)
			throws CorpusException {
		AgreementSelection.Plan plan = AgreementSelection.Plan.of(corpus, annotators, documents);
		List<String> coders = plan.annotators();
		Set<String> used = new TreeSet<>();
		List<List<List<Annotation>>> sets = new ArrayList<>();
		List<SentenceUnits> units = new ArrayList<>();
		for (String id : plan.included()) {
			units.add(CorpusUnits.units(corpus, id));
			List<List<Annotation>> annotations = new ArrayList<>();
			for (String coder : coders) {
				List<Annotation> set = corpus.loadSet(coder, id).annotations();
				set.forEach(a -> used.add(a.type()));
				annotations.add(set);
			}
			sets.add(annotations);
		}
		List<String> codes = types.isEmpty() ? AgreementSelection.inSchemaOrder(corpus, used)
				: List.copyOf(new LinkedHashSet<>(types));
		Set<String> compared = Set.copyOf(codes);
		List<List<SentenceCoding.Coded>> rows = new ArrayList<>();
		for (int d = 0; d < units.size(); d++) {
			rows.addAll(rows(units.get(d), sets.get(d), compared));
		}
		CodeTree tree = corpus.schema().tree();
		int deepest = codes.stream().mapToInt(t -> Math.max(1, tree.depth(t))).max().orElse(1);
		LevelFigures exact = figures(deepest, coders, rows, codes, UnaryOperator.identity());
		List<LevelFigures> levels = new ArrayList<>();
		if (deepest >= 2) {
			for (int level = 1; level <= deepest; level++) {
				int at = level;
				UnaryOperator<String> up = code -> tree.atLevel(code, at);
				List<String> levelCodes = List.copyOf(new LinkedHashSet<>(codes.stream().map(up).toList()));
				levels.add(figures(level, coders, rows, levelCodes, up));
			}
		}
		return new Report(coders, plan.included().size(), plan.skipped(), codes, exact, levels);
	}

	/**
	 * The agreement on all codes together over one document's units, e.g. of the two annotators in the comparison
	 * editor: {@code sets} holds each coder's annotations, in the order of {@code coders}.
	 */
	public static UnitFigures onDocument(SentenceUnits units, List<String> coders, List<List<Annotation>> sets,
			Set<String> types) {
		return figures(1, coders, rows(units, sets, types), List.of(), UnaryOperator.identity()).pooled();
	}

	/** One row per unit, one coded unit per coder. */
	private static List<List<SentenceCoding.Coded>> rows(SentenceUnits units, List<List<Annotation>> sets,
			Set<String> types) {
		List<List<SentenceCoding.Coded>> byCoder = new ArrayList<>();
		for (List<Annotation> set : sets) {
			byCoder.add(SentenceCoding.code(units, set, types));
		}
		List<List<SentenceCoding.Coded>> rows = new ArrayList<>();
		for (int u = 0; u < units.count(); u++) {
			List<SentenceCoding.Coded> row = new ArrayList<>();
			for (List<SentenceCoding.Coded> coded : byCoder) {
				row.add(coded.get(u));
			}
			rows.add(row);
		}
		return rows;
	}

	/** The figures of one level: codes are mapped with {@code up} (to their ancestor at the level). */
	private static LevelFigures figures(int level, List<String> coders, List<List<SentenceCoding.Coded>> rows,
			List<String> codes, UnaryOperator<String> up) {
		List<List<Optional<String>>> pooled = new ArrayList<>();
		for (List<SentenceCoding.Coded> row : rows) {
			pooled.add(row.stream().map(c -> Optional.of(c.value().equals(SentenceCoding.NONE) ? c.value()
					: up.apply(c.value()))).toList());
		}
		Map<String, UnitFigures> byCode = new LinkedHashMap<>();
		for (String code : codes) {
			List<List<Optional<String>>> binary = new ArrayList<>();
			for (List<SentenceCoding.Coded> row : rows) {
				binary.add(row.stream().map(c -> Optional.of(c.codes().stream().map(up).anyMatch(code::equals)
						? "yes" : "no")).toList());
			}
			byCode.put(code, UnitFigures.of(new ReliabilityData(coders, binary)));
		}
		return new LevelFigures(level, UnitFigures.of(new ReliabilityData(coders, pooled)), byCode);
	}
}
