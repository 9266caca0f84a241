package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.Subcommand;
import org.policyannotator.app.cli.CommandContext;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** extract and import read PDF papers: clean text, page starts, and clear refusals. */
class PdfCommandsTest {
	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Subcommand command, String... args) throws Exception {
		return command.run(List.of(args), new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), temp));
	}

	/** Three pages, one paragraph each, a running header and a page number in the footer; or only drawings. */
	private Path paper(String name, boolean text) throws Exception {
		Path file = temp.resolve(name);
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
		try (PDDocument doc = new PDDocument()) {
			for (int p = 1; p <= 3; p++) {
				PDPage page = new PDPage();
				doc.addPage(page);
				try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
					if (!text) {
						s.addRect(72, 72, 300, 400);
						s.fill();
						continue;
					}
					line(s, font, 9, 750, "Ministry of Trade - Policy Brief 7");
					line(s, font, 11, 680, "Paragraph on page " + p + " about export controls.");
					line(s, font, 9, 40, String.valueOf(p));
				}
			}
			doc.save(file.toFile());
		}
		return file;
	}

	private static void line(PDPageContentStream s, PDType1Font font, float size, float y, String text) throws Exception {
		s.beginText();
		s.setFont(font, size);
		s.newLineAtOffset(72, y);
		s.showText(text);
		s.endText();
	}

	@Test
	void extractPrintsThePaperWithoutHeaderAndPageNumbersAndItsPageStarts() throws Exception {
		paper("brief.pdf", true);
		assertEquals(ExitCodes.OK, run(new ExtractCommand(), "brief.pdf", "--json"), err.toString());
		String json = out.toString().replaceAll("\\s*([\\[\\],:])\\s*", "$1");
		assertTrue(json.contains("\"text\":\"Paragraph on page 1 about export controls.\\n\\nParagraph on page 2"), json);
		assertFalse(json.contains("Ministry of Trade"), json);
		assertTrue(json.contains("\"pageStarts\":[0,44,88]"), json);
		assertTrue(json.contains("\"format\":\"PDF\""), json);
	}

	@Test
	void importAddsAPdfOfAFolderAsADocument() throws Exception {
		Corpus corpus = Corpus.create(temp.resolve("c"), "Test", Schema.defaultSchema());
		paper("brief.pdf", true);
		assertEquals(ExitCodes.OK, run(new ImportCommand(), temp.toString(), "--corpus", "c"), err.toString());
		assertEquals(1, corpus.documentIds().size());
	}

	@Test
	void aScannedPdfFailsNamingTheFileAndAddsNothing() throws Exception {
		Corpus corpus = Corpus.create(temp.resolve("c"), "Test", Schema.defaultSchema());
		Path scan = paper("scan.pdf", false);
		assertEquals(ExitCodes.FAILED, run(new ImportCommand(), scan.toString(), "--corpus", "c"));
		assertTrue(err.toString().contains("scan.pdf") && err.toString().contains("no text layer"), err.toString());
		assertEquals(0, corpus.documentIds().size());
	}
}
