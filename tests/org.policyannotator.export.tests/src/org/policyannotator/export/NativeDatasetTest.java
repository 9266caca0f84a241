package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Our dataset format: what it states, and that export, import and export again give the same bytes. */
class NativeDatasetTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	@TempDir
	Path dir;

	private Path export(Corpus corpus, ExportFormat format, ExportOptions options, String name) throws IOException {
		Path out = dir.resolve(name);
		Exporter.export(DatasetSource.of(corpus, options), format, out, ExportProgress.NONE);
		return out;
	}

	@Test
	void roundTripOfTheJsonFileIsByteIdentical() throws IOException {
		roundTrip(ExportFormat.NATIVE, ImportFormat.NATIVE, "dataset.json");
	}

	@Test
	void roundTripOfJsonLinesIsByteIdentical() throws IOException {
		roundTrip(ExportFormat.JSONL, ImportFormat.JSONL, "dataset.jsonl");
	}

	@Test
	void roundTripWithoutTextsIsByteIdentical() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path first = export(original, ExportFormat.NATIVE, ExportOptions.all().withText(false), "first.json");
		Corpus copy = TestCorpus.create(dir.resolve("b"), "News");
		AnnotationImporter.importFile(first, Optional.empty(), Optional.empty(), copy, ExportProgress.NONE);
		Path second = export(copy, ExportFormat.NATIVE, ExportOptions.all().withText(false), "second.json");
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		JsonNode root = JSON.readTree(first.toFile());
		assertFalse(root.at("/selection/text").asBoolean(true), "the header says texts are left out");
		for (JsonNode document : root.get("documents")) {
			assertFalse(document.has("text"), "no text in " + document.get("id"));
		}
	}

	private void roundTrip(ExportFormat export, ImportFormat format, String name) throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path first = export(original, export, ExportOptions.all(), "first-" + name);
		Corpus copy = TestCorpus.create(dir.resolve("b"), "News");
		ImportReport report = AnnotationImporter.importFile(first, Optional.of(format), Optional.empty(), copy,
				ExportProgress.NONE);
		assertEquals(11, report.sets(), "ana on 6 documents, ben on 5");
		Path second = export(copy, export, ExportOptions.all(), "second-" + name);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second),
				() -> "export -> import -> export changed the file " + name);
		// recognised without --format too
		Corpus third = TestCorpus.create(dir.resolve("c"), "News");
		AnnotationImporter.importFile(first, Optional.empty(), Optional.empty(), third, ExportProgress.NONE);
		assertArrayEquals(Files.readAllBytes(first),
				Files.readAllBytes(export(third, export, ExportOptions.all(), "third-" + name)));
	}

	@Test
	void theHeaderStatesTheOffsetUnitsAndEverySpanCarriesBothOffsetsQuoteAndHash() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("a"), "News");
		JsonNode root = JSON.readTree(export(corpus, ExportFormat.NATIVE, ExportOptions.all(), "d.json").toFile());
		assertEquals("policyannotator-dataset", root.get("format").asText());
		assertEquals(1, root.get("version").asInt());
		assertEquals("utf-16-code-units", root.at("/offsetUnits/start").asText());
		assertEquals("unicode-code-points", root.at("/offsetUnits/codePointStart").asText());
		assertEquals("claim", root.at("/schema/tagTypes/0/id").asText());
		int spans = 0;
		boolean sawDifferentUnits = false;
		for (JsonNode document : root.get("documents")) {
			String text = document.get("text").asText();
			assertEquals(Document.sha256Of(text), document.get("sha256").asText());
			for (JsonNode set : document.get("sets")) {
				for (JsonNode annotation : set.get("annotations")) {
					for (JsonNode span : annotation.get("spans")) {
						int start = span.get("start").asInt();
						int end = span.get("end").asInt();
						String quote = span.get("quote").asText();
						assertEquals(quote, text.substring(start, end), "UTF-16 offsets select the quote");
						assertEquals(text.codePointCount(0, start), span.get("codePointStart").asInt());
						assertEquals(text.codePointCount(0, end), span.get("codePointEnd").asInt());
						assertTrue(text.substring(0, start).endsWith(span.get("prefix").asText()));
						assertTrue(text.substring(end).startsWith(span.get("suffix").asText()));
						sawDifferentUnits |= span.get("codePointStart").asInt() != start;
						spans++;
					}
				}
			}
		}
		assertTrue(spans > 60, "many spans: " + spans);
		assertTrue(sawDifferentUnits, "the multilingual document has spans whose units differ");
	}

	@Test
	void jsonLinesHasAHeaderLineThenOneDocumentPerLine() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("a"), "News");
		List<String> lines = Files.readAllLines(export(corpus, ExportFormat.JSONL, ExportOptions.all(), "d.jsonl"),
				StandardCharsets.UTF_8);
		assertEquals(1 + 6, lines.size());
		assertEquals("jsonl", JSON.readTree(lines.get(0)).get("flavour").asText());
		for (String line : lines.subList(1, lines.size())) {
			JsonNode document = JSON.readTree(line);
			assertTrue(corpus.hasDocument(document.get("id").asText()));
		}
	}

	@Test
	void theSameCorpusGivesTheSameBytes() throws IOException {
		Corpus corpus = TestCorpus.annotated(dir.resolve("a"), "News");
		for (ExportFormat format : List.of(ExportFormat.NATIVE, ExportFormat.JSONL, ExportFormat.W3C,
				ExportFormat.DOCCANO, ExportFormat.LABEL_STUDIO)) {
			byte[] once = Files.readAllBytes(export(corpus, format, ExportOptions.all(), format.key() + "-1"));
			byte[] twice = Files.readAllBytes(export(corpus, format, ExportOptions.all(), format.key() + "-2"));
			assertArrayEquals(once, twice, format.key());
		}
	}

	@Test
	void everyQuoteCarriesThePersonOfItsSpeakerWhicheverNameTheArticleUses() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("speakers"), "News", org.policyannotator.model.schema.Schema.defaultSchema());
		quoted(corpus, "d1", "Chinese President Xi Jinping said \"we agree\".", "Chinese President Xi Jinping", "we agree");
		quoted(corpus, "d2", "\"Peace first,\" President Xi said.", "President Xi", "Peace first");
		quoted(corpus, "d3", "\"No,\" said Lee Jae-myung. \"Yes,\" said Lee Hsien Loong.", "Lee Jae-myung", "No");
		List<String> persons = new ArrayList<>();
		for (String line : Files.readAllLines(export(corpus, ExportFormat.JSONL, ExportOptions.all(), "s.jsonl"))
				.subList(1, 4)) {
			for (JsonNode annotation : JSON.readTree(line).at("/sets/0/annotations")) {
				persons.add(annotation.get("type").asText() + ":" + annotation.at("/speaker/id").asText() + ":"
						+ annotation.at("/speaker/name").asText());
			}
		}
		assertEquals(List.of("speaker:xi-jinping:Xi Jinping", "quote:xi-jinping:Xi Jinping",
				"quote:xi-jinping:Xi Jinping", "speaker:xi-jinping:Xi Jinping", "quote:lee-jae-myung:Lee Jae-myung",
				"speaker:lee-jae-myung:Lee Jae-myung"), persons);
		JsonNode leftOut = JSON.readTree(Files.readAllLines(export(corpus, ExportFormat.JSONL,
				ExportOptions.all().withTypes(java.util.Set.of("quote")), "q.jsonl")).get(1));
		assertFalse(leftOut.at("/sets/0/annotations/0").has("speaker"), "without speakers a quote has none");
	}

	@Test
	void speakersGroupedWhileTheSetsAreReadOnceAreLaidOutAsIfKnownBefore() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("spool"), "News", org.policyannotator.model.schema.Schema.defaultSchema());
		quoted(corpus, "d1", "Chinese President Xi Jinping said \"we agree\".", "Chinese President Xi Jinping", "we agree");
		quoted(corpus, "d2", "\"Peace first,\" President Xi said.", "President Xi", "Peace first");
		DatasetSource read = DatasetSource.of(corpus, ExportOptions.all());
		assertTrue(read.speakersGatheredWhileWriting());
		DatasetSource known = new DatasetSource() {
			@Override
			public String name() {
				return read.name();
			}

			@Override
			public org.policyannotator.model.schema.Schema schema() {
				return read.schema();
			}

			@Override
			public ExportOptions options() {
				return read.options();
			}

			@Override
			public List<String> documentIds() {
				return read.documentIds();
			}

			@Override
			public DocumentEntry load(String documentId) throws IOException {
				return read.load(documentId);
			}

			@Override
			public org.policyannotator.model.speakers.SpeakerPersons speakers() {
				return new org.policyannotator.model.speakers.SpeakerPersons(
						List.of("Chinese President Xi Jinping", "President Xi"));
			}
		};
		for (ExportFormat format : List.of(ExportFormat.NATIVE, ExportFormat.JSONL)) {
			Path spooled = dir.resolve("spooled-" + format.key());
			Path direct = dir.resolve("direct-" + format.key());
			Exporter.export(read, format, spooled, ExportProgress.NONE);
			Exporter.export(known, format, direct, ExportProgress.NONE);
			assertEquals(Files.readString(direct), Files.readString(spooled), format.key());
			assertTrue(Files.readString(spooled).contains("xi-jinping"), format.key());
		}
	}

	private static void quoted(Corpus corpus, String id, String text, String speaker, String words)
			throws IOException {
		corpus.addDocument(Document.of(id, "", text));
		AnnotationSet set = corpus.loadSet("ana", id);
		int s = text.indexOf(speaker);
		int q = text.indexOf(words);
		Annotation who = Annotation.of(set.newId(), "speaker", List.of(Span.of(text, s, s + speaker.length())), "ana",
				Instant.now());
		Annotation said = Annotation.of(set.newId(), "quote", List.of(Span.of(text, q, q + words.length())), "ana",
				Instant.now());
		set.add(who);
		set.add(said);
		set.addRelation(new Relation("r1", "said-by", said.id(), who.id()));
		corpus.saveSet(set);
	}
}
