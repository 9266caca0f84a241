package org.policyannotator.importer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.CorpusImporter;
import org.policyannotator.importer.ImportOptions;
import org.policyannotator.importer.ImportResult;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** PDF papers imported into a corpus: the documents know their pages and authors; unreadable PDFs store nothing. */
class PdfCorpusImportTest {
	@TempDir
	Path temp;

	private CorpusImporter.Summary importInto(Corpus corpus, Path... files) throws Exception {
		return new CorpusImporter(corpus, ImportOptions.defaults(), false).importAll(List.of(files), o -> { },
				() -> false);
	}

	@Test
	void aPaperBecomesADocumentThatKnowsWherePagesStartAndWhoWroteIt() throws Exception {
		Corpus corpus = Corpus.create(temp.resolve("c"), "Papers", Schema.defaultSchema());
		PdfMaker pdf = PdfImportTest.paper(2, 40).info("Supply Chain Review 2026", "Trade Policy Unit");
		Path file = temp.resolve("supply-chains.pdf");
		Files.write(file, pdf.build());
		CorpusImporter.Summary summary = importInto(corpus, file);
		assertEquals(1, summary.added().size(), summary.toString());
		Document document = Corpus.open(corpus.directory()).loadDocument("supply-chains");
		assertEquals("Supply Chain Review 2026", document.title());
		assertEquals("Trade Policy Unit", document.details().byline());
		assertEquals(pdf.firstWordOfPage.size(), document.details().pageStarts().size());
		assertTrue(document.details().pageStarts().size() >= 3);
		for (int page = 1; page <= pdf.firstWordOfPage.size(); page++) {
			String first = pdf.firstWordOfPage.get(page - 1).replace("-", "");
			int at = document.details().pageStarts().get(page - 1);
			assertTrue(document.text().startsWith(first, at), "page " + page);
			assertEquals(page, document.pageAt(at));
		}
	}

	@Test
	void scannedAndEncryptedPapersAreReportedByNameAndNothingIsStored() throws Exception {
		Corpus corpus = Corpus.create(temp.resolve("c"), "Papers", Schema.defaultSchema());
		Path scan = temp.resolve("scan.pdf");
		Files.write(scan, PdfImportTest.paper(1, 10).scanned().build());
		Path locked = temp.resolve("locked.pdf");
		Files.write(locked, PdfImportTest.paper(1, 10).password("secret").build());
		CorpusImporter.Summary summary = importInto(corpus, scan, locked);
		assertEquals(2, summary.failed().size(), summary.toString());
		assertTrue(summary.failed().get(0).reason().contains("no text layer"), summary.failed().get(0).reason());
		assertTrue(summary.failed().get(1).reason().contains("password"), summary.failed().get(1).reason());
		assertEquals(List.of(), Corpus.open(corpus.directory()).documentIds());
		try (var left = Files.list(corpus.directory().resolve("documents"))) {
			assertEquals(0, left.count(), "no file of any kind is left in documents/");
		}
	}

	@Test
	void titleAuthorAndDateComeFromXmpWhenTheDocumentInformationHasNone() throws Exception {
		byte[] bytes = PdfImportTest.paper(1, 5).xmp("Regional Trade Outlook", "Asia Policy Forum",
				"2025-11-03T09:00:00Z").build();
		ImportResult r = new ArticleImporter().importBytes(bytes, "outlook.pdf");
		assertEquals(Optional.of("Regional Trade Outlook"), r.metadata().title());
		assertEquals(Optional.of("Asia Policy Forum"), r.metadata().byline());
		assertEquals(Optional.of("2025-11-03"), r.metadata().published());
	}

	@Test
	void paragraphsOfATwoColumnPaperAreTheSourceParagraphsWithoutPageFurniture() throws Exception {
		PdfMaker pdf = PdfImportTest.paper(2, 60);
		ImportResult r = new ArticleImporter().importBytes(pdf.build(), "long.pdf");
		assertEquals(pdf.expectedText().replaceAll("\\s+", " "), r.text().replaceAll("\\s+", " "));
		assertTrue(r.text().lines().noneMatch(l -> l.matches("(?i)page \\d+ of \\d+|journal of regional.*|\\d+")),
				r.text());
	}
}
