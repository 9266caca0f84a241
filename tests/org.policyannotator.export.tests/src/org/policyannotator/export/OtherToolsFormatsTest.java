package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * doccano, Label Studio, brat and UIMA CAS JSON exports, checked the way the other tool reads them: code point
 * offsets sliced like Python slices a string, UTF-16 offsets like Java, and everything re-read from the files.
 */
class OtherToolsFormatsTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	@TempDir
	static Path dir;
	private static Corpus corpus;
	private static Map<String, Document> documents;

	@BeforeAll
	static void corpus() throws IOException {
		corpus = TestCorpus.annotated(dir.resolve("corpus"), "News");
		documents = new HashMap<>();
		for (Document document : TestCorpus.documents()) {
			documents.put(document.id(), document);
		}
	}

	private static Path export(ExportFormat format) throws IOException {
		Path out = dir.resolve("out-" + format.key());
		if (!Files.exists(out)) {
			Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), format, out, ExportProgress.NONE);
		}
		return out;
	}

	/** {@code text[start:end]} as Python 3 slices it (code points). */
	private static String python(String text, int start, int end) {
		int[] codePoints = text.codePoints().toArray();
		return new String(codePoints, start, end - start);
	}

	private static AnnotationSet set(String annotator, String document) throws IOException {
		return corpus.loadSet(annotator, document);
	}

	@Test
	void doccanoOffsetsSelectTheQuoteAsTheBrowserCountsUtf16Units() throws IOException {
		List<String> lines = Files.readAllLines(export(ExportFormat.DOCCANO), StandardCharsets.UTF_8);
		assertEquals(11, lines.size(), "one line per document and annotator");
		int entities = 0;
		for (String line : lines) {
			JsonNode node = JSON.readTree(line);
			String text = node.get("text").asText();
			AnnotationSet set = set(node.get("annotator").asText(), node.get("document").asText());
			// entities come in text order (start, end, label), each the quote of a span of the set
			List<Map.Entry<Span, String>> spans = new ArrayList<>();
			for (Annotation annotation : set.annotations()) {
				for (Span span : annotation.spans()) {
					spans.add(Map.entry(span, annotation.type()));
				}
			}
			spans.sort(Comparator.<Map.Entry<Span, String>> comparingInt(e -> e.getKey().start())
					.thenComparingInt(e -> e.getKey().end()).thenComparing(Map.Entry::getValue));
			List<String> expected = spans.stream().map(e -> e.getValue() + ":" + e.getKey().quote()).toList();
			List<String> exported = new ArrayList<>();
			for (JsonNode entity : node.get("entities")) {
				exported.add(entity.get("label").asText() + ":"
						+ text.substring(entity.get("start_offset").asInt(), entity.get("end_offset").asInt()));
				entities++;
			}
			assertEquals(expected, exported);
			assertEquals(set.relations().size(), node.get("relations").size());
		}
		assertTrue(entities > 50);
	}

	@Test
	void labelStudioRegionsQuoteTheTextAtTheirCodePointOffsetsAndSuggestionsArePredictions() throws IOException {
		JsonNode tasks = JSON.readTree(export(ExportFormat.LABEL_STUDIO).toFile());
		assertEquals(6, tasks.size());
		int regions = 0;
		int predictions = 0;
		for (JsonNode task : tasks) {
			String text = task.at("/data/text").asText();
			for (String kind : List.of("annotations", "predictions")) {
				for (JsonNode annotation : task.get(kind)) {
					predictions += kind.equals("predictions") ? 1 : 0;
					for (JsonNode result : annotation.get("result")) {
						if (result.get("type").asText().equals("labels")) {
							JsonNode value = result.get("value");
							assertEquals(value.get("text").asText(),
									python(text, value.get("start").asInt(), value.get("end").asInt()));
							regions++;
						}
					}
				}
			}
			assertEquals(documents.get(task.at("/data/document").asText()).text(), text);
		}
		assertTrue(regions > 50);
		assertTrue(predictions > 0, "ana's suggestions are predictions");
		JsonNode first = tasks.get(0).at("/annotations/0/result");
		boolean relation = false;
		boolean choices = false;
		for (JsonNode result : first) {
			relation |= result.get("type").asText().equals("relation");
			choices |= result.get("type").asText().equals("choices");
		}
		assertTrue(relation && choices, "relations and enum attributes are exported");
	}

	@Test
	void bratAnnReReadGivesTheSameSpansAttributesAndRelations() throws IOException {
		Path folder = export(ExportFormat.BRAT);
		assertTrue(Files.readString(folder.resolve("annotation.conf")).contains("said-by\tArg1:quote, Arg2:speaker"));
		for (String annotator : List.of("ana", "ben")) {
			for (String documentId : corpus.documentIdsAnnotatedBy(annotator)) {
				String text = Files.readString(folder.resolve(annotator).resolve(documentId + ".txt"),
						StandardCharsets.UTF_8);
				assertEquals(documents.get(documentId).text(), text, "the .txt is the text, byte for byte");
				BratFile ann = BratFile.read(folder.resolve(annotator).resolve(documentId + ".ann"), text);
				AnnotationSet set = set(annotator, documentId);
				List<String> expected = new ArrayList<>();
				for (Annotation annotation : set.annotations()) {
					StringBuilder pieces = new StringBuilder(annotation.type());
					for (Span span : annotation.spans()) {
						for (String piece : span.quote().split("[\r\n]+")) {
							if (!piece.isEmpty()) {
								pieces.append(" | ").append(piece);
							}
						}
					}
					expected.add(pieces.toString());
				}
				assertEquals(expected, ann.entities(), documentId);
				List<String> relations = new ArrayList<>();
				for (Relation relation : set.relations()) {
					relations.add(relation.type() + " " + relation.from() + " " + relation.to());
				}
				assertEquals(relations, ann.relations(set.annotations().stream().map(Annotation::id).toList()));
			}
		}
		String ann = Files.readString(folder.resolve("ana").resolve(TestCorpus.MULTILINGUAL + ".ann"));
		assertTrue(ann.contains("\tstance T1 neutral\n"), ann);
		assertTrue(ann.contains(";"), "a discontinuous annotation has two fragments: " + ann);
		assertTrue(ann.contains("AnnotatorNotes"), "free attributes and notes go to AnnotatorNotes");
		assertTrue(ann.contains("\tsuggested T"), "suggestions are marked");
		assertTrue(ann.matches("(?s).*AnnotatorNotes T\\d+\tclaimant=T\\d+\n.*"), "references name the T id: " + ann);
	}

	@Test
	void uimaCasJsonHasTheTextUtf16OffsetsAndInceptionStyleRelations() throws IOException {
		Path folder = export(ExportFormat.UIMA_JSON);
		JsonNode cas = JSON.readTree(folder.resolve("ana").resolve(TestCorpus.MULTILINGUAL + ".json").toFile());
		String text = documents.get(TestCorpus.MULTILINGUAL).text();
		assertEquals("uima.tcas.Annotation", cas.at("/%TYPES/webanno.custom.PolicySpan/%SUPER_TYPE").asText());
		assertEquals("webanno.custom.PolicySpan", cas.at("/%TYPES/webanno.custom.SaidBy/Dependent/%RANGE").asText(),
				"a relation layer attaches to the one span layer, as INCEpTION builds it");
		assertEquals("webanno.custom.PolicySpan", cas.at("/%TYPES/webanno.custom.SaidBy/Governor/%RANGE").asText());
		Map<Integer, JsonNode> byId = new HashMap<>();
		for (JsonNode fs : cas.get("%FEATURE_STRUCTURES")) {
			byId.put(fs.get("%ID").asInt(), fs);
		}
		assertEquals(text, byId.get(1).get("sofaString").asText());
		AnnotationSet set = set("ana", TestCorpus.MULTILINGUAL);
		List<String> quotes = new ArrayList<>();
		for (Annotation annotation : set.annotations()) {
			annotation.spans().forEach(s -> quotes.add(s.quote()));
		}
		List<String> exported = new ArrayList<>();
		int relations = 0;
		for (JsonNode fs : cas.get("%FEATURE_STRUCTURES")) {
			String type = fs.get("%TYPE").asText();
			if (type.equals("webanno.custom.SaidBy")) {
				assertEquals("quote", byId.get(fs.get("@Governor").asInt()).get("label").asText());
				assertEquals("speaker", byId.get(fs.get("@Dependent").asInt()).get("label").asText());
				relations++;
			} else if (type.equals("webanno.custom.PolicySpan")) {
				exported.add(text.substring(fs.get("begin").asInt(), fs.get("end").asInt()));
			}
		}
		assertEquals(quotes, exported, "begin/end are UTF-16 offsets, as Java substring reads them");
		assertEquals(1, relations);
		assertEquals(cas.get("%FEATURE_STRUCTURES").size() - 1, cas.at("/%VIEWS/_InitialView/%MEMBERS").size());
		assertFalse(exported.stream().anyMatch(String::isEmpty));
	}
}
