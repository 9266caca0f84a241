package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.DocumentCodes;

/**
 * Document-level codes go out in our dataset format and in REFI-QDA as codings of the whole source, and come back
 * from both.
 */
class DocumentCodesExportTest {
	@TempDir
	Path dir;

	private Corpus corpus() throws Exception {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "China and Korea");
		DocumentCodes.set(corpus, "ana", Map.of(TestCorpus.MULTILINGUAL, List.of("claim", "quote")));
		return corpus;
	}

	/** Exports the corpus in {@code format} and imports the file into a new corpus with the same codebook. */
	private Corpus roundTrip(Corpus corpus, ExportFormat format, String name) throws Exception {
		Path file = dir.resolve(name);
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), format, file, ExportProgress.NONE);
		Corpus back = Corpus.create(dir.resolve("back-" + name), "back", corpus.schema());
		ImportReport report = AnnotationImporter.importFile(file, ImportOptions.defaults(), back, ExportProgress.NONE);
		assertEquals(DocumentCodes.all(corpus).values().stream().mapToInt(Map::size).sum(), report.coded(),
				report.summary());
		assertTrue(report.summary().contains("document codes given to"), report.summary());
		return back;
	}

	@Test
	void everyAnnotatorsDocumentCodesComeBackFromOurDatasetAndFromARefiProject() throws Exception {
		Corpus corpus = corpus();
		// ben codes a document he has no passages on: only his document code carries him there
		String unannotatedByBen = corpus.documentIds().stream().filter(id -> id.startsWith("003")).findFirst()
				.orElseThrow();
		DocumentCodes.set(corpus, "ben", Map.of(unannotatedByBen, List.of("proposal"), TestCorpus.MULTILINGUAL,
				List.of("statistic")));
		Map<ExportFormat, String> files = Map.of(ExportFormat.NATIVE, "out.json", ExportFormat.JSONL, "out.jsonl",
				ExportFormat.REFI_QDA, "out.qdpx");
		for (Map.Entry<ExportFormat, String> file : files.entrySet()) {
			ExportFormat format = file.getKey();
			Corpus back = roundTrip(corpus, format, file.getValue());
			assertEquals(DocumentCodes.all(corpus), DocumentCodes.all(back), format + " keeps them");
			assertEquals(List.of("claim", "quote"), DocumentCodes.of(back, "ana", TestCorpus.MULTILINGUAL));
		}
	}

	@Test
	void aDocumentCodeTheCodebookLacksStopsTheImportAndNamesTheCode() throws Exception {
		Corpus corpus = corpus();
		Path file = dir.resolve("out.json");
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.NATIVE, file, ExportProgress.NONE);
		String json = Files.readString(file);
		String changed = json.replaceFirst("(\"documentCodes\"\\s*:\\s*\\{\\s*\"ana\"\\s*:\\s*\\[\\s*\"claim\"\\s*,\\s*)"
				+ "\"quote\"", "$1\"topic-x\"");
		assertNotEquals(json, changed);
		Files.writeString(file, changed);
		Corpus back = Corpus.create(dir.resolve("back"), "back", corpus.schema());
		ImportException e = assertThrows(ImportException.class, () -> AnnotationImporter.importFile(file,
				ImportOptions.defaults(), back, ExportProgress.NONE));
		assertTrue(e.getMessage().contains("document code of ana") && e.getMessage().contains("\"topic-x\""),
				e.getMessage());
		assertTrue(DocumentCodes.annotators(back).isEmpty(), "nothing written");
		assertTrue(back.documentIds().isEmpty(), "nothing written");
	}

	@Test
	void ourDatasetCarriesEachAnnotatorsDocumentCodes() throws Exception {
		Corpus corpus = corpus();
		Path out = dir.resolve("out.json");
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.NATIVE, out, ExportProgress.NONE);
		String json = Files.readString(out).replaceAll("\\s+", "");
		assertTrue(json.contains("\"documentCodes\":{\"ana\":[\"claim\",\"quote\"]}"), json);
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all().withAnnotators(java.util.Set.of("ben"))),
				ExportFormat.NATIVE, out, ExportProgress.NONE);
		assertFalse(Files.readString(out).contains("documentCodes"), "only the chosen annotators' codes");
	}

	@Test
	void aRefiProjectCodesTheWholeSourceAndStaysValid() throws Exception {
		Corpus corpus = corpus();
		Path qdpx = dir.resolve("project.qdpx");
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.REFI_QDA, qdpx,
				ExportProgress.NONE);
		try (ZipFile zip = new ZipFile(qdpx.toFile())) {
			byte[] project = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
			SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
					.newSchema(Fixtures.refiQdaProjectSchema().toFile()).newValidator()
					.validate(new StreamSource(new ByteArrayInputStream(project)));
			String xml = new String(project, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
			String source = xml.substring(xml.indexOf("name=\"" + TestCorpus.MULTILINGUAL + "\""));
			source = source.substring(0, source.indexOf("</TextSource>"));
			int lastSelection = source.lastIndexOf("</PlainTextSelection>");
			String whole = source.substring(Math.max(0, lastSelection));
			assertTrue(whole.contains("<Coding guid=") && whole.contains("<CodeRef targetGUID="), source);
			assertTrue(whole.indexOf("<Coding ") != whole.lastIndexOf("<Coding "), "one coding per code: " + whole);
		}
	}
}
