package org.policyannotator.importer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.BlockKind;
import org.policyannotator.importer.ImportException;
import org.policyannotator.importer.ImportProblem;
import org.policyannotator.importer.ImportResult;
import org.policyannotator.importer.SourceFormat;

/** PDFs written by the tests in the layouts policy papers come in, read back as clean paragraphs. */
class PdfImportTest {
	static final String[] PROSE = {
			"The committee recommends that the internationalisation of supply chains be reviewed every two years, "
					+ "with particular attention to semiconductors, pharmaceutical ingredients and rare earth elements.",
			"Tariff schedules negotiated under the Asia-Pacific framework have lowered average duties on industrial "
					+ "goods from 7.4 per cent to 2.1 per cent since 2015, according to the secretariat's estimates.",
			"Implementation will require coordinated telecommunications regulation, an independent verification "
					+ "mechanism and a dispute settlement procedure that member states can trust.",
			"Critics argue that the proposal underestimates the administrative burden on small and medium-sized "
					+ "enterprises, which account for more than half of cross-border trade in the region.",
			"The secretariat shall publish a progress report within eighteen months, including comparable indicators "
					+ "for every participating economy and a summary of the consultations held with industry." };

	static PdfMaker paper(int columns, int paragraphs) {
		PdfMaker pdf = new PdfMaker().columns(columns).header("Journal of Regional Trade Policy, Vol. 12")
				.footer("Page %d of %d");
		pdf.heading("Reviewing regional supply chains");
		for (int i = 0; i < paragraphs; i++) {
			pdf.paragraph("(" + (i + 1) + ") " + PROSE[i % PROSE.length]);
			if (i % 7 == 3) {
				pdf.heading("Section " + (i / 7 + 2) + ": findings and recommendations");
			}
		}
		return pdf;
	}

	private static ImportResult read(byte[] bytes, String name) throws ImportException {
		return new ArticleImporter().importBytes(bytes, name);
	}

	@Test
	void oneColumnPaperReadsAsItsParagraphsWithoutHeadersFootersOrPageNumbers() throws Exception {
		PdfMaker pdf = paper(1, 40);
		ImportResult r = read(pdf.build(), "paper.pdf");
		assertEquals(pdf.expectedText(), r.text());
		assertFalse(r.text().contains("Journal of Regional Trade Policy"));
		assertFalse(r.text().contains("Page 2 of"));
		assertEquals(SourceFormat.PDF, r.provenance().format());
	}

	@Test
	void twoColumnPaperReadsColumnByColumn() throws Exception {
		PdfMaker pdf = paper(2, 40);
		ImportResult r = read(pdf.build(), "two-columns.pdf");
		assertEquals(pdf.expectedText(), r.text());
	}

	@Test
	void wordsHyphenatedAtLineEndsAreJoinedAndCompoundsKeepTheirHyphen() throws Exception {
		PdfMaker pdf = paper(2, 20);
		ImportResult r = read(pdf.build(), "hyphens.pdf");
		assertTrue(r.text().contains("internationalisation"), r.text());
		assertTrue(r.text().contains("telecommunications"), r.text());
		assertTrue(r.text().contains("Asia-Pacific"), r.text());
		assertTrue(r.text().contains("medium-sized"), r.text());
	}

	@Test
	void headingsAreHeadingBlocksAndTheFirstIsTheTitleWithoutDocumentInformation() throws Exception {
		ImportResult r = read(paper(1, 10).build(), "untitled.pdf");
		assertEquals(Optional.of("Reviewing regional supply chains"), r.metadata().title());
		assertEquals(BlockKind.HEADING, r.blocks().get(0).kind());
		assertEquals(BlockKind.PARAGRAPH, r.blocks().get(1).kind());
	}

	@Test
	void titleAndAuthorComeFromTheDocumentInformation() throws Exception {
		ImportResult r = read(paper(1, 3).info("Supply Chain Review 2026", "Trade Policy Unit").build(), "x.pdf");
		assertEquals(Optional.of("Supply Chain Review 2026"), r.metadata().title());
		assertEquals(Optional.of("Trade Policy Unit"), r.metadata().byline());
	}

	@Test
	void footnotesFollowTheBodyMarkedWithTheirNumbers() throws Exception {
		PdfMaker pdf = paper(1, 12);
		pdf.paragraph("Duties fell fastest on machinery, the report finds.");
		pdf.footnote("Secretariat estimates, tariff database, 2025 edition.");
		for (int i = 0; i < 30; i++) {
			pdf.paragraph(PROSE[i % PROSE.length]);
		}
		pdf.footnote("Consultation summary, annex B.");
		ImportResult r = read(pdf.build(), "notes.pdf");
		assertEquals(pdf.expectedText(), r.text());
		assertTrue(r.text().endsWith("[1] Secretariat estimates, tariff database, 2025 edition.\n\n"
				+ "[2] Consultation summary, annex B."), r.text());
		List<BlockKind> kinds = r.blocks().stream().map(b -> b.kind()).toList();
		assertEquals(BlockKind.FOOTNOTE, kinds.get(kinds.size() - 1));
		assertEquals(BlockKind.FOOTNOTE, kinds.get(kinds.size() - 2));
	}

	@Test
	void everyPageStartIsKnownAndPointsAtThatPagesFirstWord() throws Exception {
		for (int columns = 1; columns <= 2; columns++) {
			PdfMaker pdf = paper(columns, 40);
			ImportResult r = read(pdf.build(), "pages.pdf");
			assertEquals(pdf.firstWordOfPage.size(), r.pageStarts().size());
			assertTrue(r.pageStarts().size() >= 3, "pages: " + r.pageStarts().size());
			assertEquals(0, r.pageStarts().get(0));
			for (int page = 0; page < r.pageStarts().size(); page++) {
				String first = pdf.firstWordOfPage.get(page).replace("-", "");
				assertTrue(r.text().startsWith(first, r.pageStarts().get(page)),
						"page " + (page + 1) + " should start with " + first + ": "
								+ r.text().substring(r.pageStarts().get(page), r.pageStarts().get(page) + 30));
			}
		}
	}

	@Test
	void aPdfFileIsImportedByItsContentWhateverItsName(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("download");
		Files.write(file, paper(1, 3).build());
		ImportResult r = new ArticleImporter().importFile(file);
		assertEquals(SourceFormat.PDF, r.provenance().format());
		assertTrue(r.text().startsWith("Reviewing regional supply chains\n\n(1) The committee"), r.text());
	}

	@Test
	void anEncryptedPdfIsRefusedNamingTheFileAndThePassword() {
		byte[] bytes = paper(1, 3).password("secret").build();
		ImportException e = assertThrows(ImportException.class, () -> read(bytes, "locked.pdf"));
		assertEquals(ImportProblem.UNREADABLE, e.problem());
		assertTrue(e.getMessage().startsWith("locked.pdf"), e.getMessage());
		assertTrue(e.getMessage().contains("password"), e.getMessage());
	}

	@Test
	void aScannedPdfWithoutTextLayerIsRefusedSayingSo() {
		byte[] bytes = paper(1, 20).scanned().build();
		ImportException e = assertThrows(ImportException.class, () -> read(bytes, "scan.pdf"));
		assertEquals(ImportProblem.NO_TEXT, e.problem());
		assertTrue(e.getMessage().startsWith("scan.pdf"), e.getMessage());
		assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
	}

	@Test
	void aTruncatedPdfIsRefusedNamingTheFile() throws IOException {
		byte[] whole = paper(1, 5).build();
		byte[] half = java.util.Arrays.copyOf(whole, whole.length / 3);
		ImportException e = assertThrows(ImportException.class, () -> read(half, "cut.pdf"));
		assertTrue(e.getMessage().startsWith("cut.pdf"), e.getMessage());
	}
}
