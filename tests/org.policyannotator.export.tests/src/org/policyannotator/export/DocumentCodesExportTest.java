package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.DocumentCodes;

/** Document-level codes go out in our dataset format and in REFI-QDA as codings of the whole source. */
class DocumentCodesExportTest {
	@TempDir
	Path dir;

	private Corpus corpus() throws Exception {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "China and Korea");
		DocumentCodes.set(corpus, "ana", Map.of(TestCorpus.MULTILINGUAL, List.of("claim", "quote")));
		return corpus;
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
