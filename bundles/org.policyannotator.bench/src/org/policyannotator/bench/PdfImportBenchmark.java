package org.policyannotator.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.policyannotator.importer.ArticleImporter;
import org.policyannotator.importer.ImportException;

/**
 * The PDF part of {@code bench import}: writes two-column policy papers (running header, page number, about 900
 * words a page) with PDFBox and extracts them from memory. Prints pages per second; asserts nothing.
 */
final class PdfImportBenchmark {
	private static final String[] WORDS = ("the of and to in exports rose percent tariff schedules committee "
			+ "recommends internationalisation supply chains secretariat implementation telecommunications regulation "
			+ "verification mechanism member states economy bilateral strategic framework").split(" ");
	private static final int PAGES_PER_PAPER = 20;

	private PdfImportBenchmark() {
	}

	static void run(int pages, PrintStream out, Figures figures) throws IOException, ImportException {
		java.util.logging.Logger quiet = java.util.logging.Logger.getLogger("org.apache.pdfbox");
		quiet.setLevel(java.util.logging.Level.SEVERE); // font substitution warnings while writing the papers
		Random random = new Random(20261203L);
		List<byte[]> papers = new ArrayList<>();
		for (int p = 0; p < Math.max(1, pages / PAGES_PER_PAPER); p++) {
			papers.add(paper(random));
		}
		int total = papers.size() * PAGES_PER_PAPER;
		ArticleImporter importer = new ArticleImporter();
		importer.importBytes(papers.get(0), "warmup.pdf");
		long start = System.nanoTime();
		long chars = 0;
		for (int i = 0; i < papers.size(); i++) {
			chars += importer.importBytes(papers.get(i), "paper-" + i + ".pdf").text().length();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		figures.record("pdf-page", total, seconds * 1000 / total, null, Double.NaN);
		out.printf(Locale.ROOT, "PDF: extracted %d two-column pages (%d papers, %d characters) in %.2f s: %.0f pages/s%n",
				total, papers.size(), chars, seconds, total / seconds);
		quiet.fine("bench done");
	}

	private static byte[] paper(Random random) throws IOException {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
		try (PDDocument doc = new PDDocument()) {
			for (int p = 1; p <= PAGES_PER_PAPER; p++) {
				PDPage page = new PDPage();
				doc.addPage(page);
				try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
					line(s, font, 9, 72, 750, "Journal of Regional Trade Policy, Vol. 12");
					for (int column = 0; column < 2; column++) {
						for (int row = 0; row < 44; row++) {
							line(s, font, 11, 72 + column * 246f, 700 - row * 14f, words(random, 7));
						}
					}
					line(s, font, 9, 300, 40, String.valueOf(p));
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			doc.save(bytes);
			return bytes.toByteArray();
		}
	}

	private static String words(Random random, int n) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return sb.append('.').toString();
	}

	private static void line(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		s.beginText();
		s.setFont(font, size);
		s.newLineAtOffset(x, y);
		s.showText(text);
		s.endText();
	}
}
