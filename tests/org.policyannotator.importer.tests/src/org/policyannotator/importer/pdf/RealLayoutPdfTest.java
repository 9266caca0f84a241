package org.policyannotator.importer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.ImportResult;

/**
 * Papers laid out the way real policy briefs are (no real PDF can be fetched from the build machines, so the tests
 * write them, habits of desktop publishing included): see {@link BriefLayout}.
 */
class RealLayoutPdfTest {
	private static final String PDFA_XMP = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
			+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
			+ "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" pdfaid:part=\"2\" "
			+ "pdfaid:conformance=\"B\"/>"
			+ "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
			+ "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Rethinking export controls</rdf:li></rdf:Alt></dc:title>"
			+ "<dc:creator><rdf:Seq><rdf:li>Mira Okafor</rdf:li></rdf:Seq></dc:creator></rdf:Description>"
			+ "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
			+ "<xmp:CreateDate>2025-06-12T09:30:00+02:00</xmp:CreateDate></rdf:Description>"
			+ "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";

	private static ImportResult read(BriefLayout brief) throws Exception {
		return new ArticleImporter().importBytes(brief.build(), "brief.pdf");
	}

	@Test
	void aTwoColumnBriefUnderAFullWidthTitleReadsAsItsSourceTextBlockByBlock() throws Exception {
		BriefLayout brief = PolicyBriefs.exportControls();
		ImportResult r = read(brief);
		assertEquals(String.join("\n\n", brief.expected), r.text());
	}

	@Test
	void runningHeadersWithThePageNumberOnTheOuterEdgeLeaveTheTextAlsoOnALandscapePage() throws Exception {
		BriefLayout brief = PolicyBriefs.exportControls();
		ImportResult r = read(brief);
		for (String block : r.text().split("\n\n")) {
			assertFalse(brief.furniture.contains(block.replaceAll("^\\d+ | \\d+$", "")), block);
		}
		assertFalse(r.text().matches("(?s).*\\n\\d{1,2}\\n.*"), "a page number stands alone in the text");
	}

	@Test
	void ligaturesAreSpelledOutAndSoftHyphensJoinTheirWord() throws Exception {
		ImportResult r = read(PolicyBriefs.exportControls());
		assertTrue(r.text().contains("The flexibility this gives regulators comes at a price: firms cannot know"));
		assertTrue(r.text().chars().noneMatch(c -> c == '\u00AD' || c >= '\uFB00' && c <= '\uFB4F'));
	}

	@Test
	void raisedNoteMarksBecomeBracketedNumbersThatMatchTheFootnotes() throws Exception {
		ImportResult r = read(PolicyBriefs.exportControls());
		assertTrue(r.text().contains("kept them in step.[1] That consensus"));
		assertTrue(r.text().contains("\n\n[1] Wassenaar Arrangement, Public Documents, Vol. I, 2023 edition."));
		assertTrue(r.text().endsWith("[3] See the Council's conclusions on economic security of 14 May 2025."));
	}

	@Test
	void eachTableRowIsALineOfItsOwnWithItsCellsInOrder() throws Exception {
		ImportResult r = read(PolicyBriefs.exportControls());
		assertTrue(r.text().contains("\n\nJurisdiction Items Since\n\nUnited States 1,240 2018\n\nEuropean Union 980 2021\n\n"));
		assertTrue(r.text().contains("\n\nSemiconductors 1,120 1,860 2,430 +117%\n\nAerospace 640 700 720 +13%\n\n"));
	}

	@Test
	void everyPageStartsAtItsFirstWordAlsoAfterALandscapePage() throws Exception {
		BriefLayout brief = PolicyBriefs.exportControls();
		ImportResult r = read(brief);
		List<Integer> starts = r.pageStarts();
		assertEquals(brief.firstWords.size(), starts.size());
		for (int p = 0; p < starts.size(); p++) {
			assertTrue(r.text().startsWith(brief.firstWords.get(p), starts.get(p)),
					"page " + (p + 1) + " starts at '" + r.text().substring(starts.get(p), starts.get(p) + 20) + "'");
		}
	}

	@Test
	void aPdfaBriefTakesTitleAuthorAndDateFromXmpWhenTheDocumentInformationHoldsAFileAndAnAccountName()
			throws Exception {
		BriefLayout brief = PolicyBriefs.exportControls().metadata("Microsoft Word - PB07_final_v3.docx",
				"Administrator", PDFA_XMP);
		ImportResult r = read(brief);
		assertEquals(Optional.of("Rethinking export controls"), r.metadata().title());
		assertEquals(Optional.of("Mira Okafor"), r.metadata().byline());
		assertEquals(Optional.of("2025-06-12"), r.metadata().published().map(d -> d.substring(0, 10)));
	}

	@Test
	void aChineseNoticeInAType3FontReadsAsItsParagraphsWithoutSpacesHeaderOrPageNumbers() throws Exception {
		ChineseNotice notice = new ChineseNotice();
		ImportResult r = new ArticleImporter().importBytes(notice.build(7), "notice.pdf");
		assertEquals(String.join("\n\n", notice.expected), r.text());
		assertEquals(Optional.of(ChineseNotice.TITLE), r.metadata().title());
		assertEquals(4, r.pageStarts().size());
		for (int p = 1; p < 4; p++) {
			assertTrue(r.pageStarts().get(p) > r.pageStarts().get(p - 1), "page " + (p + 1) + " starts after page " + p);
		}
	}
}
