package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;

/**
 * Our UIMA CAS JSON export loaded by Apache UIMA itself ({@code uimaj-core} parses the {@code TypeSystem.xml}
 * written beside the files and builds the CAS, {@code uimaj-io-json}'s {@code JsonCas2Deserializer} reads each
 * file into it), as INCEpTION loads a "UIMA CAS JSON" file under its project's type system.
 */
class UimaOwnReaderTest {
	@TempDir
	static Path dir;
	private static Corpus corpus;
	private static Path out;

	@BeforeAll
	static void export() throws IOException {
		corpus = TestCorpus.annotated(dir.resolve("corpus"), "News");
		out = dir.resolve("uima");
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.UIMA_JSON, out,
				ExportProgress.NONE);
	}

	private static CAS load(String annotator, String document) throws Exception {
		Path folder = out.resolve(annotator);
		TypeSystemDescription types = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(folder.resolve("TypeSystem.xml").toFile()));
		CAS cas = CasCreationUtils.createCas(types, null, null);
		new JsonCas2Deserializer().deserialize(folder.resolve(document + ".json").toFile(), cas);
		return cas;
	}

	@Test
	void everySetLoadsInUimaWithItsTextSpansAndLabels() throws Exception {
		int loaded = 0;
		for (String annotator : corpus.annotators()) {
			for (String id : corpus.documentIdsAnnotatedBy(annotator)) {
				Document document = corpus.loadDocument(id);
				CAS cas = load(annotator, document.id());
				assertEquals(document.text(), cas.getDocumentText());
				Type span = cas.getTypeSystem().getType("webanno.custom.PolicySpan");
				Feature label = span.getFeatureByBaseName("label");
				List<String> expected = new ArrayList<>();
				AnnotationSet set = corpus.loadSet(annotator, document.id());
				for (Annotation annotation : set.annotations()) {
					for (Span s : annotation.spans()) {
						expected.add(annotation.type() + ":" + s.quote());
					}
				}
				List<String> actual = new ArrayList<>();
				for (AnnotationFS fs : cas.<AnnotationFS> getAnnotationIndex(span)) {
					actual.add(fs.getStringValue(label) + ":" + fs.getCoveredText());
				}
				assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(),
						annotator + "/" + document.id());
				loaded++;
			}
		}
		assertEquals(11, loaded, "every annotator's set of every document");
	}

	@Test
	void aRelationBetweenAQuoteAndASpeakerLoadsUnderTheOneSpanLayer() throws Exception {
		int relations = 0;
		for (Document document : TestCorpus.documents()) {
			AnnotationSet set = corpus.loadSet("ana", document.id());
			Map<String, Annotation> byId = new HashMap<>();
			set.annotations().forEach(a -> byId.put(a.id(), a));
			CAS cas = load("ana", document.id());
			Type saidBy = cas.getTypeSystem().getType("webanno.custom.SaidBy");
			Feature governor = saidBy.getFeatureByBaseName("Governor");
			Feature dependent = saidBy.getFeatureByBaseName("Dependent");
			Feature label = cas.getTypeSystem().getType("webanno.custom.PolicySpan").getFeatureByBaseName("label");
			List<String> loaded = new ArrayList<>();
			for (AnnotationFS fs : cas.<AnnotationFS> getAnnotationIndex(saidBy)) {
				AnnotationFS from = (AnnotationFS) fs.getFeatureValue(governor);
				AnnotationFS to = (AnnotationFS) fs.getFeatureValue(dependent);
				assertNotNull(from, "Governor is set");
				loaded.add(from.getStringValue(label) + ":" + from.getCoveredText() + " -> " + to.getStringValue(label)
						+ ":" + to.getCoveredText());
			}
			List<String> expected = new ArrayList<>();
			for (Relation relation : set.relations()) {
				if (relation.type().equals("said-by")) {
					Annotation from = byId.get(relation.from());
					Annotation to = byId.get(relation.to());
					expected.add(from.type() + ":" + from.firstSpan().quote() + " -> " + to.type() + ":"
							+ to.firstSpan().quote());
				}
			}
			assertEquals(expected, loaded, document.id());
			relations += loaded.size();
		}
		assertTrue(relations >= 3, "the corpus links quotes to speakers in several documents: " + relations);
	}

	@Test
	void theDescriptorSitsBesideEveryAnnotatorsFiles() throws IOException {
		try (var folders = Files.list(out)) {
			for (Path folder : folders.toList()) {
				assertTrue(Files.isRegularFile(folder.resolve("TypeSystem.xml")), folder.toString());
			}
		}
	}
}
