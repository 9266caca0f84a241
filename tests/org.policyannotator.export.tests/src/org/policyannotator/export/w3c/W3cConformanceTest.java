package org.policyannotator.export.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.export.DatasetSource;
import org.policyannotator.export.ExportFormat;
import org.policyannotator.export.ExportOptions;
import org.policyannotator.export.ExportProgress;
import org.policyannotator.export.Exporter;
import org.policyannotator.export.Fixtures;
import org.policyannotator.export.TestCorpus;
import org.policyannotator.model.corpus.Corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every exported annotation passes the 54 MUST assertions of the W3C test suite; the collection passes the
 * collection MUSTs and, with its embedded page, the page MUSTs. An annotation of a page inherits the page's
 * {@code @context}; checked on its own it gets that context, as a client taking it out of the page would give it.
 */
class W3cConformanceTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static W3cSuite suite;
	@TempDir
	static Path dir;
	private static JsonNode collection;

	@BeforeAll
	static void export() throws IOException {
		suite = Fixtures.w3cSuiteIfPresent().isPresent() ? new W3cSuite() : null;
		Corpus corpus = TestCorpus.annotated(dir.resolve("corpus"), "China–South Korea news (sample)");
		Path out = dir.resolve("w3c.jsonld");
		Exporter.export(DatasetSource.of(corpus, ExportOptions.all()), ExportFormat.W3C, out, ExportProgress.NONE);
		collection = JSON.readTree(out.toFile());
	}

	@BeforeEach
	void needsTheSuite() {
		Assumptions.assumeTrue(suite != null, Fixtures.W3C_SUITE_MISSING);
	}

	private static List<ObjectNode> standaloneAnnotations() {
		List<ObjectNode> annotations = new ArrayList<>();
		for (JsonNode item : collection.at("/first/items")) {
			ObjectNode annotation = JSON.createObjectNode();
			annotation.set("@context", collection.get("@context"));
			annotation.setAll((ObjectNode) item);
			annotations.add(annotation);
		}
		return annotations;
	}

	@Test
	void theSuiteListsTheMustAssertions() {
		assertEquals(54, suite.assertions("annotations/annotationMusts.test").size());
	}

	@Test
	void everyExportedAnnotationPassesAllMustAssertions() {
		List<W3cSuite.Assertion> musts = suite.assertions("annotations/annotationMusts.test");
		List<ObjectNode> annotations = standaloneAnnotations();
		assertTrue(annotations.size() > 60, "annotations and links: " + annotations.size());
		List<String> failures = new ArrayList<>();
		for (ObjectNode annotation : annotations) {
			for (W3cSuite.Assertion must : musts) {
				if (!must.passes(annotation)) {
					failures.add(annotation.get("id").asText() + ": " + must.why(annotation));
				}
			}
		}
		assertEquals(List.of(), failures);
	}

	@Test
	void theCollectionPassesTheCollectionMusts() {
		for (W3cSuite.Assertion must : suite.assertions("collections/collectionMusts.test")) {
			assertTrue(must.passes(collection), () -> must.why(collection));
		}
	}

	@Test
	void theCollectionWithItsEmbeddedPagePassesThePageMusts() {
		for (W3cSuite.Assertion must : suite.assertions("collections/pages/pageMusts.test")) {
			assertTrue(must.passes(collection), () -> must.why(collection));
		}
	}

	@Test
	void thePageOnItsOwnPassesThePageMusts() {
		ObjectNode page = JSON.createObjectNode();
		page.set("@context", collection.get("@context"));
		page.setAll((ObjectNode) collection.get("first"));
		// partOf describes the collection as an object: the suite's own page samples give a bare IRI string,
		// which its 5.2-pageTotalValidated rejects (the quirk noted in the conformance README)
		assertTrue(page.get("partOf").isObject());
		assertEquals(collection.get("id"), page.at("/partOf/id"));
		assertEquals(collection.get("total"), page.at("/partOf/total"));
		for (W3cSuite.Assertion must : suite.assertions("collections/pages/pageMusts.test")) {
			assertTrue(must.passes(page), () -> must.why(page));
		}
	}

	@Test
	void theValidatorRejectsAnIdThatIsNotAUri() {
		ObjectNode broken = standaloneAnnotations().get(0);
		broken.put("id", "not a uri");
		W3cSuite.Assertion idMust = suite.assertions("annotations/annotationMusts.test").stream()
				.filter(a -> a.path().endsWith("3.1-annotationIdValidated.json")).findFirst().orElseThrow();
		assertFalse(idMust.passes(broken), "format: uri must be checked");
	}

	/**
	 * The validator set-up judges the suite's own samples as the suite means them: every incorrect sample that is
	 * JSON fails a MUST, every correct one passes them all, except the three whose targets are Composite, List and
	 * Independents sets, which the suite's choiceSet definitions do not recognise (a limitation of the suite at
	 * the pinned commit, not of our export, which uses none of them).
	 */
	@Test
	void theSuitesOwnSamplesAreJudgedAsTheSuiteMeansThem() throws IOException {
		List<W3cSuite.Assertion> musts = suite.assertions("annotations/annotationMusts.test");
		Path samples = Fixtures.w3cSuite().resolve("tools").resolve("samples");
		List<String> wrong = new ArrayList<>();
		int judged = 0;
		for (String kind : List.of("correct", "incorrect")) {
			try (var files = java.nio.file.Files.list(samples.resolve(kind))) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith("anno")).sorted().toList()) {
					JsonNode sample;
					try {
						sample = JSON.readTree(file.toFile());
					} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
						continue; // some incorrect samples are deliberately not JSON
					}
					judged++;
					boolean passes = musts.stream().allMatch(m -> m.passes(sample));
					String name = file.getFileName().toString();
					boolean knownLimitation = List.of("anno11.json", "anno12.json", "anno13.json").contains(name);
					if (passes != (kind.equals("correct") && !knownLimitation)) {
						wrong.add(kind + "/" + name);
					}
				}
			}
		}
		assertEquals(List.of(), wrong);
		assertTrue(judged > 60, "samples judged: " + judged);
	}

	@Test
	void positionsAreCodePointsAndQuotesMatch() throws IOException {
		int checked = 0;
		for (ObjectNode annotation : standaloneAnnotations()) {
			if (annotation.get("motivation").asText().equals("linking")) {
				continue;
			}
			for (JsonNode target : annotation.get("target")) {
				JsonNode quote = target.at("/selector/0");
				JsonNode position = target.at("/selector/1");
				assertEquals("TextQuoteSelector", quote.get("type").asText());
				assertEquals("TextPositionSelector", position.get("type").asText());
				String id = target.at("/source/id").asText();
				String documentId = id.substring(id.lastIndexOf(':') + 1);
				String text = TestCorpus.documents().stream().filter(d -> d.id().equals(documentId)).findFirst()
						.orElseThrow().text();
				int[] codePoints = text.codePoints().toArray();
				String selected = new String(codePoints, position.get("start").asInt(),
						position.get("end").asInt() - position.get("start").asInt());
				assertEquals(quote.get("exact").asText(), selected);
				checked++;
			}
		}
		assertTrue(checked > 50);
	}
}
