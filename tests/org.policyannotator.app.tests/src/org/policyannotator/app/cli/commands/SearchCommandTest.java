package org.policyannotator.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.app.cli.CommandRun;
import org.policyannotator.app.cli.ExitCodes;
import org.policyannotator.app.cli.UsageException;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/** {@code search} as a user runs it. */
class SearchCommandTest {
	private static final String TEXT = "Xi put forward a four-point proposal. The four-point plan is new.";

	@TempDir
	Path dir;

	private CommandRun corpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "news", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc-1", "Ties", TEXT));
		corpus.addDocument(Document.of("doc-2", "Other", "Nothing here."));
		return new CommandRun(dir);
	}

	@Test
	void printsEachHitInContextAndASummary() throws Exception {
		CommandRun run = corpus();
		assertEquals(ExitCodes.OK, run.run(new SearchCommand(), "--corpus", "c", "four-point", "--context", "6"));
		assertEquals("doc-1:17\tard a [four-point] propo\ndoc-1:42\t. The [four-point] plan \n", run.out());
		assertEquals("2 hits in 1 of 2 documents\n", run.err());
	}

	@Test
	void csvHasAHeaderAndOneRowPerHit() throws Exception {
		CommandRun run = corpus();
		run.run(new SearchCommand(), "--corpus", "c", "plan", "--csv", "--context", "4");
		assertEquals("document,title,start,end,left,hit,right,type,annotator\r\ndoc-1,Ties,53,57,int ,plan, is ,,\r\n",
				run.out());
	}

	@Test
	void tagAsTagsEveryHitInTheNamedAnnotatorsSetAndThenFindsThem() throws Exception {
		CommandRun run = corpus();
		run.run(new SearchCommand(), "--corpus", "c", "four-point", "--tag-as", "proposal", "--annotator", "me");
		assertTrue(run.err().contains("Tagged 2 hits as proposal in 1 documents for me"), run.err());
		assertTrue(Files.exists(dir.resolve("c/annotations/me/doc-1.json")));
		run.clear();
		run.run(new SearchCommand(), "--corpus", "c", "--type", "proposal", "--annotator", "me", "--context", "0");
		assertEquals("doc-1:17\t[four-point]\tproposal by me\ndoc-1:42\t[four-point]\tproposal by me\n", run.out());
	}

	@Test
	void invalidRegexIsBadUsageWithTheReason() throws Exception {
		CommandRun run = corpus();
		UsageException e = assertThrows(UsageException.class,
				() -> run.run(new SearchCommand(), "--corpus", "c", "(four", "--regex"));
		assertEquals("invalid regular expression (four: Unclosed group at position 6", e.getMessage());
	}

	@Test
	void tagAsWithoutAnnotatorIsBadUsage() throws Exception {
		CommandRun run = corpus();
		assertThrows(UsageException.class,
				() -> run.run(new SearchCommand(), "--corpus", "c", "four-point", "--tag-as", "proposal"));
		assertTrue(!Files.exists(dir.resolve("c/annotations")) || Files.list(dir.resolve("c/annotations")).findAny().isEmpty());
	}

	@Test
	void speakerFindsTheQuotesOfOnePersonUnderAllItsNamesAcrossTheCorpus() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "news", Schema.defaultSchema());
		quote(corpus, "d1", "Chinese President Xi Jinping said \"we agree\".", "Chinese President Xi Jinping", "we agree");
		quote(corpus, "d2", "\"Peace first,\" President Xi said.", "President Xi", "Peace first");
		quote(corpus, "d3", "\"No,\" Lee said.", "Lee", "No");
		CommandRun run = new CommandRun(dir);
		assertEquals(ExitCodes.OK, run.run(new SearchCommand(), "--corpus", "c", "--speaker", "Xi", "--type", "quote",
				"--context", "0"));
		assertEquals("d1:35\t[we agree]\tquote by me\nd2:1\t[Peace first]\tquote by me\n", run.out());
		assertThrows(UsageException.class, () -> run.run(new SearchCommand(), "--corpus", "c", "--speaker", " "));
	}

	private static void quote(Corpus corpus, String id, String text, String speaker, String words) throws Exception {
		corpus.addDocument(Document.of(id, "", text));
		AnnotationSet set = corpus.loadSet("me", id);
		int s = text.indexOf(speaker);
		int q = text.indexOf(words);
		Annotation who = Annotation.of(set.newId(), "speaker", List.of(Span.of(text, s, s + speaker.length())), "me",
				Instant.now());
		Annotation said = Annotation.of(set.newId(), "quote", List.of(Span.of(text, q, q + words.length())), "me",
				Instant.now());
		set.add(who);
		set.add(said);
		set.addRelation(new Relation("r1", "said-by", said.id(), who.id()));
		corpus.saveSet(set);
	}
}
