package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.app.sample.SampleFiles;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code agreement --corpus} on a corpus of sample articles with three annotators. */
class CorpusAgreementCommandTest {
	private static final String SENTENCE_START = "On January 5";

	@TempDir
	Path dir;

	private CommandRun command;

	private int run(String... args) throws Exception {
		return command().run(new AgreementCommand(), args);
	}

	private CommandRun command() {
		if (command == null) {
			command = new CommandRun(dir);
		}
		return command;
	}

	private String out() {
		return command().out();
	}

	private String err() {
		return command().err();
	}

	private static Document sample(String id, String prefix) {
		return SampleFiles.document(id, prefix);
	}

	/** The first sentence of the four-point-proposal article as its own document (24 tokens). */
	private static Document sentence() {
		String text = sample("x", "004").text();
		return Document.of("s1", "first sentence", text.substring(text.indexOf(SENTENCE_START),
				text.indexOf("China.") + 6));
	}

	private static AnnotationSet set(Document d, String annotator, String... typeAndPhrase) {
		List<Annotation> list = new ArrayList<>();
		for (int i = 0; i < typeAndPhrase.length; i += 2) {
			int start = d.text().indexOf(typeAndPhrase[i + 1]);
			if (start < 0) {
				throw new IllegalArgumentException(typeAndPhrase[i + 1]);
			}
			list.add(Annotation.of("a" + (i / 2 + 1), typeAndPhrase[i], List.of(Span.of(d.text(), start,
					start + typeAndPhrase[i + 1].length())), annotator, Instant.parse("2026-01-05T10:00:00Z")));
		}
		return AnnotationSet.of(annotator, d.id(), d.sha256(), list, List.of());
	}

	/** s1: ana and ben tag the speaker (with and without "Chinese"); d4 only ana and cy; d0 nobody. */
	private Path corpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("news"), "news", Schema.defaultSchema());
		Document s1 = sentence();
		Document d0 = sample("d0", "000");
		Document d4 = sample("d4", "004");
		corpus.addDocument(s1);
		corpus.addDocument(d0);
		corpus.addDocument(d4);
		corpus.saveSet(set(s1, "ana", "speaker", "Chinese President Xi Jinping"));
		corpus.saveSet(set(s1, "ben", "speaker", "President Xi Jinping"));
		corpus.saveSet(set(s1, "cy", "speaker", "Chinese President Xi Jinping", "speaker", "Lee Jae Myung"));
		corpus.saveSet(set(d4, "ana", "statistic", "approximately 200"));
		corpus.saveSet(set(d4, "cy", "statistic", "approximately 200"));
		return corpus.directory();
	}

	@Test
	void twoAnnotatorsGetTablesWithTheHandComputedKappaAndTheSkippedDocuments() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run("--corpus", "news", "--annotators", "ana,ben"), err());
		// 24 tokens, ana 4 speaker tokens, ben 3: kappa = (23/24 - 3/4) / (1/4) = 5/6
		String text = out();
		assertTrue(text.contains("Agreement between 2 annotators (ana, ben)"), text);
		assertTrue(text.contains("documents: 1 included, 2 skipped"), text);
		assertTrue(text.contains("skipped d0: no set from ana, ben"), text);
		assertTrue(text.contains("skipped d4: no set from ben"), text);
		assertTrue(text.lines().anyMatch(l -> l.startsWith("(all types)") && l.contains("0.8333")), text);
		assertTrue(text.contains("Pairwise token Cohen's kappa"), text);
		assertFalse(text.contains("NaN"));
	}

	@Test
	void jsonHasTheSameNumbersPerTypeDocumentAndPair() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run("--corpus", "news", "--annotators", "ana,ben", "--json"), err());
		JsonNode json = new ObjectMapper().readTree(out());
		assertEquals(5.0 / 6, json.at("/overall/allTypes/tokenKappa/value").asDouble(), 1e-12);
		assertEquals(5.0 / 6, json.at("/overall/byType/speaker/tokenKappa/value").asDouble(), 1e-12);
		assertEquals(5.0 / 6, json.at("/byDocument/s1/allTypes/tokenKappa/value").asDouble(), 1e-12);
		assertEquals(1 - (2.0 / 48) / (574.0 / 2256), json.at("/pairs/0/tokenAlpha/value").asDouble(), 1e-12);
		assertEquals("d0", json.at("/skipped/0/document").asText());
		assertEquals(24, json.at("/overall/allTypes/tokens").asInt());
		assertTrue(json.at("/overall/allTypes/unitizingAlpha/value").isNumber());
	}

	@Test
	void allAnnotatorsByDefaultGiveAThreeByThreeMatrixWithoutGroupKappa() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run("--corpus", "news", "--json"), err());
		JsonNode json = new ObjectMapper().readTree(out());
		assertEquals(3, json.get("annotators").size());
		assertEquals(3, json.get("pairs").size());
		assertTrue(json.at("/overall/allTypes/tokenKappa").isMissingNode());
		assertEquals(1, json.get("documents").size(), "only s1 has sets of all three");
	}

	@Test
	void typesAndDocumentsNarrowTheComparison() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run("--corpus", "news", "--annotators", "ana,cy", "--documents", "d4,s1",
				"--types", "statistic", "--json"), err());
		JsonNode json = new ObjectMapper().readTree(out());
		assertEquals("[\"statistic\"]", json.get("types").toString());
		assertEquals("[\"d4\",\"s1\"]", json.get("documents").toString(), "sorted");
		assertEquals(1.0, json.at("/byDocument/d4/allTypes/tokenKappa/value").asDouble(), 1e-12);
		assertTrue(json.at("/byDocument/s1/allTypes/tokenKappa/value").isNull());
	}

	@Test
	void oneAnnotatorIsAClearFailureNotNaN() throws Exception {
		corpus();
		assertEquals(ExitCodes.FAILED, run("--corpus", "news", "--annotators", "ana"));
		assertTrue(err().contains("needs at least two annotators") && err().contains("only ana"), err());
		assertEquals("", out());
	}

	@Test
	void noDocumentAnnotatedByAllIsAClearFailure() throws Exception {
		corpus();
		assertEquals(ExitCodes.FAILED, run("--corpus", "news", "--annotators", "ben,cy", "--documents", "d4"));
		assertTrue(err().contains("no document has a set from every one of ben, cy (1 documents skipped)"), err());
	}

	@Test
	void noAnnotationsOfTheChosenTypesPrintsTheTableAndFailsWithAReason() throws Exception {
		corpus();
		assertEquals(ExitCodes.FAILED, run("--corpus", "news", "--annotators", "ana,ben", "--types", "claim"));
		assertTrue(err().contains("have no annotations of the chosen types; agreement is undefined"), err());
		assertTrue(out().contains("n/a [") && !out().contains("NaN"), out());
	}

	@Test
	void unknownAnnotatorOrMissingCorpusFailsNamingIt() throws Exception {
		corpus();
		assertEquals(ExitCodes.FAILED, run("--corpus", "news", "--annotators", "ana,zoe"));
		assertTrue(err().contains("annotator zoe has no annotation sets"), err());
		assertEquals(ExitCodes.FAILED, run("--corpus", "absent"));
		assertTrue(err().contains("absent: is not a folder"), err());
	}

	@Test
	void tableAndCorpusOptionsDoNotMix() {
		assertThrows(UsageException.class, () -> run("--corpus", "news", "--table", "t.csv"));
		assertThrows(UsageException.class, () -> run("--corpus", "news", "--annotators", ","));
	}
}
