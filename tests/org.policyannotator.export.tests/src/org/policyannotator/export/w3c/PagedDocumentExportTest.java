package org.policyannotator.export.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.Exporter;
import org.policyannotator.export.Fixtures;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.DocumentDetails;
import org.policyannotator.model.Provenance;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A document imported from a PDF: every exported span says which page it starts on, in our format and in W3C. */
class PagedDocumentExportTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
	private static final String TEXT = "Reviewing supply chains\n\nTariffs fell to 2.1 per cent.\n\n"
			+ "The secretariat shall publish a report.\n\n[1] Secretariat estimates.";
	@TempDir
	Path dir;

	private Corpus corpus() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "Papers", Schema.defaultSchema());
		int page2 = TEXT.indexOf("Tariffs");
		int page3 = TEXT.indexOf("The secretariat");
		Document doc = Document.of("paper", "Reviewing supply chains", "", Optional.empty(), "en", TEXT,
				new Provenance("pdf", "paper.pdf", T),
				new DocumentDetails("Trade Policy Unit", "Regional Trade Institute", List.of(0, page2, page3)));
		corpus.addDocument(doc);
		corpus.saveSet(AnnotationSet.of("ana", doc.id(), doc.sha256(),
				List.of(tag("a1", "statistic", "2.1 per cent"), tag("a2", "proposal", "shall publish a report"),
						tag("a3", "claim", "Reviewing supply chains")),
				List.of()));
		return corpus;
	}

	private static Annotation tag(String id, String type, String phrase) {
		int start = TEXT.indexOf(phrase);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + phrase.length())), "ana", T);
	}

	private JsonNode export(ExportFormat format) throws IOException {
		Path out = dir.resolve("out-" + format.key());
		Exporter.export(DatasetSource.of(corpus(), ExportOptions.all()), format, out, ExportProgress.NONE);
		return JSON.readTree(out.toFile());
	}

	@Test
	void ourFormatGivesEachSpanItsPageAndTheDocumentItsPageStartsBylineAndSite() throws IOException {
		JsonNode document = export(ExportFormat.NATIVE).at("/documents/0");
		assertEquals("[0,25,56]", document.get("pageStarts").toString());
		assertEquals("Trade Policy Unit", document.get("byline").asText());
		assertEquals("Regional Trade Institute", document.get("siteName").asText());
		List<String> pages = new ArrayList<>();
		for (JsonNode annotation : document.at("/sets/0/annotations")) {
			pages.add(annotation.at("/spans/0/quote").asText() + "@" + annotation.at("/spans/0/page").asInt());
		}
		assertEquals(List.of("Reviewing supply chains@1", "2.1 per cent@2", "shall publish a report@3"), pages);
	}

	@Test
	void w3cTargetsHaveAFragmentSelectorWithThePage() throws IOException {
		List<String> pages = new ArrayList<>();
		for (JsonNode item : export(ExportFormat.W3C).at("/first/items")) {
			JsonNode selectors = item.at("/target/0/selector");
			JsonNode fragment = selectors.get(2);
			assertEquals("FragmentSelector", fragment.get("type").asText());
			assertEquals("http://tools.ietf.org/rfc/rfc3778", fragment.get("conformsTo").asText());
			pages.add(selectors.get(0).get("exact").asText() + "@" + fragment.get("value").asText());
		}
		assertEquals(List.of("Reviewing supply chains@page=1", "2.1 per cent@page=2", "shall publish a report@page=3"),
				pages);
	}

	@Test
	void w3cAnnotationsWithPagesPassTheSuitesMustAssertions() throws IOException {
		org.junit.jupiter.api.Assumptions.assumeTrue(Fixtures.w3cSuiteIfPresent().isPresent(),
				Fixtures.W3C_SUITE_MISSING);
		W3cSuite suite = new W3cSuite();
		JsonNode collection = export(ExportFormat.W3C);
		List<String> failures = new ArrayList<>();
		for (JsonNode item : collection.at("/first/items")) {
			ObjectNode annotation = JSON.createObjectNode();
			annotation.set("@context", collection.get("@context"));
			annotation.setAll((ObjectNode) item);
			for (W3cSuite.Assertion must : suite.assertions("annotations/annotationMusts.test")) {
				if (!must.passes(annotation)) {
					failures.add(annotation.get("id").asText() + ": " + must.why(annotation));
				}
			}
		}
		assertEquals(List.of(), failures);
	}

	@Test
	void documentsWithoutPagesHaveNoPageFields() throws IOException {
		Corpus corpus = Corpus.create(dir.resolve("plain"), "Plain", Schema.defaultSchema());
		corpus.addDocument(Document.of("note", "Note", "Tariffs fell to 2.1 per cent."));
		Path out = dir.resolve("plain.json");
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.NATIVE, out, ExportProgress.NONE);
		String json = java.nio.file.Files.readString(out);
		assertFalse(json.contains("pageStarts"), json);
		assertFalse(json.contains("\"page\""), json);
		assertTrue(json.contains("\"note\""), json);
	}
}
