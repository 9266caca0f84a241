package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.export.importing.OffsetUnit;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A colleague's dataset opens as the user expects: texts the corpus lacks become documents, texts that differ only
 * in line ends and trailing white space find their document, types are found by label, doccano offsets count what
 * doccano counts, and our own doccano export comes back whole.
 */
class ExchangeImportTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;

	private static ImportReport run(Path file, ImportOptions options, Corpus corpus) throws IOException {
		return AnnotationImporter.importFile(file, options, corpus, ExportProgress.NONE);
	}

	private static ImportOptions doccano(String annotator) {
		return ImportOptions.defaults().withFormat(Optional.of(ImportFormat.DOCCANO))
				.withAnnotator(Optional.of(annotator));
	}

	private Corpus empty() throws IOException {
		return Corpus.create(dir.resolve("empty"), "Empty", Schema.defaultSchema());
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> quotes(AnnotationSet set) {
		List<String> quotes = new ArrayList<>();
		set.annotations().forEach(a -> quotes.add(a.type() + ":" + a.firstSpan().quote()));
		return quotes;
	}

	/** doccano docs, Tutorial, "Import Dataset" (sequence labeling with relations). */
	@Test
	void doccanosDocumentedRelationFileOpensInAnEmptyCorpusWithItsTypesAdded() throws IOException {
		Corpus corpus = empty();
		ImportReport report = run(Fixtures.file("tools/doccano-tutorial-relations.jsonl"),
				doccano("carla").withAddTypes(true), corpus);
		assertEquals(1, report.created().size(), report.summary());
		assertTrue(report.addedTypes().containsAll(List.of("org", "date", "person", "foundedat", "foundedby")),
				report.addedTypes().toString());
		Corpus reopened = Corpus.open(corpus.directory());
		AnnotationSet set = reopened.loadSet("carla", report.created().get(0));
		assertEquals(List.of("org:Google", "date:September 4, 1998", "person:Larry Page", "person:Sergey Brin"),
				quotes(set));
		assertEquals(3, set.relations().size());
		assertEquals("PERSON", reopened.schema().tagType("person").orElseThrow().label());
		assertTrue(report.summary().contains("1 created"), report.summary());
	}

	/** doccano docs, Tutorial, "Import Dataset" (sequence labeling, {@code label: [[start, end, label]]}). */
	@Test
	void typesAreFoundByLabelIgnoringCaseAndThroughTheUsersMap() throws IOException {
		Corpus corpus = empty();
		ImportReport report = run(Fixtures.file("tools/doccano-tutorial-label.jsonl"),
				doccano("carla").withTypeMap(Map.of("ORG", "claim", "MISC", "Statistic", "PERSON", "speaker")),
				corpus);
		assertEquals(3, report.created().size());
		List<String> all = new ArrayList<>();
		for (String id : corpus.documentIds()) {
			all.addAll(quotes(corpus.loadSet("carla", id)));
		}
		all.sort(null);
		assertEquals(List.of("claim:EU", "speaker:Obama", "speaker:Peter Blackburn", "statistic:British",
				"statistic:German"), all);
	}

	@Test
	void unknownTypesAreListedOnceWithTheKnownOnesAndNothingIsWritten() throws IOException {
		Corpus corpus = empty();
		Path file = Fixtures.file("tools/doccano-tutorial-label.jsonl");
		ImportException e = assertThrows(ImportException.class, () -> run(file, doccano("carla"), corpus));
		assertEquals(3, e.problems().size(), e.getMessage());
		assertTrue(e.getMessage().contains("tag type \"MISC\" is not in the corpus schema (2 times in the file)")
				&& e.getMessage().contains("claim (Claim)") && e.getMessage().contains("--map \"MISC=<type id>\""),
				e.getMessage());
		assertTrue(e.getMessage().contains(file + ": line 1"), e.getMessage());
		assertEquals(List.of(), corpus.documentIds(), "no document created");
		assertEquals(Schema.defaultSchema(), Corpus.open(corpus.directory()).schema(), "schema untouched");
	}

	@Test
	void aTextWithTrailingNewlinesAndWindowsLineEndsIsTheCorpusDocument() throws IOException {
		Corpus corpus = empty();
		corpus.addDocument(Document.of("budget", "Budget", "Taxes rise.\nSpending falls 3%."));
		String text = "Taxes rise.\r\nSpending falls 3%.  \r\n\r\n";
		int start = text.indexOf("Spending");
		Path file = write("d.jsonl", "{\"text\": " + JSON.writeValueAsString(text) + ", \"label\": [[" + start + ", "
				+ (start + 19) + ", \"Claim\"]]}\n");
		ImportReport report = run(file, doccano("carla"), corpus);
		assertEquals(List.of(), report.created());
		assertEquals(1, report.matched());
		assertEquals(List.of("budget"), corpus.documentIds());
		assertEquals(List.of("claim:Spending falls 3%."), quotes(corpus.loadSet("carla", "budget")));
	}

	@Test
	void doccanoOffsetsCountUtf16UnitsAsTheBrowserDoesAndOtherUnitsOnRequest() throws IOException {
		String text = "Seoul 😀 pledged 1.2 trillion won, the ministry said.";
		int start = text.indexOf("1.2");
		int end = text.indexOf(", the");
		Path utf16 = write("u.jsonl", "{\"text\": " + JSON.writeValueAsString(text) + ", \"label\": [[" + start
				+ ", " + end + ", \"statistic\"]]}\n");
		Corpus corpus = empty();
		ImportReport report = run(utf16, doccano("carla"), corpus);
		assertEquals(List.of("statistic:1.2 trillion won"), quotes(corpus.loadSet("carla", report.created().get(0))));

		Path codePoints = write("c.jsonl", "{\"text\": " + JSON.writeValueAsString(text) + ", \"label\": [["
				+ (start - 1) + ", " + (end - 1) + ", \"statistic\"]]}\n");
		Corpus other = Corpus.create(dir.resolve("other"), "Other", Schema.defaultSchema());
		report = run(codePoints, doccano("carla").withOffsets(OffsetUnit.CODE_POINTS), other);
		assertEquals(List.of("statistic:1.2 trillion won"), quotes(other.loadSet("carla", report.created().get(0))));
	}

	@Test
	void aSpanThatOnlyFitsAnotherUnitIsRefusedNamingThatUnit() throws IOException {
		String text = "📈 Rates rose";
		Path file = write("e.jsonl", "{\"text\": " + JSON.writeValueAsString(text)
				+ ", \"label\": [[1, 7, \"claim\"]]}\n");
		Corpus corpus = empty();
		ImportException e = assertThrows(ImportException.class, () -> run(file, doccano("carla"), corpus));
		assertTrue(e.getMessage().contains("--offsets codepoints"), e.getMessage());
		assertEquals(List.of(), corpus.documentIds());
	}

	@Test
	void ourDoccanoExportOpensInAnEmptyCorpusWithEveryAnnotatorAndTheDocumentNobodyAnnotated() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		String nobody = original.documentIds().get(0);
		Files.delete(original.setFile("ana", nobody));
		Files.deleteIfExists(original.setFile("ben", nobody));
		Path file = dir.resolve("d.jsonl");
		Exporter.export(DatasetSource.of(original, ExportOptions.all()), ExportFormat.DOCCANO, file,
				ExportProgress.NONE);
		Corpus copy = empty();
		ImportReport report = run(file, doccano("someone"), copy);
		assertEquals(original.documentIds().size(), report.created().size(), report.summary());
		for (String annotator : List.of("ana", "ben")) {
			for (String id : original.documentIdsAnnotatedBy(annotator)) {
				assertEquals(spans(original.loadSet(annotator, id)), spans(copy.loadSet(annotator, id)),
						annotator + " on " + id);
			}
		}
		assertTrue(copy.hasDocument(nobody) && copy.loadSet("ana", nobody).isEmpty());
		Path again = dir.resolve("again.jsonl");
		Exporter.export(DatasetSource.of(copy, ExportOptions.all()), ExportFormat.DOCCANO, again,
				ExportProgress.NONE);
		assertEquals(Files.readAllLines(file).size(), Files.readAllLines(again).size());
	}

	@Test
	void theSchemaOfADatasetSavedAsAFileMakesACorpusWithTheSameTypes() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path dataset = dir.resolve("d.json");
		Exporter.export(DatasetSource.of(original, ExportOptions.all()), ExportFormat.NATIVE, dataset,
				ExportProgress.NONE);
		Path schemaFile = dir.resolve("schema.json");
		Files.writeString(schemaFile, JSON.writeValueAsString(JSON.readTree(dataset.toFile()).get("schema")));
		Schema schema = org.policyannotator.model.corpus.SchemaFiles.read(schemaFile);
		assertEquals(original.schema(), schema);
		Corpus copy = Corpus.create(dir.resolve("b"), "Copy", schema);
		ImportReport report = run(dataset, ImportOptions.defaults(), copy);
		assertEquals(original.info().annotations(), copy.info().annotations(), report.summary());
	}

	/** labelstud.io, "Export annotations and data", Label Studio JSON format of annotated tasks. */
	@Test
	void aLabelStudioExportOpensWithItsAnnotatorNotesAndRelations() throws IOException {
		Corpus corpus = empty();
		ImportReport report = run(Fixtures.file("tools/labelstudio-export.json"),
				ImportOptions.defaults().withAddTypes(true), corpus);
		AnnotationSet set = Corpus.open(corpus.directory()).loadSet("maria", report.created().get(0));
		assertEquals(List.of("organization:Apple Inc.", "person:Tim Cook"), quotes(set));
		assertEquals("works-for", set.relations().get(0).type());
		assertEquals("CEO since 2011", set.annotations().get(1).note());
		assertEquals(1, set.relations().size());
	}

	@Test
	void labelStudioExportComesBackWithNotesAttributesSuggestionsAndDiscontinuousSpans() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path file = dir.resolve("tasks.json");
		Exporter.export(DatasetSource.of(original, ExportOptions.all()), ExportFormat.LABEL_STUDIO, file,
				ExportProgress.NONE);
		String config = Files.readString(dir.resolve("tasks.label-config.xml"));
		assertTrue(config.contains("<Labels name=\"label\" toName=\"text\">") && config.contains("<Label value=\"claim\"")
				&& config.contains("<Relation value=\"said-by\"/>") && config.contains("<Choices name=\"stance\""),
				config);
		Corpus copy = empty();
		run(file, ImportOptions.defaults(), copy);
		Path again = dir.resolve("again.json");
		Exporter.export(DatasetSource.of(copy, ExportOptions.all()), ExportFormat.LABEL_STUDIO, again,
				ExportProgress.NONE);
		assertEquals(Files.readString(file), Files.readString(again));
		for (String annotator : List.of("ana", "ben")) {
			for (String id : original.documentIdsAnnotatedBy(annotator)) {
				AnnotationSet before = original.loadSet(annotator, id);
				AnnotationSet after = copy.loadSet(annotator, id);
				assertEquals(spans(before), spans(after), annotator + " on " + id);
				for (Annotation a : before.annotations()) {
					Annotation b = after.annotation(a.id()).orElseThrow();
					assertEquals(a.note(), b.note());
					assertEquals(a.status(), b.status());
					assertEquals(a.attributes(), b.attributes());
				}
				assertEquals(links(before), links(after));
			}
		}
	}

	/** brat.nlplab.org, "Standoff format" (its example, events and attributes on events skipped). */
	@Test
	void bratsDocumentedExampleOpensWithItsNoteAndRelation() throws IOException {
		Corpus corpus = empty();
		ImportReport report = run(Fixtures.file("tools/brat/sony.ann"),
				ImportOptions.defaults().withAnnotator(Optional.of("carla")).withAddTypes(true), corpus);
		AnnotationSet set = Corpus.open(corpus.directory()).loadSet("carla", report.created().get(0));
		assertEquals(List.of("organization:Sony", "merge-org:joint venture", "organization:Ericsson",
				"country:Sweden"), quotes(set));
		assertEquals("this annotation is suspect", set.annotations().get(0).note());
		assertEquals("origin T3 T4", links(set).get(0));
	}

	@Test
	void bratExportComesBackWithAttributesNotesSuggestionsAndSpansAcrossLines() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path folder = dir.resolve("brat");
		Exporter.export(DatasetSource.of(original, ExportOptions.all()), ExportFormat.BRAT, folder,
				ExportProgress.NONE);
		Corpus copy = empty();
		run(folder, ImportOptions.defaults(), copy);
		for (String annotator : List.of("ana", "ben")) {
			for (String id : original.documentIdsAnnotatedBy(annotator)) {
				AnnotationSet before = original.loadSet(annotator, id);
				AnnotationSet after = copy.loadSet(annotator, id);
				assertEquals(spans(before), spans(after), annotator + " on " + id);
				assertEquals(before.relations().size(), after.relations().size());
				for (int i = 0; i < before.size(); i++) {
					Annotation a = before.annotations().get(i);
					Annotation b = after.annotations().get(i);
					assertEquals(a.note(), b.note());
					assertEquals(a.status(), b.status());
					assertEquals(a.attributes().entrySet().stream()
							.filter(e -> !e.getValue().equals(new org.policyannotator.model.AttributeValue.Bool(false)))
							.map(Map.Entry::getKey).toList(), List.copyOf(b.attributes().keySet()),
							"brat has no false, only a binary attribute that is there or not");
				}
			}
		}
		Path again = dir.resolve("again");
		Exporter.export(DatasetSource.of(copy, ExportOptions.all()), ExportFormat.BRAT, again, ExportProgress.NONE);
		for (String annotator : List.of("ana", "ben")) {
			for (String id : original.documentIdsAnnotatedBy(annotator)) {
				assertEquals(Files.readString(folder.resolve(annotator).resolve(id + ".ann")),
						Files.readString(again.resolve(annotator).resolve(id + ".ann")), annotator + " " + id);
			}
		}
	}

	/** Recogito / INCEpTION W3C shape: tagging purpose, relative id, no target source. */
	@Test
	void aW3cAnnotationWithoutSourceFindsTheDocumentHoldingItsQuote() throws IOException {
		Corpus corpus = empty();
		corpus.addDocument(Document.of("budget", "Budget", "Taxes rise.\nSpending falls 3%."));
		corpus.addDocument(Document.of("other", "Other", "Nothing to see here, nothing at all."));
		ImportReport report = run(Fixtures.file("tools/recogito-w3c.jsonld"), ImportOptions.defaults(), corpus);
		assertEquals(1, report.matched());
		AnnotationSet set = corpus.loadSet("maria", "budget");
		assertEquals(List.of("claim:Spending falls 3%."), quotes(set));
		assertEquals("Check the source of this figure.", set.annotations().get(0).note());
	}

	private static List<String> links(AnnotationSet set) {
		return set.relations().stream().map(r -> r.type() + " " + r.from() + " " + r.to()).sorted().toList();
	}

	private static List<String> spans(AnnotationSet set) {
		List<String> spans = new ArrayList<>();
		for (Annotation a : set.annotations()) {
			a.spans().forEach(s -> spans.add(a.type() + " " + s.start() + " " + s.end()));
		}
		spans.sort(null);
		return spans;
	}
}
