package org.policyannotator.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.analysis.agreement.AgreementResult;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusUnits;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.text.SentenceUnits;

/** Coding agreement on shared sentence units: the covering rule, a published example, a hierarchical case by hand. */
class SentenceAgreementTest {
	@TempDir
	Path dir;

	private static double value(AgreementResult r) {
		return r.value().orElseThrow();
	}

	/**
	 * The worked example of Cohen's kappa in Wikipedia's "Cohen's kappa" article: 50 proposals read by two readers,
	 * both yes 20, A yes B no 5, A no B yes 10, both no 15. Po = 35/50 = 0.7, Pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.5,
	 * kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4. Here the proposals are 50 sentences and "yes" is a Claim covering the
	 * sentence. Fleiss' kappa: P = 0.7, category shares 55/100 and 45/100, Pe = 0.3025 + 0.2025 = 0.505, kappa =
	 * 0.195 / 0.495 = 0.393939... Krippendorff's nominal alpha: 15 disagreeing units give Do = 30/100, De = 2 * 55 *
	 * 45 / (100 * 99) = 0.5, alpha = 1 - 0.3 / 0.5 = 0.4.
	 */
	@Test
	void theFiftySentencesOfTheTextbookKappaExampleGiveItsKappa() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "kappa", Schema.defaultSchema());
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 50; i++) {
			text.append("Proposal number ").append(i).append(" was read. ");
		}
		Document d = Document.of("d", "Fifty", text.toString().strip());
		corpus.addDocument(d);
		SentenceUnits units = SentenceUnits.of(d.text());
		assertEquals(50, units.count());
		Tagger a = Tagger.on(d, "reader-a");
		Tagger b = Tagger.on(d, "reader-b");
		for (int i = 0; i < 50; i++) {
			boolean yesA = i < 25; // 20 both, 5 only A
			boolean yesB = i < 20 || i >= 25 && i < 35; // 20 both, 10 only B
			if (yesA) {
				a.range("claim", units.start(i), units.end(i));
			}
			if (yesB) {
				b.range("claim", units.start(i), units.end(i));
			}
		}
		corpus.saveSet(a.set());
		corpus.saveSet(b.set());

		SentenceAgreement.Report report = SentenceAgreement.compute(corpus, List.of(), List.of(), List.of());

		UnitFigures all = report.codesAt().pooled();
		assertEquals(50, all.units());
		assertEquals(0.7, value(all.percent()), 1e-12);
		assertEquals(0.4, value(all.cohenKappa().orElseThrow()), 1e-12);
		assertEquals(0.195 / 0.495, value(all.fleissKappa()), 1e-12);
		assertEquals(0.4, value(all.alpha()), 1e-12);
		assertEquals(0.4, value(report.codesAt().byCode().get("claim").cohenKappa().orElseThrow()), 1e-12);
		assertEquals(List.of(), report.levels(), "a flat codebook has no levels");
	}

	/**
	 * By hand, four sentences coded with the policy-topics codebook:
	 * <pre>
	 * sentence                                          ana                      ben
	 * 1 Jobs grew fast in May.                          economy-jobs             economy-fiscal
	 * 2 The river was cleaned up.                       environment-pollution    environment-pollution
	 * 3 Taxes and jobs were both discussed at length.   "Taxes and jobs" (14 of 45 characters: none)   none
	 * 4 Taxes rise next year.                           "Taxes rise next" (15 of 21: economy-fiscal)   economy-fiscal
	 * </pre>
	 * Codes: ana jobs, pollution, none, fiscal; ben fiscal, pollution, none, fiscal. Agreement 3/4 = 0.75. Cohen:
	 * Pe = 1/4 * 2/4 (fiscal) + 1/4 * 1/4 (pollution) + 1/4 * 1/4 (none) = 0.25, kappa = 0.5 / 0.75 = 2/3. Alpha:
	 * n = 8 values, shares jobs 1, fiscal 3, pollution 2, none 2; Do = 2/8, De = (64 - 18) / 56 = 46/56, alpha = 1 -
	 * (2/8) / (46/56) = 32/46. At level 1 (economy, environment, none) both agree everywhere: 1. economy-jobs alone:
	 * ana yes, no, no, no against ben no everywhere: agreement 0.75, Pe = 0.75, kappa 0.
	 */
	@Test
	void aHierarchicalCaseByHandAgreesAtTheTopicLevelOnly() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("t"), "topics", SchemaFiles.sample("policy-topics"));
		Document d = Document.of("d", "Four", "Jobs grew fast in May. The river was cleaned up. "
				+ "Taxes and jobs were both discussed at length. Taxes rise next year.");
		corpus.addDocument(d);
		corpus.saveSet(Tagger.on(d, "ana").tag("economy-jobs", "Jobs grew fast in May.")
				.tag("environment-pollution", "The river was cleaned up.").tag("economy-jobs", "Taxes and jobs")
				.tag("economy-fiscal", "Taxes rise next").set());
		corpus.saveSet(Tagger.on(d, "ben").tag("economy-fiscal", "Jobs grew fast in May.")
				.tag("environment-pollution", "The river was cleaned up.").tag("economy-fiscal", "Taxes rise next year.")
				.set());

		SentenceAgreement.Report report = SentenceAgreement.compute(corpus, List.of(), List.of(), List.of());

		UnitFigures codes = report.codesAt().pooled();
		assertEquals(0.75, value(codes.percent()), 1e-12);
		assertEquals(2.0 / 3, value(codes.cohenKappa().orElseThrow()), 1e-12);
		assertEquals(32.0 / 46, value(codes.alpha()), 1e-12);
		assertEquals(0.0, value(report.codesAt().byCode().get("economy-jobs").cohenKappa().orElseThrow()), 1e-12);
		assertEquals(2, report.levels().size());
		SentenceAgreement.LevelFigures top = report.levels().get(0);
		assertEquals(Set.of("economy", "environment"), top.byCode().keySet());
		assertEquals(1.0, value(top.pooled().percent()), 1e-12);
		assertEquals(1.0, value(top.pooled().alpha()), 1e-12);
		assertEquals(value(codes.alpha()), value(report.levels().get(1).pooled().alpha()), 1e-12,
				"the deepest level is the codes themselves");

		String text = SentenceAgreementText.format(report);
		assertTrue(text.contains("4 sentences in 1 document;") && text.contains("Sentences at level 1"), text);
		assertTrue(text.lines().anyMatch(l -> l.startsWith("(all codes)") && l.endsWith("0.6957")), text);
		String json = AgreementReportJson.format(AgreementSelection.read(corpus, List.of(), List.of(), List.of()).compute(),
				List.of(), java.util.Optional.of(report), "t");
		assertTrue(json.contains("\"sentenceUnits\":{\"rule\":") && json.contains("\"units\":4"), json);
	}

	@Test
	void theCoveringRuleNeedsMoreThanHalfAndAHandJoinedSentenceIsOneUnit() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("j"), "join", Schema.defaultSchema());
		Document d = Document.of("d", "Two", "Seoul and Beijing agreed. Trade will grow.");
		corpus.addDocument(d);
		SentenceUnits units = SentenceUnits.of(d.text());
		List<SentenceCoding.Coded> coded = SentenceCoding.code(units,
				Tagger.on(d, "a").tag("claim", "Seoul and Beijing agreed.").tag("statistic", "Trade").set().annotations(),
				Set.of("claim", "statistic"));
		assertEquals(List.of("claim", SentenceCoding.NONE), coded.stream().map(SentenceCoding.Coded::value).toList());

		CorpusUnits.save(corpus, "d", units.joinWithNext(0).orElseThrow());
		corpus.saveSet(Tagger.on(d, "ana").tag("claim", "Seoul and Beijing agreed. Trade").set());
		corpus.saveSet(Tagger.on(d, "ben").tag("statistic", "Seoul and Beijing agreed.").set());
		SentenceAgreement.Report report = SentenceAgreement.compute(corpus, List.of(), List.of(), List.of());
		assertEquals(1, report.codesAt().pooled().units(), "the joined sentence is one unit for both");
		assertEquals(0.0, value(report.codesAt().pooled().percent()), 1e-12,
				"ana's claim covers 31 of 42 characters, ben's statistic 25: claim against statistic");
	}
}
