package org.policyannotator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The documentation of our dataset format tells the truth: the examples are what the exporter writes today, and
 * they and real exports validate against the published JSON Schema.
 */
class DatasetFormatDocsTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	@TempDir
	Path dir;

	private static Set<ValidationMessage> validate(JsonNode node, String definition) throws IOException {
		JsonNode root = JSON.readTree(Fixtures.datasetFormatDocs().resolve("dataset.schema.json").toFile());
		JsonNode schema = definition.isEmpty() ? root
				: JSON.createObjectNode().put("$schema", root.get("$schema").asText())
						.put("$ref", "#/$defs/" + definition).set("$defs", root.get("$defs"));
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config).validate(node);
	}

	/** The corpus of the documented example: one document with emoji and Korean, a few annotations of ana. */
	static Corpus exampleCorpus(Path folder) throws IOException {
		Corpus corpus = Corpus.create(folder, "Seoul forum example", Schema.defaultSchema());
		String text = "Chen Xin 😀 said that people-to-people ties matter most.\n"
				+ "서울 포럼: trade rose 24.5 percent in 2025.";
		Document doc = new Document("seoul-forum", "Seoul forum 😀", "https://example.org/seoul-forum",
				Optional.of(LocalDate.of(2025, 10, 15)), "en", text, Document.sha256Of(text),
				new Provenance("plain-text", "seoul-forum.txt", Instant.parse("2026-01-05T09:00:00Z")));
		corpus.addDocument(doc);
		Instant t = Instant.parse("2026-01-05T10:00:00Z");
		List<Annotation> annotations = List.of(
				new Annotation("a1", "speaker", List.of(span(text, "Chen Xin")),
						new TreeMap<>(Map.of("name", new AttributeValue.Text("Chen Xin"))), "ana", t, t, "",
						AnnotationStatus.ACCEPTED, false),
				new Annotation("a2", "quote", List.of(span(text, "people-to-people ties matter most")),
						new TreeMap<>(Map.of("kind", new AttributeValue.Text("indirect"))), "ana", t, t, "",
						AnnotationStatus.ACCEPTED, false),
				new Annotation("a3", "statistic", List.of(span(text, "trade rose"), span(text, "24.5 percent")),
						new TreeMap<>(Map.of("value", new AttributeValue.Number(new BigDecimal("24.5")), "unit",
								new AttributeValue.Text("percent"), "estimate", new AttributeValue.Bool(false))),
						"ana", t, t.plusSeconds(30), "discontinuous: the verb and the figure", AnnotationStatus.ACCEPTED,
						false),
				new Annotation("a4", "claim", List.of(span(text, "people-to-people ties matter most")),
						new TreeMap<>(Map.of("claimant", new AttributeValue.Ref("a1"), "stance",
								new AttributeValue.Text("neutral"))),
						"ana", t, t, "", AnnotationStatus.SUGGESTED, false));
		corpus.saveSet(AnnotationSet.of("ana", doc.id(), doc.sha256(), annotations,
				List.of(new Relation("r1", "said-by", "a2", "a1"))));
		return corpus;
	}

	private static Span span(String text, String phrase) {
		int start = text.indexOf(phrase);
		return Span.of(text, start, start + phrase.length());
	}

	@Test
	void theExamplesAreWhatTheExporterWrites() throws IOException {
		Corpus corpus = exampleCorpus(dir.resolve("c"));
		for (ExportFormat format : List.of(ExportFormat.NATIVE, ExportFormat.JSONL)) {
			String name = format == ExportFormat.NATIVE ? "example.json" : "example.jsonl";
			Path out = dir.resolve(name);
			Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), format, out, ExportProgress.NONE);
			assertEquals(Files.readString(Fixtures.datasetFormatDocs().resolve(name), StandardCharsets.UTF_8),
					Files.readString(out, StandardCharsets.UTF_8), "docs/dataset-format/" + name + " is out of date");
		}
	}

	@Test
	void theExampleAndRealExportsValidateAgainstTheJsonSchema() throws IOException {
		assertEquals(Set.of(), validate(JSON.readTree(Fixtures.datasetFormatDocs().resolve("example.json").toFile()), ""));
		Corpus corpus = TestCorpus.annotated(dir.resolve("c"), "News");
		for (ExportOptions options : List.of(ExportOptions.all(), ExportOptions.all().withText(false))) {
			Path out = dir.resolve("d.json");
			Exporter.export(DatasetSource.of(corpus, options), ExportFormat.NATIVE, out, ExportProgress.NONE);
			assertEquals(Set.of(), validate(JSON.readTree(out.toFile()), ""));
			Path lines = dir.resolve("d.jsonl");
			Exporter.export(DatasetSource.of(corpus, options), ExportFormat.JSONL, lines, ExportProgress.NONE);
			List<String> all = Files.readAllLines(lines, StandardCharsets.UTF_8);
			assertEquals(Set.of(), validate(JSON.readTree(all.get(0)), "header"));
			for (String line : all.subList(1, all.size())) {
				assertEquals(Set.of(), validate(JSON.readTree(line), "document"));
			}
		}
	}

	@Test
	void theSchemaRejectsASpanWithoutCodePointOffsets() throws IOException {
		JsonNode root = JSON.readTree(Fixtures.datasetFormatDocs().resolve("example.json").toFile());
		((com.fasterxml.jackson.databind.node.ObjectNode) root.at("/documents/0/sets/0/annotations/0/spans/0"))
				.remove("codePointStart");
		assertEquals(1, validate(root, "").size());
	}
}
