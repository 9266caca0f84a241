package org.policyannotator.export.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.DocumentCodes;
import org.policyannotator.model.schema.Schema;

/**
 * Projects in the shapes QualCoder, NVivo and MAXQDA give them (as their documentation and the REFI-QDA 1.5
 * specification show): what fits a corpus is imported, the rest is named in the report.
 */
class RefiToolShapesTest {
	private static final String SPEECH = "The minister said unemployment fell to 4 percent. Wages rose in March.";
	private static final String BUDGET = "Budget 2025\nSpending on schools grows by a tenth. Taxes stay the same.";

	@TempDir
	Path dir;

	private Path qdpx(String name, String project, Map<String, String> sources) throws IOException {
		Path file = dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("project.qde"));
			zip.write(project.getBytes(StandardCharsets.UTF_8));
			for (Map.Entry<String, String> source : sources.entrySet()) {
				zip.putNextEntry(new ZipEntry("Sources/" + source.getKey()));
				zip.write(source.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
		return file;
	}

	private ImportReport importNew(Path file) throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("corpus"), "C", Schema.defaultSchema());
		return AnnotationImporter.importFile(file, ImportOptions.defaults().withAddTypes(true), corpus,
				ExportProgress.NONE);
	}

	private Corpus corpus() throws IOException {
		return Corpus.open(dir.resolve("corpus"));
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		return start + " " + (text.indexOf(to, start) + to.length());
	}

	private static String selection(String guid, String positions, String user, String code, String inside) {
		String[] p = positions.split(" ");
		return """
				<PlainTextSelection guid="%s" startPosition="%s" endPosition="%s" name="s" creatingUser="%s" creationDateTime="2025-03-01T10:00:00Z">
				 %s<Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>
				</PlainTextSelection>
				""".formatted(guid, p[0], p[1], user, inside, guid.replace('A', 'B'), user, code);
	}

	@Test
	void aQualCoderProjectKeepsThePdfTextItsCodingsAndTheVariablesOfItsCases() throws Exception {
		// QualCoder writes a PDF with its plain text as a Representation, case attributes as the case's variable
		// values with references to its files, numeric attributes as FloatValue, journals as free notes
		String project = """
				<?xml version="1.0" encoding="utf-8"?>
				<Project xmlns="urn:QDA-XML:project:1.0" name="policy study" origin="QualCoder 3.7">
				<Users><User guid="11111111-0000-0000-0000-000000000001" name="maria"/></Users>
				<CodeBook><Codes>
				<Code guid="C0000000-0000-0000-0000-000000000001" name="Economy" isCodable="true" color="#F4A261">
				<Code guid="C0000000-0000-0000-0000-000000000002" name="Jobs" isCodable="true" color="#F4A261"/>
				</Code>
				<Code guid="C0000000-0000-0000-0000-000000000003" name="Education" isCodable="true" color="#2A9D8F"/>
				</Codes></CodeBook>
				<Variables>
				<Variable guid="D0000000-0000-0000-0000-000000000001" name="Country" typeOfVariable="Text"/>
				<Variable guid="D0000000-0000-0000-0000-000000000002" name="Year" typeOfVariable="Float"/>
				</Variables>
				<Cases><Case guid="E0000000-0000-0000-0000-000000000001" name="South Korea"><Description />
				<VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000001"/><TextValue>KR</TextValue></VariableValue>
				<VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000002"/><FloatValue>2025</FloatValue></VariableValue>
				<SourceRef targetGUID="A0000000-0000-0000-0000-000000000001"/>
				<SourceRef targetGUID="A0000000-0000-0000-0000-000000000002"/>
				</Case></Cases>
				<Sources>
				<TextSource richTextPath="internal://speech.docx" plainTextPath="internal://speech.txt" creatingUser="11111111-0000-0000-0000-000000000001" guid="A0000000-0000-0000-0000-000000000001" name="speech">
				%s
				<VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000002"/><FloatValue>2024</FloatValue></VariableValue>
				</TextSource>
				<PDFSource path="internal://budget.pdf" guid="A0000000-0000-0000-0000-000000000002" name="budget.pdf">
				<Description>The draft budget</Description>
				<Representation guid="A0000000-0000-0000-0000-000000000003" plainTextPath="internal://budget.txt" name="budget.pdf">
				%s
				</Representation>
				</PDFSource>
				<AudioSource path="absolute:///home/maria/interview.m4a" guid="A0000000-0000-0000-0000-000000000004" name="interview.m4a"/>
				</Sources>
				<Notes><Note guid="F0000000-0000-0000-0000-000000000001" name="Journal"><PlainTextContent>Coding went well.</PlainTextContent></Note></Notes>
				</Project>
				""".formatted(
				selection("AA000000-0000-0000-0000-000000000001", between(SPEECH, "unemployment", "percent"),
						"11111111-0000-0000-0000-000000000001", "C0000000-0000-0000-0000-000000000002", ""),
				selection("AA000000-0000-0000-0000-000000000002", between(BUDGET, "Spending", "tenth."),
						"11111111-0000-0000-0000-000000000001", "C0000000-0000-0000-0000-000000000003", ""));
		ImportReport report = importNew(qdpx("qualcoder.qdpx", project, Map.of("speech.txt", SPEECH, "budget.txt",
				BUDGET, "budget.pdf", "%PDF-1.7 not read")));

		Corpus corpus = corpus();
		assertEquals(List.of("budget.pdf", "speech"), corpus.documentIds().stream().sorted().toList());
		assertEquals(BUDGET, corpus.loadDocument("budget.pdf").text(), "the PDF's text representation is the document");
		assertEquals("The draft budget", corpus.documentTitle("budget.pdf"));
		Annotation schools = corpus.loadSet("maria", "budget.pdf").annotations().get(0);
		assertEquals("Spending on schools grows by a tenth.", schools.firstSpan().quote());
		assertEquals("unemployment fell to 4 percent",
				corpus.loadSet("maria", "speech").annotations().get(0).firstSpan().quote());
		assertEquals(Map.of("Country", "KR", "Year", "2025"), corpus.loadDocument("budget.pdf").variables(),
				"the case's values go to the sources it groups");
		assertEquals(Map.of("Country", "KR", "Year", "2024"), corpus.loadDocument("speech").variables(),
				"a source's own value comes before its case's");
		String warnings = String.join("\n", report.warnings());
		assertTrue(warnings.contains("1 audio source(s) not taken over"), warnings);
		assertTrue(warnings.contains("1 case(s) as groups of sources (the variable values of 1 of them are kept as "
				+ "document variables of the sources they group) not taken over"), warnings);
		assertTrue(warnings.contains("1 note(s) not attached to a coded text selection"), warnings);
	}

	@Test
	void anNvivoProjectKeepsCommentsOnSelectionsAndClassificationValuesAndReportsMemosAndSets() throws Exception {
		// NVivo exports a document's classification attributes through cases (dates, yes/no as well as text),
		// annotations on coded text as notes the selection refers to, memos linked to documents, and sets
		String project = """
				<?xml version="1.0" encoding="utf-8"?>
				<Project xmlns="urn:QDA-XML:project:1.0" name="NVivo project" origin="NVivo 14">
				<Users><User guid="11111111-0000-0000-0000-000000000002" name="Lee Min-ji"/></Users>
				<CodeBook><Codes>
				<Code guid="C0000000-0000-0000-0000-000000000011" name="Labour market" isCodable="true"/>
				</Codes></CodeBook>
				<Variables>
				<Variable guid="D0000000-0000-0000-0000-000000000011" name="Date of speech" typeOfVariable="Date"/>
				<Variable guid="D0000000-0000-0000-0000-000000000012" name="Government party" typeOfVariable="Boolean"/>
				</Variables>
				<Cases><Case guid="E0000000-0000-0000-0000-000000000011" name="Minister">
				<VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000011"/><DateValue>2025-03-01</DateValue></VariableValue>
				<VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000012"/><BooleanValue>true</BooleanValue></VariableValue>
				<SourceRef targetGUID="A0000000-0000-0000-0000-000000000011"/>
				</Case></Cases>
				<Sources>
				<TextSource richTextPath="internal://A0000000-0000-0000-0000-000000000011.docx" plainTextPath="internal://A0000000-0000-0000-0000-000000000011.txt" guid="A0000000-0000-0000-0000-000000000011" name="Speech of the minister">
				%s
				<NoteRef targetGUID="F0000000-0000-0000-0000-000000000012"/>
				</TextSource>
				</Sources>
				<Notes>
				<Note guid="F0000000-0000-0000-0000-000000000011" name="Annotation"><PlainTextContent>Check the source of the figure.</PlainTextContent></Note>
				<Note guid="F0000000-0000-0000-0000-000000000012" name="Memo on the speech"><PlainTextContent>Delivered in parliament.</PlainTextContent></Note>
				</Notes>
				<Sets><Set guid="B0000000-0000-0000-0000-000000000011" name="Speeches"><MemberSource targetGUID="A0000000-0000-0000-0000-000000000011"/></Set></Sets>
				</Project>
				""".formatted(selection("AA000000-0000-0000-0000-000000000011", between(SPEECH, "unemployment", "percent"),
				"11111111-0000-0000-0000-000000000002", "C0000000-0000-0000-0000-000000000011",
				"<NoteRef targetGUID=\"F0000000-0000-0000-0000-000000000011\"/>"));
		ImportReport report = importNew(qdpx("nvivo.qdpx", project,
				Map.of("A0000000-0000-0000-0000-000000000011.txt", SPEECH)));

		Corpus corpus = corpus();
		String id = corpus.documentIds().get(0);
		assertEquals(Map.of("Date_of_speech", "2025-03-01", "Government_party", "true"),
				corpus.loadDocument(id).variables());
		Annotation coded = corpus.loadSet(corpus.annotators().get(0), id).annotations().get(0);
		assertEquals("Check the source of the figure.", coded.note(), "the comment on the selection is its note");
		String warnings = String.join("\n", report.warnings());
		assertTrue(warnings.contains("1 note(s) not attached to a coded text selection"), warnings);
		assertTrue(warnings.contains("1 set(s) (groups of codes, sources or notes) not taken over"), warnings);
	}

	@Test
	void aMaxqdaProjectKeepsDocumentVariablesAndReportsLinksAndGraphs() throws Exception {
		// MAXQDA writes document variables on the text source itself, memos on coded segments as notes, links between
		// segments and maps (graphs)
		String project = """
				<?xml version="1.0" encoding="utf-8"?>
				<Project xmlns="urn:QDA-XML:project:1.0" name="MAXQDA project" origin="MAXQDA 24">
				<Users><User guid="11111111-0000-0000-0000-000000000003" name="Ana"/></Users>
				<CodeBook><Codes>
				<Code guid="C0000000-0000-0000-0000-000000000021" name="Wages" isCodable="true" color="#FF0000"/>
				</Codes></CodeBook>
				<Variables><Variable guid="D0000000-0000-0000-0000-000000000021" name="Party" typeOfVariable="Text"/></Variables>
				<Sources>
				<TextSource plainTextPath="internal://A0000000-0000-0000-0000-000000000021.txt" guid="A0000000-0000-0000-0000-000000000021" name="Interview 1">
				%s
				<VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000021"/><TextValue>Labour</TextValue></VariableValue>
				</TextSource>
				</Sources>
				<Links><Link guid="B0000000-0000-0000-0000-000000000021" name="see also" direction="OneWay" originGUID="AA000000-0000-0000-0000-000000000021" targetGUID="A0000000-0000-0000-0000-000000000021"/></Links>
				<Graphs><Graph guid="B0000000-0000-0000-0000-000000000022" name="Map 1"/></Graphs>
				</Project>
				""".formatted(selection("AA000000-0000-0000-0000-000000000021", between(SPEECH, "Wages", "March."),
				"11111111-0000-0000-0000-000000000003", "C0000000-0000-0000-0000-000000000021", ""));
		ImportReport report = importNew(qdpx("maxqda.qdpx", project,
				Map.of("A0000000-0000-0000-0000-000000000021.txt", SPEECH)));

		Corpus corpus = corpus();
		String id = corpus.documentIds().get(0);
		assertEquals(Map.of("Party", "Labour"), corpus.loadDocument(id).variables());
		assertEquals("Wages rose in March.",
				corpus.loadSet(corpus.annotators().get(0), id).annotations().get(0).firstSpan().quote());
		String warnings = String.join("\n", report.warnings());
		assertTrue(warnings.contains("1 link(s) between items not taken over"), warnings);
		assertTrue(warnings.contains("1 graph(s) not taken over"), warnings);
	}

	private static final String WHOLE_SOURCE_CODES = """
			<?xml version="1.0" encoding="utf-8"?>
			<Project xmlns="urn:QDA-XML:project:1.0" name="topics" origin="ATLAS.ti 24">
			<Users>
			<User guid="11111111-0000-0000-0000-000000000031" name="Friedrich Markgraf"/>
			<User guid="11111111-0000-0000-0000-000000000032" name="ana"/>
			</Users>
			<CodeBook><Codes>
			<Code guid="C0000000-0000-0000-0000-000000000031" name="Economy" isCodable="true">
			<Code guid="C0000000-0000-0000-0000-000000000032" name="Jobs" isCodable="true"/>
			</Code>
			<Code guid="C0000000-0000-0000-0000-000000000033" name="Education" isCodable="true"/>
			</Codes></CodeBook>
			<Sources>
			<TextSource plainTextPath="internal://speech.txt" creatingUser="11111111-0000-0000-0000-000000000031" guid="A0000000-0000-0000-0000-000000000031" name="speech">
			%s
			<Coding guid="BB000000-0000-0000-0000-000000000031"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000031"/></Coding>
			<Coding guid="BB000000-0000-0000-0000-000000000032" creatingUser="11111111-0000-0000-0000-000000000032"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000032"/></Coding>
			<NoteRef targetGUID="F0000000-0000-0000-0000-000000000031"/>
			</TextSource>
			<PDFSource path="internal://budget.pdf" guid="A0000000-0000-0000-0000-000000000032" name="budget" creatingUser="11111111-0000-0000-0000-000000000032">
			<Representation guid="A0000000-0000-0000-0000-000000000033" plainTextPath="internal://budget.txt" name="budget"/>
			<Coding guid="BB000000-0000-0000-0000-000000000033" creatingUser="11111111-0000-0000-0000-000000000032"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000033"/></Coding>
			</PDFSource>
			</Sources>
			<Notes><Note guid="F0000000-0000-0000-0000-000000000031" name="Memo"><PlainTextContent>A speech.</PlainTextContent></Note></Notes>
			</Project>
			""";

	@Test
	void codingsOfWholeSourcesBecomeTheDocumentCodesOfWhoCodedThem() throws Exception {
		// the standard's complex example (ATLAS.ti's shape) codes whole sources with <Coding> children of the source,
		// leaving the coding's user out (the source's creator coded it); others name the coding's user; a PDF
		// source's codings belong to its text representation's document
		String project = WHOLE_SOURCE_CODES.formatted(selection("AA000000-0000-0000-0000-000000000031",
				between(SPEECH, "unemployment", "percent"), "11111111-0000-0000-0000-000000000031",
				"C0000000-0000-0000-0000-000000000032", ""));
		ImportReport report = importNew(qdpx("atlas.qdpx", project, Map.of("speech.txt", SPEECH, "budget.txt",
				BUDGET)));

		Corpus corpus = corpus();
		Map<String, List<String>> markgraf = DocumentCodes.of(corpus, "friedrich.markgraf");
		assertEquals(List.of("speech"), List.copyOf(markgraf.keySet()));
		assertEquals(List.of("Economy"), labels(corpus, markgraf.get("speech")));
		Map<String, List<String>> ana = DocumentCodes.of(corpus, "ana");
		assertEquals(List.of("Jobs"), labels(corpus, ana.get("speech")));
		assertEquals(List.of("Education"), labels(corpus, ana.get("budget")));
		assertEquals("unemployment fell to 4 percent",
				corpus.loadSet("friedrich.markgraf", "speech").annotations().get(0).firstSpan().quote());
		assertEquals(3, report.coded(), report.summary());
		String warnings = String.join("\n", report.warnings());
		assertFalse(warnings.contains("whole sources"), warnings);
	}

	@Test
	void aWholeSourceCodingNobodyIsNamedForGoesToTheAnnotatorGivenOrIsAProblem() throws Exception {
		String project = WHOLE_SOURCE_CODES.formatted("")
				.replace(" creatingUser=\"11111111-0000-0000-0000-000000000031\"", "")
				.replaceAll("(?s)<PDFSource.*?</PDFSource>", "")
				.replaceAll("<Coding guid=\"BB000000-0000-0000-0000-000000000032\".*?</Coding>", "");
		Path file = qdpx("anonymous.qdpx", project, Map.of("speech.txt", SPEECH));
		ImportException e = assertThrows(ImportException.class, () -> importNew(file));
		assertTrue(e.getMessage().contains("does not say who gave the document its codes")
				&& e.getMessage().contains("--annotator"), e.getMessage());
		Corpus corpus = corpus();
		assertTrue(corpus.documentIds().isEmpty() && DocumentCodes.annotators(corpus).isEmpty(), "nothing written");

		AnnotationImporter.importFile(file, ImportOptions.defaults().withAddTypes(true)
				.withAnnotator(java.util.Optional.of("lee")), corpus, ExportProgress.NONE);
		Corpus extended = corpus();
		assertEquals(List.of("Economy"), labels(extended, DocumentCodes.of(extended, "lee", "speech")));
	}

	private static List<String> labels(Corpus corpus, List<String> codes) {
		return codes.stream().map(code -> corpus.schema().tagType(code).orElseThrow().label()).toList();
	}
}
