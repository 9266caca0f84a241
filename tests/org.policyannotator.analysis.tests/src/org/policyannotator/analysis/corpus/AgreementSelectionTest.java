package org.policyannotator.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.analysis.SampleTexts;
import org.policyannotator.analysis.Tagger;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** Reading what to compare from a corpus on disk: annotators, documents annotated by all, types. */
class AgreementSelectionTest {
	@TempDir
	Path dir;

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "sample", Schema.defaultSchema());
		Document d0 = SampleTexts.document("d0", "000");
		Document d3 = SampleTexts.document("d3", "003");
		Document d4 = SampleTexts.document("d4", "004");
		corpus.addDocument(d0);
		corpus.addDocument(d3);
		corpus.addDocument(d4);
		corpus.saveSet(Tagger.on(d0, "ana").tag("speaker", "Chen Xin").tag("claim", "China and South Korea bear an"
				+ " increasing responsibility to maintain regional peace").set());
		corpus.saveSet(Tagger.on(d0, "ben").tag("speaker", "Chen Xin").set());
		corpus.saveSet(Tagger.on(d0, "cy").tag("speaker", "Piao Guanghai").set());
		corpus.saveSet(Tagger.on(d4, "ana").tag("statistic", "approximately 200").set());
		corpus.saveSet(Tagger.on(d4, "ben").set());
		return corpus;
	}

	@Test
	void documentsWithoutASetOfEveryChosenAnnotatorAreSkippedAndNamed() throws Exception {
		AgreementSelection selection = AgreementSelection.read(corpus(), List.of("ben", "ana"), List.of(), List.of());
		assertEquals(List.of("ana", "ben"), selection.annotators());
		assertEquals(List.of("d0", "d4"), selection.documents().stream().map(AnnotatedDocument::id).toList());
		assertEquals(List.of(new SkippedDocument("d3", List.of("ana", "ben"))), selection.skipped());
	}

	@Test
	void byDefaultEveryAnnotatorIsComparedSoOnlyDocumentsAllAnnotatedCount() throws Exception {
		AgreementSelection selection = AgreementSelection.read(corpus(), List.of(), List.of(), List.of());
		assertEquals(List.of("ana", "ben", "cy"), selection.annotators());
		assertEquals(List.of("d0"), selection.documents().stream().map(AnnotatedDocument::id).toList());
		assertEquals(List.of(new SkippedDocument("d3", List.of("ana", "ben", "cy")),
				new SkippedDocument("d4", List.of("cy"))), selection.skipped());
		CorpusAgreementReport report = selection.compute();
		assertEquals(3, report.pairs().size());
		assertEquals(2, report.skipped().size());
	}

	@Test
	void typesDefaultToTheUsedOnesInSchemaOrder() throws Exception {
		Corpus corpus = corpus();
		AgreementSelection selection = AgreementSelection.read(corpus, List.of("ana", "ben"), List.of(), List.of());
		assertEquals(List.of("claim", "statistic", "speaker"), selection.types());
		AgreementSelection chosen = AgreementSelection.read(corpus, List.of("ana", "ben"), List.of("speaker"),
				List.of("d0"));
		assertEquals(List.of("speaker"), chosen.types());
		assertEquals(1, chosen.documents().size());
		assertEquals(1.0, chosen.compute().overall().allTypes().tokenKappa().get().value().getAsDouble(), 1e-12);
	}

	@Test
	void unknownAnnotatorOrDocumentIsRefusedWithItsName() throws Exception {
		Corpus corpus = corpus();
		IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
				() -> AgreementSelection.read(corpus, List.of("ana", "zoe"), List.of(), List.of()));
		assertTrue(a.getMessage().contains("zoe") && a.getMessage().contains("ana, ben, cy"), a.getMessage());
		IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
				() -> AgreementSelection.read(corpus, List.of(), List.of(), List.of("d9")));
		assertTrue(d.getMessage().contains("d9"), d.getMessage());
	}

	@Test
	void textAndJsonReportsCarryTheSameFigures() throws Exception {
		CorpusAgreementReport report = AgreementSelection.read(corpus(), List.of("ana", "ben"), List.of(), List.of())
				.compute();
		String text = AgreementReportText.format(report, "corpus c");
		String json = AgreementReportJson.format(report, "corpus c");
		double kappa = report.overall().allTypes().tokenKappa().get().value().getAsDouble();
		assertTrue(text.contains(String.format(java.util.Locale.ROOT, "%.4f", kappa)), text);
		assertTrue(json.contains("\"tokenKappa\":{\"value\":" + kappa), json);
		assertTrue(text.contains("skipped d3: no set from ana, ben"), text);
		assertTrue(text.contains("n/a ["), "claim of d4 has no annotations: " + text);
		assertTrue(json.contains("\"value\":null,\"undefinedReason\":"), json);
		assertTrue(!text.contains("NaN") && !json.contains("NaN"));
	}
}
