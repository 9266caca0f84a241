package org.policyannotator.importer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.ImportResult;

/**
 * A paper with a cover (a short name set apart over a subtitle that runs over two lines, all in the largest type) and
 * a table of contents whose entries end in dot leaders and page numbers: the title is "Name: subtitle" and each entry
 * keeps its words without leader and number.
 */
class CoverAndContentsPdfTest {
	private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private static final PDFont ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
	private static final String[] BODY = {
			"Container ships at berth run their engines to power cranes, lights and refrigerated boxes, and the",
			"fumes settle on the neighbourhoods around the port. Shore power lets them draw electricity from the",
			"grid instead, and the ports of the region have agreed to offer it at every major berth by 2030." };

	private static byte[] paper() throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			RawPage cover = new RawPage(doc, PDRectangle.LETTER, false);
			cover.text(BOLD, 28, 72, 160, "Clean Ports");
			cover.text(BOLD, 28, 72, 240, "Shore power for container");
			cover.text(BOLD, 28, 72, 274, "berths in the Pacific");
			cover.text(ROMAN, 12, 72, 330, "Policy Brief No. 12, March 2025");
			cover.finish();
			RawPage contents = new RawPage(doc, PDRectangle.LETTER, false);
			contents.text(BOLD, 16, 72, 100, "Contents");
			contents.text(ROMAN, 11, 72, 140, "1 Introduction ........................................................................ 3");
			contents.text(ROMAN, 11, 72, 160, "2 The case for shore power .................................................... 3");
			contents.text(ROMAN, 11, 72, 180, "2.1 Costs and who pays them ................................................ iv");
			contents.finish();
			RawPage body = new RawPage(doc, PDRectangle.LETTER, false);
			body.text(BOLD, 16, 72, 100, "1 Introduction");
			for (int i = 0; i < BODY.length; i++) {
				body.text(ROMAN, 11, 72, 130 + 14 * i, BODY[i]);
			}
			body.finish();
			doc.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void theCoversNameAndSubtitleMakeTheTitleAndContentsEntriesLoseTheirLeadersAndPageNumbers() throws Exception {
		ImportResult r = new ArticleImporter().importBytes(paper(), "brief.pdf");
		assertEquals(Optional.of("Clean Ports: Shore power for container berths in the Pacific"), r.metadata().title());
		List<String> paragraphs = Arrays.asList(r.text().split("\n\n"));
		assertTrue(paragraphs.containsAll(List.of("1 Introduction", "2 The case for shore power", "2.1 Costs and who pays them")),
				r.text());
		assertFalse(r.text().contains("...."), r.text());
		assertTrue(paragraphs.contains(String.join(" ", BODY)), r.text());
		assertEquals(3, r.pageStarts().size());
	}
}
