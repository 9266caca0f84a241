package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * UIMA CAS JSON as INCEpTION writes it, produced here by Apache UIMA's own serializer ({@code uimaj-io-json}'s
 * {@code JsonCas2Serializer}, what INCEpTION's "UIMA CAS JSON" format uses) from a CAS with INCEpTION's layers: DKPro's
 * {@code DocumentMetaData}, {@code Sentence} and {@code Token}, the built-in named entity layer ({@code NamedEntity},
 * tag in {@code value}), a custom span layer without a tag feature ({@code webanno.custom.Quote} with a string
 * feature {@code kind}) and a cross-layer relation layer ({@code webanno.custom.SaidBy}, INCEpTION 33, #1319) from a quote
 * to a person. Layers as described in the INCEpTION user guide, "Layers" and "UIMA CAS JSON".
 */
class UimaInceptionImportTest {
	private static final String DKPRO = "de.tudarmstadt.ukp.dkpro.core.api.";
	/** A non-BMP character before the spans: UTF-16 offsets differ from code points after it. */
	private static final String TEXT = "President Lee Jae-myung \uD83D\uDE00 met Xi Jinping in Gyeongju.\n"
			+ "\u201CTrade rose 24.5 percent,\u201D Lee said.";

	@TempDir
	Path dir;

	private static TypeSystemDescription inceptionTypes() {
		TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		TypeDescription meta = types.addType(DKPRO + "metadata.type.DocumentMetaData", "", "uima.tcas.DocumentAnnotation");
		meta.addFeature("documentTitle", "", CAS.TYPE_NAME_STRING);
		meta.addFeature("documentId", "", CAS.TYPE_NAME_STRING);
		types.addType(DKPRO + "segmentation.type.Sentence", "", CAS.TYPE_NAME_ANNOTATION);
		types.addType(DKPRO + "segmentation.type.Token", "", CAS.TYPE_NAME_ANNOTATION);
		TypeDescription entity = types.addType(DKPRO + "ner.type.NamedEntity", "", CAS.TYPE_NAME_ANNOTATION);
		entity.addFeature("value", "", CAS.TYPE_NAME_STRING);
		entity.addFeature("identifier", "", CAS.TYPE_NAME_STRING);
		TypeDescription quote = types.addType("webanno.custom.Quote", "", CAS.TYPE_NAME_ANNOTATION);
		quote.addFeature("kind", "", CAS.TYPE_NAME_STRING);
		TypeDescription saidBy = types.addType("webanno.custom.SaidBy", "", CAS.TYPE_NAME_ANNOTATION);
		saidBy.addFeature("Governor", "", CAS.TYPE_NAME_ANNOTATION);
		saidBy.addFeature("Dependent", "", CAS.TYPE_NAME_ANNOTATION);
		return types;
	}

	/** Writes one annotator's CAS for {@link #TEXT} with UIMA's serializer; {@code full} adds the quote and link. */
	private static void writeCas(Path file, boolean full) throws Exception {
		CAS cas = CasCreationUtils.createCas(inceptionTypes(), null, null);
		cas.setDocumentText(TEXT);
		cas.setDocumentLanguage("en");
		Type meta = cas.getTypeSystem().getType(DKPRO + "metadata.type.DocumentMetaData");
		AnnotationFS metadata = cas.createAnnotation(meta, 0, TEXT.length());
		metadata.setStringValue(meta.getFeatureByBaseName("documentTitle"), "Lee meets Xi.txt");
		metadata.setStringValue(meta.getFeatureByBaseName("documentId"), "Lee meets Xi.txt");
		metadata.setStringValue(meta.getFeatureByBaseName("language"), "en");
		cas.addFsToIndexes(metadata);
		Type sentence = cas.getTypeSystem().getType(DKPRO + "segmentation.type.Sentence");
		cas.addFsToIndexes(cas.createAnnotation(sentence, 0, TEXT.indexOf('\n')));
		Type token = cas.getTypeSystem().getType(DKPRO + "segmentation.type.Token");
		cas.addFsToIndexes(cas.createAnnotation(token, 0, "President".length()));
		Type entity = cas.getTypeSystem().getType(DKPRO + "ner.type.NamedEntity");
		AnnotationFS lee = entity(cas, entity, "Lee Jae-myung", "PER");
		entity(cas, entity, "Xi Jinping", "PER");
		entity(cas, entity, "Gyeongju", "LOC");
		if (full) {
			Type quoteType = cas.getTypeSystem().getType("webanno.custom.Quote");
			int start = TEXT.indexOf("Trade");
			AnnotationFS quote = cas.createAnnotation(quoteType, start, TEXT.indexOf(",\u201D"));
			quote.setStringValue(quoteType.getFeatureByBaseName("kind"), "direct");
			cas.addFsToIndexes(quote);
			Type saidBy = cas.getTypeSystem().getType("webanno.custom.SaidBy");
			AnnotationFS link = cas.createAnnotation(saidBy, lee.getBegin(), lee.getEnd());
			link.setFeatureValue(saidBy.getFeatureByBaseName("Governor"), quote);
			link.setFeatureValue(saidBy.getFeatureByBaseName("Dependent"), lee);
			cas.addFsToIndexes(link);
		}
		Files.createDirectories(file.getParent());
		new JsonCas2Serializer().serialize(cas, file.toFile());
	}

	private static AnnotationFS entity(CAS cas, Type type, String text, String value) {
		int start = TEXT.indexOf(text);
		AnnotationFS fs = cas.createAnnotation(type, start, start + text.length());
		fs.setStringValue(type.getFeatureByBaseName("value"), value);
		cas.addFsToIndexes(fs);
		return fs;
	}

	private Corpus empty() throws IOException {
		return Corpus.create(dir.resolve("corpus"), "Empty", Schema.defaultSchema());
	}

	private static ImportOptions options() {
		return ImportOptions.defaults().withTypeMap(Map.of("PER", "speaker")).withAddTypes(true);
	}

	private static List<String> tagged(AnnotationSet set) {
		List<String> tagged = new ArrayList<>();
		set.annotations().forEach(a -> tagged.add(a.type() + ":" + a.firstSpan().quote()));
		return tagged;
	}

	@Test
	void anInceptionCasFileOpensInAnEmptyCorpusWithItsSpansRelationAndLanguage() throws Exception {
		Path file = dir.resolve("Lee meets Xi.json");
		writeCas(file, true);
		Corpus corpus = empty();
		ImportReport report = AnnotationImporter.importFile(file, options().withAnnotator(Optional.of("mina")),
				corpus, ExportProgress.NONE);
		assertEquals(1, report.created().size(), report.summary());
		Document document = corpus.loadDocument(report.created().get(0));
		assertEquals(TEXT, document.text());
		assertEquals("en", document.language());
		assertEquals("Lee meets Xi.txt", document.title());
		AnnotationSet set = corpus.loadSet("mina", document.id());
		String loc = Corpus.open(corpus.directory()).schema().tagTypes().stream()
				.filter(t -> t.label().equals("LOC")).findFirst().orElseThrow(
						() -> new AssertionError("LOC added: " + corpus.schema().tagTypes()))
				.id();
		assertEquals(List.of("speaker:Lee Jae-myung", "speaker:Xi Jinping", loc + ":Gyeongju",
				"quote:Trade rose 24.5 percent"), tagged(set), "tokens, sentences and metadata are not annotations");
		Annotation quote = set.annotations().get(3);
		assertEquals("direct", quote.attributes().get("kind").display());
		assertEquals(1, set.relations().size());
		Relation saidBy = set.relations().get(0);
		assertEquals("said-by", saidBy.type());
		assertEquals(quote.id(), saidBy.from());
		assertEquals(set.annotations().get(0).id(), saidBy.to());
	}

	@Test
	void anUnpackedInceptionProjectExportGivesEachUserTheirSetAndTheInitialCasOnlyTheText() throws Exception {
		Path project = dir.resolve("project");
		Path folder = project.resolve("annotation").resolve("Lee meets Xi.txt");
		writeCas(folder.resolve("INITIAL_CAS.json"), false);
		writeCas(folder.resolve("anna.kim@example.org.json"), true);
		writeCas(folder.resolve("ben.json"), false);
		Files.createDirectories(project.resolve("source"));
		Files.writeString(project.resolve("exportedproject1.json"), "{\"name\": \"Lee meets Xi\"}");
		Corpus corpus = empty();
		ImportReport report = AnnotationImporter.importFile(project, options(), corpus, ExportProgress.NONE);
		assertEquals(1, report.created().size(), "one document, however many users annotated it");
		String id = report.created().get(0);
		assertEquals(List.of("anna.kim.example.org", "ben"), corpus.annotators().stream().sorted().toList(),
				"e-mail user names become annotator names; INITIAL_CAS is nobody's set");
		assertEquals(4, corpus.loadSet("anna.kim.example.org", id).size());
		assertEquals(3, corpus.loadSet("ben", id).size());
		assertTrue(corpus.loadSet("anna.kim.example.org", id).relations().size() == 1);
	}
}
