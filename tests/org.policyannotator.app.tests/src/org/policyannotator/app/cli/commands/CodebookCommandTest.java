package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;

/** {@code codebook show|export|import|rename|move|merge|delete} on a corpus with the sample topics codebook. */
class CodebookCommandTest {
	private static final String TEXT = "Unemployment fell while exports to Korea grew by a tenth.";

	@TempDir
	Path dir;

	private CommandRun run;

	private Corpus corpus() throws Exception {
		run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.line("corpus", "create", "c", "--schema", "policy-topics"), run.err());
		Corpus corpus = Corpus.open(dir.resolve("c"));
		corpus.addDocument(Document.of("d1", "D1", TEXT));
		for (String annotator : List.of("alice", "bob")) {
			AnnotationSet set = new AnnotationSet(annotator, "d1", Document.sha256Of(TEXT));
			set.add(Annotation.of("a1", "economy-jobs", List.of(Span.of(TEXT, 0, 17)), annotator, Instant.now()));
			set.add(Annotation.of("a2", annotator.equals("alice") ? "trade-flows" : "trade-agreements",
					List.of(Span.of(TEXT, 24, 57)), annotator, Instant.now()));
			corpus.saveSet(set);
		}
		run.clear();
		return corpus;
	}

	private String type(String annotator, String id) throws Exception {
		return Corpus.open(dir.resolve("c")).loadSet(annotator, "d1").annotation(id).orElseThrow().type();
	}

	@Test
	void showPrintsTheTreeWithNumbersKeysAndUsageOfEachSubtree() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run.line("codebook", "show", "c"), run.err());
		String out = run.out();
		assertTrue(out.startsWith("Policy topics: 40 codes, 2 levels"), out);
		assertTrue(out.contains("  1 Economy  [economy, key 1, #e76f51]  0 (2 with subcodes)"), out);
		assertTrue(out.contains("    102 Employment and wages  [economy-jobs, #e76f51 inherited]  2"), out);
		run.clear();
		assertEquals(ExitCodes.OK, run.line("codebook", "show", "policy-topics", "--json"));
		assertTrue(run.out().contains("\"levels\":2"), run.out());
	}

	@Test
	void renameMoveAndMergeCarryTheAnnotationsOfEveryAnnotator() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run.line("codebook", "rename", "--corpus", "c", "economy-jobs", "economy-labour",
				"--label", "Labour market"), run.err());
		assertTrue(run.out().contains("2 annotations follow in 2 sets"), run.out());
		assertEquals("economy-labour", type("alice", "a1"));
		assertEquals(ExitCodes.OK, run.line("codebook", "move", "--corpus", "c", "economy-labour", "--under", "trade"),
				run.err());
		assertEquals("trade", Corpus.open(dir.resolve("c")).schema().tagType("economy-labour").orElseThrow().parent());
		assertEquals(ExitCodes.OK, run.line("codebook", "merge", "--corpus", "c", "trade-agreements", "trade-flows"),
				run.err());
		assertEquals("trade-flows", type("bob", "a2"));
		assertTrue(Corpus.open(dir.resolve("c")).schema().tagType("trade-agreements").isEmpty());
	}

	@Test
	void deletingACodeInUseNeedsToBeToldWhatHappensToItsAnnotations() throws Exception {
		corpus();
		assertEquals(ExitCodes.FAILED, run.line("codebook", "delete", "--corpus", "c", "economy-jobs"));
		assertTrue(run.err().contains("used by 2 annotations") && run.err().contains("--annotations"), run.err());
		assertEquals("economy-jobs", type("alice", "a1"), "nothing changed");
		assertEquals(ExitCodes.OK,
				run.line("codebook", "delete", "--corpus", "c", "economy-jobs", "--annotations", "parent"), run.err());
		assertEquals("economy", type("alice", "a1"));
		assertEquals(ExitCodes.OK,
				run.line("codebook", "delete", "--corpus", "c", "trade-flows", "--annotations", "delete"), run.err());
		assertEquals(1, Corpus.open(dir.resolve("c")).loadSet("alice", "d1").size());
	}

	@Test
	void exportedCodebookImportsIntoAnotherCorpusBesideItsOwnTypes() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run.line("codebook", "export", "--corpus", "c", "--out", "topics.json"), run.err());
		assertEquals(ExitCodes.OK, run.line("corpus", "create", "plain"));
		assertEquals(ExitCodes.OK, run.line("codebook", "import", "topics.json", "--corpus", "plain"), run.err());
		Corpus plain = Corpus.open(dir.resolve("plain"));
		assertEquals(46, plain.schema().tagTypes().size());
		assertTrue(plain.schema().tagType("claim").isPresent());
		assertEquals("", plain.schema().tagType("economy").orElseThrow().key(), "key 1 belongs to claim");
		assertTrue(run.err().contains("key 1 is taken"), run.err());
		assertTrue(Files.readString(dir.resolve("topics.json")).contains("\"parent\" : \"economy\""));
	}

	@Test
	void replacingTheCodebookIsRefusedWhileAnnotationsUseCodesItLacks() throws Exception {
		corpus();
		assertEquals(ExitCodes.FAILED, run.line("codebook", "import", "--replace", "--corpus", "c",
				dir.resolve("nothing.json").toString()));
		Files.writeString(dir.resolve("small.json"), """
				{"format": "policyannotator.schema", "version": 1, "name": "small",
				 "tagTypes": [{"id": "economy-jobs", "colour": "#123456"}], "relationTypes": []}
				""");
		run.clear();
		assertEquals(ExitCodes.FAILED, run.line("codebook", "import", "--replace", "--corpus", "c", "small.json"));
		assertTrue(run.err().contains("trade-flows (1)"), run.err());
	}

	@Test
	void aRefiQdaCodebookGoesToAnotherCorpusAndComesBackToTheSameCodes() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run.line("codebook", "export", "--corpus", "c", "--out", "topics.qdc"), run.err());
		String xml = Files.readString(dir.resolve("topics.qdc"));
		assertTrue(xml.startsWith("<?xml") && xml.contains("urn:QDA-XML:codebook:1.0"), xml);
		Files.writeString(dir.resolve("renamed.qdc"),
				xml.replace("name=\"Employment and wages\"", "name=\"Labour market\""));
		run.clear();
		assertEquals(ExitCodes.OK, run.line("codebook", "import", "renamed.qdc", "--corpus", "c"), run.err());
		assertEquals("Labour market",
				Corpus.open(dir.resolve("c")).schema().tagType("economy-jobs").orElseThrow().label());
		assertEquals("economy-jobs", type("alice", "a1"), "annotations keep their code");

		assertEquals(ExitCodes.OK, run.line("corpus", "create", "other"), run.err());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("codebook", "import", "topics.qdc", "--corpus", "other"), run.err());
		Corpus other = Corpus.open(dir.resolve("other"));
		assertEquals("economy", other.schema().tagType("employment-and-wages").orElseThrow().parent(),
				"ids from the names where the corpus does not have the codes");
		assertTrue(other.schema().tagType("claim").isPresent(), "the corpus keeps its own types");
	}

	@Test
	void aBrokenRefiQdaFileIsRefusedAndTheCorpusIsUnchanged() throws Exception {
		corpus();
		Path schema = dir.resolve("c").resolve("schema.json");
		String before = Files.readString(schema);
		Files.writeString(dir.resolve("bad.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=");
		assertEquals(ExitCodes.FAILED, run.line("codebook", "import", "bad.qdc", "--corpus", "c"));
		assertTrue(run.err().contains("bad.qdc: is not well-formed XML at line 1"), run.err());
		assertEquals(before, Files.readString(schema));
		run.clear();
		assertEquals(ExitCodes.USAGE, run.line("codebook", "export", "--corpus", "c", "--out", "p.qdpx"));
		assertTrue(run.err().contains("not a REFI-QDA project"), run.err());
		assertFalse(Files.exists(dir.resolve("p.qdpx")));
	}

	@Test
	void countsGiveTheCodeByDocumentAndByVariableTableWithSubtreeTotals() throws Exception {
		Corpus corpus = corpus();
		String text = "Jobs data: wages rose.";
		corpus.addDocument(Document.of("d2", "D2", text));
		AnnotationSet set = new AnnotationSet("alice", "d2", Document.sha256Of(text));
		set.add(Annotation.of("a1", "economy-jobs", List.of(Span.of(text, 0, 9)), "alice", Instant.now()));
		corpus.saveSet(set);
		org.policyannotator.model.corpus.CorpusVariables.set(corpus,
				java.util.Map.of("d1", java.util.Map.of("country", "KR"), "d2", java.util.Map.of("country", "CN")));

		assertEquals(ExitCodes.OK, run.line("codebook", "counts", "--corpus", "c", "--by", "country", "--csv"), run.err());
		String csv = run.out();
		assertTrue(csv.startsWith("code,label,level,CN,KR,total\r\n"), csv);
		assertTrue(csv.contains("\r\neconomy,1 Economy,1,1,2,3\r\n"), "topic = its subtopics: " + csv);
		assertTrue(csv.contains("\r\neconomy-jobs,102 Employment and wages,2,1,2,3\r\n"), csv);
		assertTrue(csv.contains("\r\ntrade,2 Trade and investment,1,0,2,2\r\n"), csv);
		run.clear();
		assertEquals(ExitCodes.OK, run.line("codebook", "counts", "--corpus", "c", "--annotators", "bob"), run.err());
		assertTrue(run.out().contains("1 annotation set(s) counted; columns: document"), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  102 Employment and wages") && l.endsWith(" 1")),
				run.out());
	}

	@Test
	void agreementReportsEachLevelOfTheTree() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run.line("agreement", "--corpus", "c", "--json"), run.err());
		assertTrue(run.out().contains("\"levels\":[{\"level\":1,\"codes\":[\"economy\",\"trade\"]"), run.out());
	}

	@Test
	void agreementOnSentenceUnitsComparesTheCodeCoveringMostOfEachSentence() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run.line("agreement", "--corpus", "c", "--units", "sentence"), run.err());
		assertTrue(run.out().contains("Coding agreement on sentence units (1 sentence in 1 document;"), run.out());
		assertTrue(run.out().contains("Sentences at level 1 of the codebook"), run.out());
		run.clear();
		assertEquals(ExitCodes.OK, run.line("agreement", "--corpus", "c", "--units", "sentence", "--json"), run.err());
		assertTrue(run.out().contains("\"sentenceUnits\":{") && run.out().contains("\"codes\":[\"economy-jobs\""),
				run.out());
		assertTrue(run.out().matches("(?s).*\"levels\":\\[\\{\"level\":1,\"allCodes\":\\{\"percent\":\\{\"value\":1\\.0.*"),
				"both chose a trade subtopic for the sentence: they agree at level 1: " + run.out());
		run.clear();
		assertEquals(ExitCodes.USAGE, run.line("agreement", "--corpus", "c", "--units", "paragraph"));
		assertTrue(run.err().contains("--units takes sentence"), run.err());
	}

	@Test
	void theAnnotationsOfADeletedCodeCanGoToAnotherCode() throws Exception {
		corpus();
		assertEquals(ExitCodes.OK, run.line("codebook", "delete", "--corpus", "c", "economy-jobs", "--annotations",
				"trade-flows"), run.err());
		assertEquals("trade-flows", type("alice", "a1"));
		assertEquals("trade-flows", type("bob", "a1"));
		run.clear();
		assertEquals(ExitCodes.USAGE, run.line("codebook", "delete", "--corpus", "c", "trade-flows", "--annotations",
				"no-such-code"));
		assertTrue(run.err().contains("another code of the codebook"), run.err());
	}
}
