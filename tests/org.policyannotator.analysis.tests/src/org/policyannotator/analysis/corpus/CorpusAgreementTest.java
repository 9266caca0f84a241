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
import org.policyannotator.model.corpus.SchemaFiles;

/**
 * {@code agreement --corpus} reads the corpus a few documents at a time and keeps only what the coefficients need;
 * it must report exactly what reading the whole selection into memory reports.
 */
class CorpusAgreementTest {
	@TempDir
	Path dir;

	/**
	 * Five documents under a two-level codebook; the types first met are not in codebook order, one type turns up
	 * only in the last document, and one annotator skips a document.
	 */
	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "topics", SchemaFiles.sample("policy-topics"));
		String[] coders = { "ana", "ben", "cy" };
		for (int d = 0; d < 5; d++) {
			Document document = SampleTexts.document("d" + d, "00" + d);
			corpus.addDocument(document);
			for (int c = 0; c < coders.length; c++) {
				if (d == 2 && c == 2) {
					continue;
				}
				Tagger tagger = Tagger.on(document, coders[c]);
				tagger.range(c == 1 ? "society-media" : "society-exchange", 10, 60 + c * 3);
				tagger.range("diplomacy-summits", 100 + c, 180);
				tagger.range(d % 2 == 0 ? "trade-flows" : "economy-growth", 200, 260 + 10 * c);
				if (d == 4) {
					tagger.range("security-peninsula", 300 + 5 * c, 340);
				}
				corpus.saveSet(tagger.set());
			}
		}
		return corpus;
	}

	@Test
	void reportsWhatTheWholeSelectionInMemoryReports() throws Exception {
		Corpus corpus = corpus();
		for (List<String> types : List.of(List.<String>of(), List.of("trade-flows", "society-exchange", "society-media"))) {
			AgreementSelection selection = AgreementSelection.read(corpus, List.of(), types, List.of());
			CorpusAgreement streamed = CorpusAgreement.read(corpus, List.of(), types, List.of());

			assertEquals(selection.annotators(), streamed.annotators());
			assertEquals(selection.types(), streamed.types());
			assertEquals(selection.documents().size(), streamed.documentCount());
			assertEquals(selection.skipped(), streamed.skipped());
			assertEquals(AgreementReportText.format(selection.compute(), TreeLevels.compute(selection,
					corpus.schema().tree()), "c"), AgreementReportText.format(streamed.report(),
							streamed.levels(corpus.schema().tree()), "c"), "types " + types);
			double inMemory = selection.compute().overall().allTypes().unitizingAlpha().value().getAsDouble();
			double read = streamed.report().overall().allTypes().unitizingAlpha().value().getAsDouble();
			assertEquals(inMemory, read, 1e-12);
			assertEquals(selection.compute().pair("ana", "ben").get().coefficients().tokenAlpha().value().getAsDouble(),
					streamed.report().pair("ana", "ben").get().coefficients().tokenAlpha().value().getAsDouble(), 1e-12);
		}
	}

	@Test
	void typesFoundInTheCorpusAreReportedInCodebookOrderAndTheSkippedDocumentNamed() throws Exception {
		CorpusAgreement streamed = CorpusAgreement.read(corpus(), List.of(), List.of(), List.of());
		assertEquals(List.of("economy-growth", "trade-flows", "diplomacy-summits", "security-peninsula",
				"society-exchange", "society-media"), streamed.types());
		assertEquals(List.of(new SkippedDocument("d2", List.of("cy"))), streamed.skipped());
		assertEquals(4, streamed.documentCount());
		CorpusAgreementReport report = streamed.report();
		assertEquals(List.of("d0", "d1", "d3", "d4"), report.documents());
		assertEquals(0, report.byDocument().get("d0").byType().get("security-peninsula").annotations(),
				"a type met only in a later document has no annotations in earlier ones");
		assertEquals(3, report.byDocument().get("d4").byType().get("security-peninsula").annotations());
		assertTrue(report.overall().allTypes().unitizingAlpha().value().isPresent());
	}

	@Test
	void anUnknownAnnotatorIsRefusedWithItsName() throws Exception {
		Corpus corpus = corpus();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CorpusAgreement.read(corpus, List.of("ana", "zoe"), List.of(), List.of()));
		assertTrue(e.getMessage().contains("zoe"), e.getMessage());
	}
}
