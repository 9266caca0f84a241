package org.policyannotator.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.importer.CorpusImporter;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.corpus.CorpusRegistry;

/**
 * The Import Articles wizard on what people save from the web and from report sites: a page whose charset is not
 * the one it declares (the summary names the file and says so), a PDF paper (a document that knows its pages), and
 * pages all named {@code source.html} (each gets an id of its own from its title).
 */
class ImportSummaryTest {
	@TempDir
	Path temp;

	@Test
	void theSummaryNamesEachFileWithItsWarningsAndAPdfKeepsItsPages() throws Exception {
		Path corpusFolder = temp.resolve("corpus");
		Corpus.create(corpusFolder, "Imported", Schema.defaultSchema());
		CorpusRegistry.getDefault().add(corpusFolder);
		Path in = Files.createDirectories(temp.resolve("saved"));
		Files.write(in.resolve("ministry.html"), ("<html><head><meta charset=\"windows-1252\"><title>Écoles rénovées</title>"
				+ "</head><body><article><h1>Écoles rénovées</h1><p>Le ministère rénovera 120 écoles d’ici à 2027, a-t-il"
				+ " annoncé lundi.</p><p>Le coût est estimé à 900 millions d’euros.</p></article></body></html>")
				.getBytes(StandardCharsets.UTF_8));
		Files.write(in.resolve("paper.pdf"), twoPagePdf());
		try {
			ImportArticlesWizard wizard = new ImportArticlesWizard();
			wizard.preset(List.of(in), corpusFolder);

			CorpusImporter.Summary summary = wizard.runImport((fork, cancelable, runnable) -> runnable.run(new NullProgressMonitor()));

			assertEquals(2, summary.added().size(), summary.toString());
			assertTrue(ImportSummaryDialog.headline(summary).contains("Imported 2 (1 with warnings)"),
					ImportSummaryDialog.headline(summary));
			String details = ImportSummaryDialog.details(summary);
			assertTrue(details.contains("ministry.html -> Écoles rénovées\n  WARNING the page declares windows-1252 but is UTF-8"),
					details);
			assertFalse(details.contains("paper.pdf -> Grid Storage Brief\n  WARNING"), details);
			Corpus corpus = CorpusRegistry.getDefault().corpus(corpusFolder);
			String pdfId = summary.added().stream().filter(a -> a.file().toString().endsWith(".pdf")).findFirst()
					.orElseThrow().documentId();
			Document paper = corpus.loadDocument(pdfId);
			assertEquals(2, paper.details().pageStarts().size(), "where each of the two pages starts");
			assertTrue(paper.text().substring(paper.details().pageStarts().get(1)).startsWith("Second page"), paper.text());
		} finally {
			CorpusRegistry.getDefault().remove(corpusFolder);
		}
	}

	@Test
	void pagesAllNamedSourceHtmlGetReadableIdsOfTheirOwn() throws Exception {
		Path corpusFolder = temp.resolve("corpus2");
		Corpus.create(corpusFolder, "Imported", Schema.defaultSchema());
		CorpusRegistry.getDefault().add(corpusFolder);
		List<Path> sources = new java.util.ArrayList<>();
		String[] titles = { "Budget talks resume in parliament", "Rail strike called off", "Bundestag beschließt Haushalt" };
		for (int i = 0; i < titles.length; i++) {
			Path dir = Files.createDirectories(temp.resolve("download " + i));
			Files.writeString(dir.resolve("source.html"), "<html><head><title>" + titles[i] + "</title></head><body><article>"
					+ "<h1>" + titles[i] + "</h1><p>Paragraph number " + i + " of a saved page, long enough to count as an article"
					+ " text for the importer and its rules.</p><p>A second sentence closes it.</p></article></body></html>");
			sources.add(dir.resolve("source.html"));
		}
		try {
			ImportArticlesWizard wizard = new ImportArticlesWizard();
			wizard.preset(sources, corpusFolder);

			CorpusImporter.Summary summary = wizard.runImport((fork, cancelable, runnable) -> runnable.run(new NullProgressMonitor()));

			assertEquals(Set.of("budget-talks-resume-in-parliament", "rail-strike-called-off", "bundestag-beschliesst-haushalt"),
					summary.added().stream().map(CorpusImporter.Outcome.Added::documentId).collect(Collectors.toSet()));
		} finally {
			CorpusRegistry.getDefault().remove(corpusFolder);
		}
	}

	/** A PDF of two pages with one line of text each, written by hand (the xref offsets counted). */
	private static byte[] twoPagePdf() {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>",
				stream("BT /F1 12 Tf 72 720 Td (First page of the storage brief, with a sentence that ends here.) Tj ET"),
				stream("BT /F1 12 Tf 72 720 Td (Second page goes on with the costs of grid storage.) Tj ET"),
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Info << /Title (Grid Storage Brief) >> >>\n")
				.append("startxref\n").append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String stream(String content) {
		return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
	}
}
