package org.policyannotator.export.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.Fixtures;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.schema.TagType;

/** REFI-QDA codebooks ({@code .qdc}): what we write is valid QDA-XML, and what the QDA tools write reads here. */
class QdcCodebookTest {
	private static final Schema NONE = new Schema("", List.of(), List.of());

	@TempDir
	Path dir;

	private Path file(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private Path written(Schema schema) throws IOException {
		Path file = dir.resolve("codebook.qdc");
		Files.write(file, QdcCodebook.write(schema));
		return file;
	}

	/**
	 * The suite ships the Project schema only; the codebook schema's CodeBook, Codes and Code are the same types,
	 * so a written codebook is validated as the code book of a project (namespace and root swapped, nothing else).
	 */
	private static void assertValidQdaXml(byte[] qdc) throws Exception {
		String xml = new String(qdc, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<CodeBook xmlns=\"" + QdcCodebook.NAMESPACE + "\""), xml);
		String body = xml.substring(xml.indexOf("<Codes>"), xml.indexOf("</CodeBook>"));
		String project = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"" + QdcCodebook.PROJECT_NAMESPACE
				+ "\" name=\"check\"><CodeBook>" + body + "</CodeBook></Project>";
		Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
				.newSchema(Fixtures.refiQdaProjectSchema().toFile()).newValidator();
		validator.validate(new StreamSource(new StringReader(project)));
	}

	@Test
	void theSampleCodebookIsWrittenAsValidQdaXmlWithItsHierarchy() throws Exception {
		Schema topics = SchemaFiles.sample("policy-topics");
		byte[] qdc = QdcCodebook.write(topics);
		assertValidQdaXml(qdc);
		String xml = new String(qdc, StandardCharsets.UTF_8);
		int economy = xml.indexOf("name=\"Economy\"");
		int jobs = xml.indexOf("name=\"Employment and wages\"");
		int trade = xml.indexOf("name=\"Trade and investment\"");
		assertTrue(economy > 0 && economy < jobs && jobs < trade, "subcodes nested in their topic: " + xml);
		assertTrue(xml.contains("Code number: 102"), xml);
		assertTrue(xml.contains("Include: The state of the economy"), xml);
		assertEquals(40, xml.split("<Code ", -1).length - 1);
		assertEquals(new String(qdc, StandardCharsets.UTF_8), new String(QdcCodebook.write(topics), StandardCharsets.UTF_8),
				"the same codebook gives the same file (stable guids)");
	}

	@Test
	void theDefaultSchemaWithEscapedTextIsValidToo() throws Exception {
		Schema schema = Schema.defaultSchema();
		TagType claim = schema.tagType("claim").orElseThrow();
		Schema odd = schema.withTagTypes(schema.tagTypes().stream()
				.map(t -> t == claim ? new TagType(t.id(), "Claims & \"counter\" <claims>", t.colour(), t.key(),
						"Line one\nline two", t.attributes(), t.mayOverlap(), t.code()) : t)
				.toList());
		byte[] qdc = QdcCodebook.write(odd);
		assertValidQdaXml(qdc);
		QdcImport back = QdcCodebook.read(written(odd), odd);
		TagType read = back.codebook().tagType("claim").orElseThrow();
		assertEquals("Claims & \"counter\" <claims>", read.label());
		assertEquals("Line one\nline two", read.description());
	}

	@Test
	void aCodebookThatComesBackKeepsEveryCodeWithItsIdKeyRulesAndHierarchy() throws Exception {
		Schema topics = SchemaFiles.sample("policy-topics");
		QdcImport back = QdcCodebook.read(written(topics), topics);
		assertEquals(topics.tagTypes(), back.codebook().tagTypes());
		assertEquals(List.of(), back.notes());
	}

	@Test
	void aCodeRenamedInAnotherToolIsFoundByItsGuid() throws Exception {
		Schema topics = SchemaFiles.sample("policy-topics");
		Path file = written(topics);
		Files.writeString(file, Files.readString(file).replace("name=\"Employment and wages\"", "name=\"Labour market\""));
		TagType jobs = QdcCodebook.read(file, topics).codebook().tagType("economy-jobs").orElseThrow();
		assertEquals("Labour market", jobs.label());
		assertEquals("economy", jobs.parent());
		assertEquals("102", jobs.code().number());
	}

	@Test
	void aCodebookAsAtlasTiWritesItImportsWithItsColourDescriptionAndANoteOnItsSets() throws Exception {
		// Shape of a codebook exported by ATLAS.ti Win 23.4 (origin, xsi:schemaLocation, upper-case guids, a code
		// group as a <Set> with <MemberCode>), as ATLAS.ti's REFI-QDA export documentation describes it.
		Path file = file("atlas.qdc", """
				<?xml version="1.0" encoding="utf-8"?>
				<CodeBook xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd" origin="ATLAS.ti Win 23.4.0" xmlns="urn:QDA-XML:codebook:1.0">
				  <Codes>
				    <Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Security cooperation" color="#46AA00" isCodable="true">
				      <Description>Joint exercises, intelligence sharing.</Description>
				    </Code>
				  </Codes>
				  <Sets>
				    <Set name="Bilateral" guid="ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0">
				      <MemberCode guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" />
				    </Set>
				  </Sets>
				</CodeBook>
				""");
		QdcImport read = QdcCodebook.read(file, NONE);
		TagType code = read.codebook().tagType("security-cooperation").orElseThrow();
		assertEquals("Security cooperation", code.label());
		assertEquals("#46aa00", code.colour());
		assertEquals("Joint exercises, intelligence sharing.", code.description());
		assertTrue(read.notes().stream().anyMatch(n -> n.contains("1 code set")), read.notes().toString());
	}

	@Test
	void theStandardsOwnExampleCodebookImports() throws Exception {
		// REFI-QDA 1.5, Annex A.1 "Example 1. Codebook", as printed there: braced and lower-case guids, a
		// namespace prefix declared twice, categories without colour.
		Path file = file("annex-a1.qdc", """
				<?xml version="1.0" encoding="UTF-8"?>
				<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:qda="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd">
				<Codes>
				<Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Topics" isCodable="false">
				</Code>
				<Code guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" name="Economy" isCodable="true" color="#ffff00">
				<Description>Anything about jobs or taxes or business</Description>
				</Code> <Code guid="{0dcef2f5-e55c-49da-8c33-9b0803c7aeb4}" name="Health care" isCodable="true" color="#33cc33">
				<Description>Health care issues, doctor, patients, etc.</Description>
				</Code>
				<Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Values" isCodable="false">
				</Code>
				<Code guid="{7c108712-b650-4892-ac0b-fc9a10190c3b}" name="Conservatives" isCodable="true" color="#ff0000">
				<Description>Republicans or right-wing libertarians</Description>
				</Code>
				<Code guid="{12365523-1035-4afa-9e7b-281fe0bc51c5}" name="Liberals"  isCodable="true" color="#0000ff">
				<Description>Democrats, socialists, or progressive independents</Description>
				</Code>
				</Codes>
				</CodeBook>
				""");
		QdcImport read = QdcCodebook.read(file, NONE);
		assertEquals(List.of("topics", "economy", "health-care", "values", "conservatives", "liberals"), ids(read));
		assertEquals("#33cc33", read.codebook().tagType("health-care").orElseThrow().colour());
		assertEquals("Health care issues, doctor, patients, etc.",
				read.codebook().tagType("health-care").orElseThrow().description());
		assertTrue(read.notes().stream().anyMatch(n -> n.contains("not codable") && n.contains("Topics, Values")),
				read.notes().toString());
	}

	@Test
	void aCodebookAsQualCoderWritesItWithABomCategoriesAndShortColoursImports() throws Exception {
		// QualCoder writes a UTF-8 byte order mark, pretty-printed XML, categories as codes with isCodable="false"
		// and an empty <Description/> for codes without memo.
		Path file = dir.resolve("qualcoder.qdc");
		String xml = """
				<?xml version="1.0" encoding="utf-8"?>
				<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd" origin="QualCoder">
				  <Codes>
				    <Code guid="{DFE5C38E-9449-5959-A1F7-E3D895CFA87F}" name="Économie" isCodable="false" color="#f00">
				      <Description/>
				      <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Économie" isCodable="true">
				        <Description>Same name as its category.</Description>
				      </Code>
				      <Code guid="725F0645-9CD3-598A-8D2B-EC3D39AB3C3F" name="経済協力" isCodable="true" color="#00ff00"/>
				    </Code>
				  </Codes>
				</CodeBook>
				""";
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			out.write(xml.getBytes(StandardCharsets.UTF_8));
		}
		QdcImport read = QdcCodebook.read(file, NONE);
		Schema codebook = read.codebook();
		assertEquals(List.of("economie", "economie-2", "code-725f0645"),
				codebook.tagTypes().stream().map(TagType::id).toList());
		TagType category = codebook.tagType("economie").orElseThrow();
		assertEquals("#ff0000", category.colour());
		TagType child = codebook.tagType("economie-2").orElseThrow();
		assertEquals("economie", child.parent());
		assertTrue(child.code().inheritsColour(), "a code without a colour takes its parent's");
		assertEquals("#ff0000", child.colour());
		assertFalse(codebook.tagType("code-725f0645").orElseThrow().code().inheritsColour());
		assertEquals("経済協力", codebook.tagType("code-725f0645").orElseThrow().label());
		assertTrue(read.notes().stream().anyMatch(n -> n.contains("not codable") && n.contains("Économie")),
				read.notes().toString());
	}

	@Test
	void aCodebookAsTaguetteWritesItMatchesTheCorpusCodesByName() throws Exception {
		// Taguette's own test of its codebook export: no description, an empty <Sets/>, tag paths with dots.
		Path file = file("taguette.qdc", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
				+ "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Taguette 1.4.1\"><Codes><Code guid=\"0D62985D-B147-"
				+ "5D01-A9B5-CAE5DCD98342\" name=\"claim\" isCodable=\"true\"/><Code guid=\"DFE5C38E-9449-5959-A1F7-E3D895CFA87F\""
				+ " name=\"people\" isCodable=\"true\"/><Code guid=\"725F0645-9CD3-598A-8D2B-EC3D39AB3C3F\" name=\""
				+ "interesting.places\" isCodable=\"true\"/></Codes><Sets/></CodeBook>");
		QdcImport read = QdcCodebook.read(file, Schema.defaultSchema());
		TagType claim = read.codebook().tagType("claim").orElseThrow();
		assertEquals(Schema.defaultSchema().tagType("claim").orElseThrow().key(), claim.key(),
				"the corpus's code keeps its key");
		assertTrue(read.codebook().tagType("interesting-places").isPresent());
		assertTrue(read.notes().stream().anyMatch(n -> n.contains("matched a code of the corpus by name")));
	}

	@Test
	void aProjectFileAndAQdpxGiveTheirCodeBook() throws Exception {
		String project = """
				<?xml version="1.0" encoding="utf-8"?>
				<Project xmlns="urn:QDA-XML:project:1.0" name="Seoul visit" origin="MAXQDA 2022">
				  <Users><User guid="A1D9E3A4-6E49-4CB5-9A9B-3F8D1F7E2C11" name="kim"/></Users>
				  <CodeBook><Codes>
				    <Code guid="B3C2E8F0-1D2A-4C3B-8E9F-0A1B2C3D4E5F" name="Trade" isCodable="true" color="#0000FF">
				      <Code guid="C4D3F9A1-2E3B-4D4C-9FA0-1B2C3D4E5F60" name="Tariffs" isCodable="true" color="#0000FF"/>
				    </Code>
				  </Codes></CodeBook>
				  <Sources/>
				</Project>
				""";
		assertEquals(List.of("trade", "tariffs"), ids(QdcCodebook.read(file("p.qde", project), NONE)));
		Path qdpx = dir.resolve("p.qdpx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
			zip.putNextEntry(new ZipEntry("project.qde"));
			zip.write(project.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("Sources/"));
		}
		QdcImport read = QdcCodebook.read(qdpx, NONE);
		assertEquals(List.of("trade", "tariffs"), ids(read));
		assertTrue(read.codebook().tagType("tariffs").orElseThrow().code().inheritsColour());
	}

	private static List<String> ids(QdcImport read) {
		return read.codebook().tagTypes().stream().map(TagType::id).toList();
	}

	@Test
	void badFilesAreRefusedWithTheFileAndTheProblem() throws Exception {
		assertProblem(file("xxe.qdc", """
				<?xml version="1.0"?>
				<!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="&x;" isCodable="true"/></Codes></CodeBook>
				"""), "document type declaration");
		assertProblem(file("laughs.qdc", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
				+ "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">&lol2;</CodeBook>"),
				"document type declaration");
		assertProblem(file("cut.qdc", "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes><Code"),
				"is not well-formed XML at line 3");
		assertProblem(file("schema.qdc", "{\"format\": \"policyannotator.schema\"}"), "not well-formed XML");
		assertProblem(file("html.qdc", "<html><body>Codes</body></html>"), "root element is <html>");
		assertProblem(file("guid.qdc", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n<Code guid=\"x\" name=\"A\" "
				+ "isCodable=\"true\"/></Codes></CodeBook>"), "line 2: the code's guid \"x\"");
		assertProblem(file("colour.qdc", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\""
				+ "1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294\" name=\"A\" isCodable=\"true\" color=\"red\"/></Codes></CodeBook>"),
				"colour \"red\" of code \"A\"");
		StringBuilder deep = new StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
		for (int i = 0; i < 100; i++) {
			deep.append("<Code guid=\"1FF58B12-6F6F-4B0C-8BE5-").append(String.format("%012d", i))
					.append("\" name=\"c").append(i).append("\" isCodable=\"true\">");
		}
		assertProblem(file("deep.qdc", deep.toString()), "nested more than 64 levels");
		assertProblem(file("notzip.qdpx", "not a zip"), "not a REFI-QDA project");
		Path empty = dir.resolve("empty.qdpx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
			zip.putNextEntry(new ZipEntry("Sources/a.txt"));
			zip.write("text".getBytes(StandardCharsets.UTF_8));
		}
		assertProblem(empty, "no project.qde");
	}

	private static void assertProblem(Path file, String problem) {
		CorpusException e = assertThrows(CorpusException.class, () -> QdcCodebook.read(file, NONE));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(problem), e.getMessage());
	}
}
