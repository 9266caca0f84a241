package org.policyannotator.export.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.Exporter;
import org.policyannotator.export.Fixtures;
import org.policyannotator.export.TestCorpus;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** A whole corpus as a REFI-QDA project ({@code .qdpx}) and back, and projects as the QDA tools write them. */
class RefiProjectTest {
	@TempDir
	Path dir;

	private Path export(Corpus corpus) throws IOException {
		Path out = dir.resolve("project.qdpx");
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.REFI_QDA, out, ExportProgress.NONE);
		return out;
	}

	private static ImportReport importInto(Corpus corpus, Path file) throws IOException {
		return AnnotationImporter.importFile(file, ImportOptions.defaults().withFormat(Optional.empty()), corpus,
				ExportProgress.NONE);
	}

	/** Each span of an annotation as "annotator doc type [start,end) note" (REFI-QDA has one span per selection). */
	private static List<String> spans(Corpus corpus) throws IOException {
		List<String> out = new ArrayList<>();
		for (String annotator : corpus.annotators()) {
			for (String doc : corpus.documentIdsAnnotatedBy(annotator)) {
				AnnotationSet set = corpus.loadSet(annotator, doc);
				for (Annotation a : set.annotations()) {
					for (Span s : a.spans()) {
						out.add(annotator + " " + doc + " " + a.type() + " [" + s.start() + "," + s.end() + ") " + a.note());
					}
				}
			}
		}
		out.sort(null);
		return out;
	}

	@Test
	void aCorpusExportedAsAProjectIsValidQdaXmlWithTheTextsBeside() throws Exception {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "China and Korea");
		org.policyannotator.model.corpus.CorpusVariables.set(corpus,
				java.util.Map.of(TestCorpus.MULTILINGUAL, java.util.Map.of("country", "KR", "type", "news")));
		Path qdpx = export(corpus);
		try (ZipFile zip = new ZipFile(qdpx.toFile())) {
			byte[] project = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
			SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
					.newSchema(Fixtures.refiQdaProjectSchema().toFile()).newValidator()
					.validate(new StreamSource(new ByteArrayInputStream(project)));
			String xml = new String(project, StandardCharsets.UTF_8);
			assertTrue(xml.contains("<User guid=") && xml.contains("name=\"ana\"") && xml.contains("name=\"ben\""), xml);
			assertTrue(xml.contains("<Note "), "notes as memos");
			assertTrue(xml.contains("<Variable guid=\"" + Guids.named("variable", "country")
					+ "\" name=\"country\" typeOfVariable=\"Text\"") && xml.contains("<TextValue>KR</TextValue>"), xml);
			Document multilingual = corpus.loadDocument(TestCorpus.MULTILINGUAL);
			String guid = Guids.named("document", TestCorpus.MULTILINGUAL);
			assertTrue(xml.contains("plainTextPath=\"internal://" + guid + ".txt\""), xml);
			assertEquals(multilingual.text(), new String(zip.getInputStream(zip.getEntry("Sources/" + guid + ".txt"))
					.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	@Test
	void aProjectExportedAndImportedAgainKeepsCodesSelectionsAnnotatorsAndNotes() throws Exception {
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "China and Korea");
		org.policyannotator.model.corpus.CorpusVariables.set(corpus,
				java.util.Map.of(TestCorpus.MULTILINGUAL, java.util.Map.of("country", "KR", "type", "news")));
		Path qdpx = export(corpus);
		Corpus other = Corpus.create(dir.resolve("other"), "Other", Schema.defaultSchema());
		ImportReport report = importInto(other, qdpx);
		assertEquals(spans(corpus), spans(other));
		assertEquals(corpus.documentIds().stream().sorted().toList(), other.documentIds().stream().sorted().toList());
		assertEquals(corpus.loadDocument(TestCorpus.MULTILINGUAL).text(), other.loadDocument(TestCorpus.MULTILINGUAL).text());
		assertEquals(java.util.Map.of("country", "KR", "type", "news"),
				other.loadDocument(TestCorpus.MULTILINGUAL).variables(), "document variables come back");
		assertTrue(report.annotations() > 0);
	}

	@Test
	void aProjectAsAtlasTiWritesItImportsWithItsUsersAndAReportOfWhatStaysOut() throws Exception {
		// After REFI-QDA 1.5, Annex A.2 (a project exported by ATLAS.ti 8.4): users with full names, a code book,
		// text sources with their plain texts in Sources/, selections with codings and a comment, a picture.
		String text = "I did try the gluten free bread, but it was always so soggy, and breakfast is mayhem.";
		int start = text.indexOf("breakfast");
		String project = """
				<?xml version="1.0" encoding="utf-8" standalone="yes"?>
				<Project xmlns="urn:QDA-XML:project:1.0" origin="ATLAS.ti 8.4.0" name="ATLAS.ti standard project">
				 <Users>
				  <User guid="AD68FBE7-E1EE-4A82-A279-23CC698C89EB" name="Friedrich Markgraf"/>
				 </Users>
				 <CodeBook>
				  <Codes>
				   <Code color="#F00082" isCodable="true" name="Feelings" guid="0F8A1907-7E42-4739-8610-A676B4D1B69F">
				    <Description>thoughts about breakfast foods</Description>
				   </Code>
				   <Code color="#463CC8" isCodable="true" name="bacon and eggs" guid="F9C6EAC0-8A66-4757-9D8A-9A6C8FEA3C44"/>
				  </Codes>
				 </CodeBook>
				 <Variables>
				  <Variable guid="3B8C1A5E-51C4-4B2B-9A3A-0B1F0C7E2D11" name="Age group" typeOfVariable="Text"/>
				  <Variable guid="9D0E4F21-7A6B-4C8D-8E1F-2A3B4C5D6E7F" name="Interview year" typeOfVariable="Integer"/>
				 </Variables>
				 <Sources>
				  <TextSource plainTextPath="internal://C1C745F7-8E4D-48B2-9710-655AFE7E54FA.txt" richTextPath="internal://D32251E3-04A0-4E0C-87A1-46AC68021F21.docx" guid="AE5298BE-7C94-4B66-8A9C-51FBE232D2F5" name="Simon.docx">
				   <PlainTextSelection startPosition="0" endPosition="%d" guid="789A62D6-A2AD-4B59-AB90-EF1D4AB1868F" name="I did try" creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB" creationDateTime="2018-03-27T19:02:20Z">
				    <Description>why does Simon feel the need to do this?</Description>
				    <Coding creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB" creationDateTime="2018-03-27T19:02:20Z" guid="61C727FB-E8CD-442D-B34E-D20F6B843407">
				     <CodeRef targetGUID="0F8A1907-7E42-4739-8610-A676B4D1B69F"/>
				    </Coding>
				   </PlainTextSelection>
				   <PlainTextSelection startPosition="%d" endPosition="%d" guid="F4E8FF7E-1E00-4112-ADD1-37F087BB8598" name="breakfast">
				    <Coding creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB" guid="B1CE75CA-1953-43E9-9CE4-26A9AAB4DC02">
				     <CodeRef targetGUID="F9C6EAC0-8A66-4757-9D8A-9A6C8FEA3C44"/>
				    </Coding>
				   </PlainTextSelection>
				   <VariableValue>
				    <VariableRef targetGUID="3B8C1A5E-51C4-4B2B-9A3A-0B1F0C7E2D11"/>
				    <TextValue>30-39</TextValue>
				   </VariableValue>
				   <VariableValue>
				    <VariableRef targetGUID="9D0E4F21-7A6B-4C8D-8E1F-2A3B4C5D6E7F"/>
				    <IntegerValue>2018</IntegerValue>
				   </VariableValue>
				  </TextSource>
				  <PictureSource path="internal://87EAD86F-3112-4537-8A01-01427CAE1C6D.jpg" guid="02255470-09E6-400B-9E20-97D71FBEC65D" name="cornflakes-n-milk.jpg">
				   <PictureSelection firstX="267" firstY="1" secondY="720" secondX="992" guid="7532038C-670E-471B-AA89-A1098E9A4E33" name="Quotation 6:1"/>
				  </PictureSource>
				 </Sources>
				</Project>
				""".formatted(text.indexOf(','), start, start + "breakfast".length());
		Path qdpx = dir.resolve("atlas.qdpx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
			zip.putNextEntry(new ZipEntry("project.qde"));
			zip.write(project.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("Sources/C1C745F7-8E4D-48B2-9710-655AFE7E54FA.txt"));
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		ImportException unknown = assertThrows(ImportException.class, () -> importInto(corpus, qdpx));
		assertTrue(unknown.getMessage().contains("\"Feelings\" is not in the corpus"), unknown.getMessage());
		assertTrue(corpus.documentIds().isEmpty(), "nothing written");

		ImportReport report = AnnotationImporter.importFile(qdpx, ImportOptions.defaults().withAddTypes(true), corpus,
				ExportProgress.NONE);
		assertEquals(List.of("friedrich.markgraf"), corpus.annotators());
		assertEquals(java.util.Map.of("Age_group", "30-39", "Interview_year", "2018"),
				corpus.loadDocument("Simon.docx").variables(), "the source's variable values, of any kind");
		AnnotationSet set = corpus.loadSet("friedrich.markgraf", "Simon.docx");
		assertEquals(2, set.annotations().size());
		Annotation feelings = set.annotations().stream().filter(a -> a.spans().get(0).start() == 0).findFirst()
				.orElseThrow();
		assertEquals("I did try the gluten free bread", feelings.spans().get(0).quote());
		assertEquals("why does Simon feel the need to do this?", feelings.note());
		assertEquals("2018-03-27T19:02:20Z", feelings.created().toString());
		String warnings = String.join("\n", report.warnings());
		assertTrue(warnings.contains("1 picture source(s) not taken over"), warnings);
		assertTrue(warnings.contains("user \"Friedrich Markgraf\" is annotator friedrich.markgraf"), warnings);
	}

	@Test
	void pathsOutsideTheArchiveAreNeverRead() throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "not for import");
		String project = """
				<Project xmlns="urn:QDA-XML:project:1.0" name="p">
				 <Sources>
				  <TextSource guid="AE5298BE-7C94-4B66-8A9C-51FBE232D2F5" name="a" plainTextPath="internal://../../secret.txt"/>
				  <TextSource guid="AE5298BE-7C94-4B66-8A9C-51FBE232D2F6" name="b" plainTextPath="%s"/>
				  <TextSource guid="AE5298BE-7C94-4B66-8A9C-51FBE232D2F7" name="c"><PlainTextContent>Inline text.</PlainTextContent></TextSource>
				 </Sources>
				</Project>
				""".formatted(secret.toUri());
		Path qdpx = dir.resolve("p.qdpx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
			zip.putNextEntry(new ZipEntry("project.qde"));
			zip.write(project.getBytes(StandardCharsets.UTF_8));
		}
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		ImportReport report = importInto(corpus, qdpx);
		assertEquals(List.of("c"), corpus.documentIds());
		assertTrue(String.join("\n", report.warnings()).contains("2 text source(s) whose text is not in the project"),
				report.warnings().toString());
	}

	@Test
	void aSelectionOutsideItsTextOrABrokenProjectIsRefusedWithTheFile() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "C", Schema.defaultSchema());
		Path bad = dir.resolve("bad.qde");
		Files.writeString(bad, """
				<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>
				<Code guid="0F8A1907-7E42-4739-8610-A676B4D1B69F" name="Claim" isCodable="true"/></Codes></CodeBook>
				<Sources><TextSource guid="AE5298BE-7C94-4B66-8A9C-51FBE232D2F5" name="a"><PlainTextContent>Short.</PlainTextContent>
				<PlainTextSelection guid="789A62D6-A2AD-4B59-AB90-EF1D4AB1868F" startPosition="2" endPosition="60">
				<Coding guid="61C727FB-E8CD-442D-B34E-D20F6B843407"><CodeRef targetGUID="0F8A1907-7E42-4739-8610-A676B4D1B69F"/></Coding>
				</PlainTextSelection></TextSource></Sources></Project>
				""");
		ImportException e = assertThrows(ImportException.class, () -> AnnotationImporter.importFile(bad,
				ImportOptions.defaults().withAnnotator(Optional.of("kim")), corpus, ExportProgress.NONE));
		assertTrue(e.getMessage().contains("bad.qde: project.qde line 4"), e.getMessage());
		assertTrue(corpus.documentIds().isEmpty());

		Path cut = dir.resolve("cut.qdpx");
		Files.write(cut, new byte[] { 'P', 'K', 3, 4, 0 });
		IOException broken = assertThrows(IOException.class, () -> importInto(corpus, cut));
		assertTrue(broken.getMessage().contains("cut.qdpx"), broken.getMessage());
		assertFalse(Files.exists(dir.resolve("c").resolve("annotations").resolve("kim")));
		assertEquals(ImportFormat.REFI_QDA, AnnotationImporter.detect(cut));
	}
}
