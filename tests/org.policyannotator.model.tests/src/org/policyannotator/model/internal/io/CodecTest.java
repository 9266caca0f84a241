package org.policyannotator.model.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyannotator.model.Document;
import org.policyannotator.model.Fixtures;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;

/** Documents, schemas and corpus headers on disk. */
class CodecTest {
	private static final Path DOC_FILE = Path.of("documents/d.json");

	@Test
	void aDocumentRoundTripsWithEveryField() throws CorpusException {
		Document document = Document.of("d", "China–ROK ties", "https://example.org/a?b=1",
				Optional.of(LocalDate.of(2026, 1, 5)), "en", Fixtures.sampleText("002") + "\r\n😀",
				new Provenance("html", "/home/ana/a.html", Instant.parse("2026-01-06T08:00:00Z")));
		assertEquals(document, DocumentCodec.read(DocumentCodec.write(document), DOC_FILE));
	}

	@Test
	void aDocumentFileIsDeterministicAndReadable() {
		Document document = Document.of("d", "T", "text");
		String json = new String(DocumentCodec.write(document), StandardCharsets.UTF_8);
		assertEquals(json, new String(DocumentCodec.write(document), StandardCharsets.UTF_8));
		assertTrue(json.startsWith("{\n\t\"format\" : \"policyannotator.document\",\n\t\"version\" : 1,"), json);
		assertTrue(json.contains("\"sha256\" : \"" + document.sha256() + "\""), json);
	}

	@Test
	void aDocumentWithAWrongHashIsReadAsStoredSoTheProblemCanBeReported() throws CorpusException {
		String json = new String(DocumentCodec.write(Document.of("d", "T", "text")), StandardCharsets.UTF_8)
				.replace("\"text\" : \"text\"", "\"text\" : \"edited\"");
		Document read = DocumentCodec.read(json.getBytes(StandardCharsets.UTF_8), DOC_FILE);
		assertEquals("edited", read.text());
		assertTrue(!read.hashMatches());
	}

	private static String documentFailure(String json) {
		return assertThrows(CorpusException.class,
				() -> DocumentCodec.read(json.getBytes(StandardCharsets.UTF_8), DOC_FILE)).getMessage();
	}

	@Test
	void badDocumentFilesAreExplained() {
		String head = "{\"format\": \"policyannotator.document\", \"version\": 1, ";
		assertTrue(documentFailure(head + "\"id\": \"d\", \"sha256\": \"x\"}").contains("\"text\" must be a string"));
		assertTrue(documentFailure(head + "\"id\": \"../d\", \"sha256\": \"x\", \"text\": \"t\"}")
				.contains("\"../d\" is not a valid id"));
		assertTrue(documentFailure(head + "\"id\": \"d\", \"sha256\": \"x\", \"text\": \"t\", \"published\": \"5 Jan\"}")
				.contains("\"published\" is not a date"));
		assertTrue(documentFailure(head + "\"id\": \"d\", \"sha\": \"x\", \"text\": \"t\"}")
				.contains("unknown field \"sha\""));
		assertTrue(documentFailure(head + "\"id\": \"d\", \"text\": \"unfinished").contains("truncated"));
		assertTrue(documentFailure("[1, 2]").contains("expected a JSON object"));
		assertTrue(documentFailure(head.replace("1", "3") + "\"id\": \"d\"}").contains("format version 3"));
	}

	@Test
	void theDefaultSchemaRoundTripsExactly() throws CorpusException {
		Schema schema = Schema.defaultSchema();
		assertEquals(schema, SchemaCodec.read(SchemaCodec.write(schema), Path.of("schema.json")));
	}

	@Test
	void aSchemaExtensionAddsToTheDefault() throws CorpusException {
		Schema schema = SchemaCodec.read(Fixtures.read("schema-extension.json").getBytes(StandardCharsets.UTF_8),
				Fixtures.path("schema-extension.json"));
		assertEquals("Policy documents with targets", schema.name());
		assertEquals("7", schema.tagType("target").orElseThrow().key());
		assertEquals(Schema.defaultSchema().relationTypes(), schema.relationTypes());
		assertEquals(java.util.List.of(), schema.check());
	}

	@Test
	void aCorpusHeaderRoundTripsWithSortedSettings() throws CorpusException {
		CorpusCodec.Header header = new CorpusCodec.Header("Study", Map.of("z", "1", "a", "2"));
		byte[] bytes = CorpusCodec.write(header);
		assertEquals(header, CorpusCodec.read(bytes, Path.of("corpus.json")));
		String json = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(json.indexOf("\"a\"") < json.indexOf("\"z\""), json);
	}
}
