package org.policyannotator.analysis.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.analysis.unitizing.UnitizingCoefficient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link CorpusAgreementReport} as one JSON object with the same numbers as {@link AgreementReportText} (full
 * precision): {@code annotators}, {@code types}, {@code documents}, {@code skipped}, {@code overall},
 * {@code byDocument}, {@code pairs}. An undefined coefficient has {@code "value": null} and an
 * {@code undefinedReason}. See docs/agreement-and-grading.md.
 */
public final class AgreementReportJson {
	private static final ObjectMapper MAPPER = new ObjectMapper();

	private AgreementReportJson() {
	}

	/** The report as compact JSON on one line; {@code source} is stored as {@code "corpus"}. */
	public static String format(CorpusAgreementReport report, String source) {
		return format(report, List.of(), source);
	}

	/**
	 * The report with the agreement per level of a codebook's tree as {@code "levels"}: an array of
	 * {@code {"level", "codes", "allTypes", "byType"}} (the same coefficients as {@code overall}); left out when
	 * {@code levels} is empty.
	 */
	public static String format(CorpusAgreementReport report, List<LevelAgreement> levels, String source) {
		return format(report, levels, Optional.empty(), source);
	}

	/**
	 * The report with, when {@code sentences} is present, the coding agreement on sentence units as
	 * {@code "sentenceUnits"}: {@code {"rule", "units", "documents", "codes", "allCodes", "byCode", "levels"}} where
	 * {@code allCodes} and each entry of {@code byCode} hold {@code percent}, {@code cohenKappa} (two annotators),
	 * {@code fleissKappa} and {@code alpha}, and {@code levels} is an array of {@code {"level", "allCodes", "byCode"}}.
	 */
	public static String format(CorpusAgreementReport report, List<LevelAgreement> levels,
			Optional<SentenceAgreement.Report> sentences, String source) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("corpus", source);
		report.annotators().forEach(root.putArray("annotators")::add);
		report.types().forEach(root.putArray("types")::add);
		report.documents().forEach(root.putArray("documents")::add);
		ArrayNode skipped = root.putArray("skipped");
		for (SkippedDocument s : report.skipped()) {
			ObjectNode node = skipped.addObject().put("document", s.documentId());
			s.missingAnnotators().forEach(node.putArray("missingAnnotators")::add);
		}
		root.set("overall", scope(report.overall()));
		ObjectNode byDocument = root.putObject("byDocument");
		report.byDocument().forEach((id, scope) -> byDocument.set(id, scope(scope)));
		ArrayNode pairs = root.putArray("pairs");
		for (PairAgreement p : report.pairs()) {
			ObjectNode node = pairs.addObject().put("first", p.first()).put("second", p.second());
			coefficients(node, p.coefficients());
		}
		if (!levels.isEmpty()) {
			ArrayNode array = root.putArray("levels");
			for (LevelAgreement level : levels) {
				ObjectNode node = array.addObject().put("level", level.level());
				level.codes().forEach(node.putArray("codes")::add);
				node.setAll(scope(level.overall()));
			}
		}
		sentences.ifPresent(s -> sentenceUnits(root.putObject("sentenceUnits"), s));
		try {
			return MAPPER.writeValueAsString(root);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a tree node always serialises", e);
		}
	}

	private static void sentenceUnits(ObjectNode node, SentenceAgreement.Report report) {
		node.put("rule", "a sentence takes the code of an annotation covering more than half of it, else "
				+ SentenceCoding.NONE);
		node.put("units", report.codesAt().pooled().units());
		node.put("documents", report.documents());
		report.codes().forEach(node.putArray("codes")::add);
		figures(node, report.codesAt());
		ArrayNode levels = node.putArray("levels");
		for (SentenceAgreement.LevelFigures level : report.levels()) {
			figures(levels.addObject().put("level", level.level()), level);
		}
	}

	private static void figures(ObjectNode node, SentenceAgreement.LevelFigures level) {
		unitFigures(node.putObject("allCodes"), level.pooled());
		ObjectNode byCode = node.putObject("byCode");
		level.byCode().forEach((code, f) -> unitFigures(byCode.putObject(code), f));
	}

	private static void unitFigures(ObjectNode node, UnitFigures f) {
		result(node.putObject("percent"), f.percent());
		f.cohenKappa().ifPresent(k -> result(node.putObject("cohenKappa"), k));
		result(node.putObject("fleissKappa"), f.fleissKappa());
		result(node.putObject("alpha"), f.alpha());
	}

	private static ObjectNode scope(ScopeAgreement scope) {
		ObjectNode node = MAPPER.createObjectNode();
		coefficients(node.putObject("allTypes"), scope.allTypes());
		ObjectNode byType = node.putObject("byType");
		for (Map.Entry<String, Coefficients> e : scope.byType().entrySet()) {
			coefficients(byType.putObject(e.getKey()), e.getValue());
		}
		return node;
	}

	private static void coefficients(ObjectNode node, Coefficients c) {
		UnitizingCoefficient u = c.unitizingAlpha();
		ObjectNode unitizing = node.putObject("unitizingAlpha");
		value(unitizing, u.value(), u.undefinedReason());
		if (u.value().isPresent() || u.expectedDisagreement() > 0 || u.observedDisagreement() > 0) {
			unitizing.put("observedDisagreement", u.observedDisagreement());
			unitizing.put("expectedDisagreement", u.expectedDisagreement());
		}
		result(node.putObject("tokenAlpha"), c.tokenAlpha());
		c.tokenKappa().ifPresent(k -> result(node.putObject("tokenKappa"), k));
		node.put("annotations", c.annotations());
		node.put("tokens", c.tokens());
	}

	private static void result(ObjectNode node, AgreementResult r) {
		value(node, r.value(), r.undefinedReason());
		r.observed().ifPresent(v -> node.put("observed" + capital(r.quantity().id()), v));
		r.expected().ifPresent(v -> node.put("expected" + capital(r.quantity().id()), v));
	}

	private static void value(ObjectNode node, OptionalDouble value, Optional<String> reason) {
		if (value.isPresent()) {
			node.put("value", value.getAsDouble());
		} else {
			node.putNull("value");
		}
		reason.ifPresent(r -> node.put("undefinedReason", r));
	}

	private static String capital(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
