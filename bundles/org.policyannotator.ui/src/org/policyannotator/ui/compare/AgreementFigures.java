package org.policyannotator.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.TreeSet;

import org.policyannotator.analysis.corpus.AnnotatedDocument;
import org.policyannotator.analysis.corpus.Coefficients;
import org.policyannotator.analysis.corpus.ScopeAgreement;
import org.policyannotator.analysis.corpus.SentenceAgreement;
import org.policyannotator.analysis.corpus.SentenceCoding;
import org.policyannotator.analysis.corpus.UnitFigures;
import org.policyannotator.analysis.corpus.SpanAgreement;
import org.policyannotator.analysis.scoring.Score;
import org.policyannotator.analysis.scoring.Scoring;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.model.text.SentenceUnits;

/**
 * The agreement of two annotators on one document: unitizing alpha and token kappa (all used types together),
 * unitizing alpha per type (by the type's label, schema order), and the F1 of the right set against the left one
 * under exact and overlap matching, and Cohen's kappa on the document's sentence units. Empty values are undefined. Figures have three decimals: on a long document a
 * few differing spans move alpha in the third.
 */
public record AgreementFigures(OptionalDouble unitizingAlpha, OptionalDouble tokenKappa, OptionalDouble exactF1,
		OptionalDouble overlapF1, Map<String, OptionalDouble> alphaByType, OptionalDouble sentenceKappa) {

	/** Computes the figures of the two sets on {@code document}, split into sentences by the splitter alone. */
	public static AgreementFigures of(Document document, AnnotationSet left, AnnotationSet right, Schema schema) {
		return of(document, SentenceUnits.of(document.text()), left, right, schema);
	}

	/**
	 * Computes the figures of the two sets on {@code document}, with Cohen's kappa on its sentence {@code units} (the
	 * code covering most of each sentence, see {@link SentenceCoding}).
	 */
	public static AgreementFigures of(Document document, SentenceUnits units, AnnotationSet left, AnnotationSet right,
			Schema schema) {
		Score score = Scoring.score(left, right, document.text().length());
		List<String> types = usedTypes(schema, left, right);
		if (types.isEmpty()) {
			return new AgreementFigures(OptionalDouble.empty(), OptionalDouble.empty(), score.exact().f1(),
					score.overlap().f1(), Map.of(), OptionalDouble.empty());
		}
		UnitFigures sentences = SentenceAgreement.onDocument(units, List.of(left.annotator(), right.annotator()),
				List.of(left.annotations(), right.annotations()), java.util.Set.copyOf(types));
		OptionalDouble sentenceKappa = sentences.cohenKappa().map(k -> k.value()).orElse(OptionalDouble.empty());
		ScopeAgreement overall = SpanAgreement.compute(
				List.of(new AnnotatedDocument(document, Map.of(left.annotator(), left, right.annotator(), right))),
				List.of(left.annotator(), right.annotator()), types, List.of()).overall();
		Coefficients all = overall.allTypes();
		OptionalDouble kappa = all.tokenKappa().map(k -> k.value()).orElse(OptionalDouble.empty());
		Map<String, OptionalDouble> byType = new LinkedHashMap<>();
		for (String type : types) {
			Coefficients coefficients = overall.byType().get(type);
			if (coefficients != null) {
				byType.put(schema.tagType(type).map(TagType::label).orElse(type), coefficients.unitizingAlpha().value());
			}
		}
		return new AgreementFigures(all.unitizingAlpha().value(), kappa, score.exact().f1(), score.overlap().f1(),
				byType, sentenceKappa);
	}

	/**
	 * For people: "unitizing α 0.712 · token κ 0.640 · F1 of B against A: exact 0.500, overlap 0.750 · sentence κ
	 * 0.600" and, when
	 * there are types, a second line "α by type: Claim 0.690 · Quote 1.000".
	 */
	public String describe() {
		String line = "unitizing \u03b1 " + format(unitizingAlpha) + "  \u00b7  token \u03ba " + format(tokenKappa)
				+ "  \u00b7  F1 of B against A: exact " + format(exactF1) + ", overlap " + format(overlapF1)
				+ "  \u00b7  sentence \u03ba " + format(sentenceKappa);
		if (alphaByType.isEmpty()) {
			return line;
		}
		StringJoiner types = new StringJoiner("  \u00b7  ", "\n\u03b1 by type: ", "");
		alphaByType.forEach((label, alpha) -> types.add(label + " " + format(alpha)));
		return line + types;
	}

	private static String format(OptionalDouble value) {
		return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
	}

	private static List<String> usedTypes(Schema schema, AnnotationSet left, AnnotationSet right) {
		TreeSet<String> used = new TreeSet<>();
		left.annotations().stream().map(Annotation::type).forEach(used::add);
		right.annotations().stream().map(Annotation::type).forEach(used::add);
		List<String> ordered = new ArrayList<>();
		for (TagType type : schema.tagTypes()) {
			if (used.remove(type.id())) {
				ordered.add(type.id());
			}
		}
		ordered.addAll(used);
		return ordered;
	}
}
