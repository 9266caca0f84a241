package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.importing.AnnotationImporter;
import org.policyannotator.export.importing.ImportException;
import org.policyannotator.export.importing.ImportFormat;
import org.policyannotator.export.importing.ImportOptions;
import org.policyannotator.export.importing.ImportReport;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;

/**
 * Importing shared sets: W3C and doccano files come back with the same spans, and every kind of bad input is
 * refused with a message naming the file (and line) and the problem, leaving the corpus untouched.
 */
class ImportTest {
	@TempDir
	Path dir;

	private Path export(Corpus corpus, ExportFormat format, String name) throws IOException {
		Path out = dir.resolve(name);
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), format, out, ExportProgress.NONE);
		return out;
	}

	private static ImportReport importFile(Path file, ImportFormat format, Corpus corpus) throws IOException {
		return AnnotationImporter.importFile(file, Optional.of(format), Optional.empty(), corpus, ExportProgress.NONE);
	}

	@Test
	void w3cExportImportedBackGivesTheSameDataset() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path w3c = export(original, ExportFormat.W3C, "w3c.jsonld");
		Corpus copy = TestCorpus.create(dir.resolve("b"), "News");
		ImportReport report = AnnotationImporter.importFile(w3c, Optional.empty(), Optional.empty(), copy,
				ExportProgress.NONE);
		assertEquals(11, report.sets());
		assertArrayEquals(Files.readAllBytes(export(original, ExportFormat.NATIVE, "a.json")),
				Files.readAllBytes(export(copy, ExportFormat.NATIVE, "b.json")),
				"types, spans, attributes, notes, status, times and relations survive W3C");
	}

	/** Windows Notepad saves UTF-8 with a byte order mark, or "Unicode" (UTF-16 with one): both must import. */
	@Test
	void byteOrderMarksAndUtf16AreReadAndOtherBytesAreNamedWithTheirLine() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		for (ExportFormat format : List.of(ExportFormat.JSONL, ExportFormat.NATIVE, ExportFormat.W3C, ExportFormat.DOCCANO)) {
			String text = Files.readString(export(original, format, "plain-" + format.key()));
			byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			byte[] withBom = new byte[utf8.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(utf8, 0, withBom, 3, utf8.length);
			byte[] utf16 = ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
			int i = 0;
			for (byte[] bytes : List.of(withBom, utf16)) {
				Path file = Files.write(dir.resolve(format.key() + "-" + i++), bytes);
				Corpus copy = TestCorpus.create(dir.resolve("copy-" + format.key() + "-" + i), "News");
				ImportReport report = AnnotationImporter.importFile(file, Optional.empty(),
						Optional.empty(), copy, ExportProgress.NONE);
				assertTrue(report.annotations() > 0, format.key() + " " + i);
			}
		}
		Path jsonl = export(original, ExportFormat.JSONL, "bad.jsonl");
		List<String> lines = Files.readAllLines(jsonl);
		java.io.ByteArrayOutputStream bad = new java.io.ByteArrayOutputStream();
		bad.writeBytes((lines.get(0) + "\n" + lines.get(1) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		bad.writeBytes(new byte[] { '{', '"', (byte) 0xC3, 0x28, '"', '}', '\n' });
		Files.write(jsonl, bad.toByteArray());
		Corpus copy = TestCorpus.create(dir.resolve("bad-copy"), "News");
		ExportException e = assertThrows(ExportException.class, () -> importFile(jsonl, ImportFormat.JSONL, copy));
		assertTrue(e.getMessage().contains(jsonl + ": line 3: the file is not valid UTF-8 text"), e.getMessage());
	}

	/** Found by the command-line fuzz test: an empty relation type escaped as a bare "type must not be empty". */
	@Test
	void aRelationWithoutTypeIsAProblemNamingFileAndLine() throws IOException {
		Corpus copy = TestCorpus.create(dir.resolve("b"), "News");
		String text = copy.loadDocument(copy.documentIds().get(0)).text();
		String line = "{\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text)
				+ ", \"annotator\": \"ana\", \"entities\": [{\"id\": 1, \"label\": \"claim\", \"start_offset\": 0,"
				+ " \"end_offset\": 5}, {\"id\": 2, \"label\": \"claim\", \"start_offset\": 6, \"end_offset\": 9}],"
				+ " \"relations\": [{\"id\": 1, \"from_id\": 1, \"to_id\": 2, \"type\": \"\"}]}\n";
		Path file = Files.writeString(dir.resolve("empty-type.jsonl"), line);
		ExportException e = assertThrows(ExportException.class, () -> importFile(file, ImportFormat.DOCCANO, copy));
		assertTrue(e.getMessage().contains(file + ": line 1: relation #1: type must not be empty"), e.getMessage());
	}

	@Test
	void doccanoImportGivesTheSameSpansAndTypes() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path doccano = export(original, ExportFormat.DOCCANO, "doccano.jsonl");
		Corpus copy = TestCorpus.create(dir.resolve("b"), "News");
		importFile(doccano, ImportFormat.DOCCANO, copy);
		for (String annotator : List.of("ana", "ben")) {
			for (String document : original.documentIdsAnnotatedBy(annotator)) {
				assertEquals(pieces(original.loadSet(annotator, document)), pieces(copy.loadSet(annotator, document)),
						annotator + " on " + document);
				assertEquals(original.loadSet(annotator, document).relations().size(),
						copy.loadSet(annotator, document).relations().size());
			}
		}
	}

	@Test
	void doccanoLinesWithoutDocumentIdAreMatchedByTheirTextAndNeedAnAnnotator() throws IOException {
		Corpus corpus = TestCorpus.create(dir.resolve("c"), "News");
		String text = TestCorpus.documents().get(5).text();
		String json = "{\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text)
				+ ", \"label\": [[0, 4, \"claim\"]]}\n";
		Path file = dir.resolve("plain.jsonl");
		Files.writeString(file, json, StandardCharsets.UTF_8);
		ImportException noAnnotator = assertThrows(ImportException.class, () -> importFile(file, ImportFormat.DOCCANO,
				corpus));
		assertTrue(noAnnotator.getMessage().contains("give --annotator"), noAnnotator.getMessage());
		AnnotationImporter.importFile(file, Optional.of(ImportFormat.DOCCANO), Optional.of("carla"), corpus,
				ExportProgress.NONE);
		Annotation imported = corpus.loadSet("carla", TestCorpus.MULTILINGUAL).annotations().get(0);
		assertEquals(text.substring(0, 4), imported.firstSpan().quote());
	}

	private static List<String> pieces(AnnotationSet set) {
		List<String> pieces = new ArrayList<>();
		for (Annotation annotation : set.annotations()) {
			annotation.spans().forEach(s -> pieces.add(annotation.type() + " " + s.start() + " " + s.end()));
		}
		pieces.sort(null);
		return pieces;
	}

	/** Runs an import that must fail; returns the message and checks nothing was written. */
	private String refused(Path file, ImportFormat format, Corpus corpus) throws IOException {
		long before = corpus.info().annotations();
		ImportException e = assertThrows(ImportException.class, () -> importFile(file, format, corpus));
		assertEquals(before, corpus.info().annotations(), "nothing written");
		assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
		return e.getMessage();
	}

	@Test
	void malformedJsonIsRefusedWithLineAndColumn() throws IOException {
		Corpus corpus = TestCorpus.create(dir.resolve("c"), "News");
		String message = refused(Fixtures.file("malformed.json"), ImportFormat.NATIVE, corpus);
		assertTrue(message.contains("line 2") && message.contains("malformed JSON"), message);
	}

	@Test
	void aTruncatedJsonLinesFileIsRefusedNamingTheLine() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path full = export(original, ExportFormat.JSONL, "full.jsonl");
		byte[] bytes = Files.readAllBytes(full);
		Path cut = dir.resolve("cut.jsonl");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 200));
		Corpus corpus = TestCorpus.create(dir.resolve("c"), "News");
		String message = refused(cut, ImportFormat.JSONL, corpus);
		assertTrue(message.contains("line 7") && message.contains("truncated"), message);
	}

	@Test
	void aTruncatedJsonFileIsRefused() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		byte[] bytes = Files.readAllBytes(export(original, ExportFormat.NATIVE, "full.json"));
		Path cut = dir.resolve("cut.json");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		String message = refused(cut, ImportFormat.NATIVE, TestCorpus.create(dir.resolve("c"), "News"));
		assertTrue(message.contains("truncated"), message);
	}

	@Test
	void wrongOffsetsAreReportedNeverShifted() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path file = export(original, ExportFormat.JSONL, "d.jsonl");
		List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
		String line = lines.get(6);
		int at = line.indexOf("\"start\":") + "\"start\":".length();
		int end = line.indexOf(',', at);
		int start = Integer.parseInt(line.substring(at, end));
		lines.set(6, line.substring(0, at) + (start + 1) + line.substring(end));
		Path bad = dir.resolve("shifted.jsonl");
		Files.write(bad, lines, StandardCharsets.UTF_8);
		String message = refused(bad, ImportFormat.JSONL, TestCorpus.create(dir.resolve("c"), "News"));
		assertTrue(message.contains("line 7") && message.contains("but the document text there is"), message);
	}

	@Test
	void unknownTypesAreRefusedAndRenamedDocumentsFoundByTheirQuotes() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path file = export(original, ExportFormat.JSONL, "d.jsonl");
		String content = Files.readString(file, StandardCharsets.UTF_8);
		Path types = dir.resolve("types.jsonl");
		Files.writeString(types, content.replace("\"type\":\"statistic\"", "\"type\":\"rumour\""));
		String message = refused(types, ImportFormat.JSONL, TestCorpus.create(dir.resolve("c"), "News"));
		assertTrue(message.contains("tag type \"rumour\" is not in the corpus schema"), message);
		Path documents = dir.resolve("documents.jsonl");
		StringBuilder renamed = new StringBuilder();
		com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
		for (String line : content.split("\n")) {
			var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line);
			if (node.path("id").asText().equals("multilingual")) {
				node.put("id", "elsewhere");
				node.remove("text");
			}
			renamed.append(json.writeValueAsString(node)).append('\n');
		}
		Files.writeString(documents, renamed.toString());
		Corpus target = TestCorpus.create(dir.resolve("d"), "News");
		ImportReport report = importFile(documents, ImportFormat.JSONL, target);
		assertEquals(1, report.matched(), "a document the corpus knows under another id is found by its quotes");
		assertEquals(original.loadSet("ana", TestCorpus.MULTILINGUAL).size(),
				target.loadSet("ana", TestCorpus.MULTILINGUAL).size());
	}

	@Test
	void aDifferentTextHashIsRefused() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path file = export(original, ExportFormat.NATIVE, "d.json");
		Corpus changed = TestCorpus.create(dir.resolve("c"), "News");
		changed.addDocument(changed.loadDocument(TestCorpus.MULTILINGUAL).withText("A different text."));
		String message = refused(file, ImportFormat.NATIVE, changed);
		assertTrue(message.contains("another text of document multilingual"), message);
	}

	@Test
	void aDoccanoLineWhoseTextIsInNoDocumentIsRefusedWhenOnlyExistingDocumentsMayBeUsed() throws IOException {
		Path file = Fixtures.file("doccano-unknown-text.jsonl");
		Corpus corpus = TestCorpus.create(dir.resolve("c"), "News");
		int before = corpus.documentIds().size();
		ImportException e = assertThrows(ImportException.class, () -> AnnotationImporter.importFile(file,
				ImportOptions.defaults().withExistingDocumentsOnly(true), corpus, ExportProgress.NONE));
		assertTrue(e.getMessage().contains(file + ": line 1") && e.getMessage().contains(
				"no document of the corpus has this text"), e.getMessage());
		assertEquals(before, corpus.documentIds().size(), "no document created");
	}

	@Test
	void aNewerFormatVersionIsRefused() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path file = export(original, ExportFormat.NATIVE, "d.json");
		Path newer = dir.resolve("newer.json");
		Files.writeString(newer, Files.readString(file, StandardCharsets.UTF_8).replace("\"version\": 1,",
				"\"version\": 2,"), StandardCharsets.UTF_8);
		String message = refused(newer, ImportFormat.NATIVE, TestCorpus.create(dir.resolve("c"), "News"));
		assertTrue(message.contains("version 2 is not supported"), message);
	}

	@Test
	void theWrongFlavourIsRefusedNamingTheRightOne() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path lines = export(original, ExportFormat.JSONL, "d.jsonl");
		String message = refused(lines, ImportFormat.NATIVE, TestCorpus.create(dir.resolve("c"), "News"));
		assertTrue(message.contains("use --format jsonl"), message);
		Path json = export(original, ExportFormat.NATIVE, "d.json");
		message = refused(json, ImportFormat.JSONL, TestCorpus.create(dir.resolve("d"), "News"));
		assertTrue(message.contains("line 1") && message.contains("use --format native"), message);
	}

	@Test
	void aFileOfNoKnownFormatIsRefusedAskingForTheFormat() throws IOException {
		Path file = dir.resolve("notes.txt");
		Files.writeString(file, "just some notes\n");
		ImportException e = assertThrows(ImportException.class, () -> AnnotationImporter.importFile(file,
				Optional.empty(), Optional.empty(), TestCorpus.create(dir.resolve("c"), "News"), ExportProgress.NONE));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("--format"), e.getMessage());
	}

	@Test
	void importReplacesTheAnnotatorsSetAndSaysSo() throws IOException {
		Corpus original = TestCorpus.annotated(dir.resolve("a"), "News");
		Path file = export(original, ExportFormat.NATIVE, "d.json");
		Corpus target = TestCorpus.annotated(dir.resolve("b"), "News");
		ImportReport report = importFile(file, ImportFormat.NATIVE, target);
		assertEquals(11, report.replaced());
		assertEquals(original.info().annotations(), target.info().annotations());
	}
}
