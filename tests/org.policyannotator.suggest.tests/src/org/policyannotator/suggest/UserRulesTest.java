package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;

/** A team's "tag all" rules saved with the corpus. */
class UserRulesTest {
	@TempDir
	Path dir;

	private Corpus corpus(String rules) throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "test", Schema.defaultSchema());
		corpus.addDocument(Document.of("d1", "Doc", "The RCEP deal and the rcep talks; CPTPP-style rules. Belt and Road."));
		Files.writeString(corpus.directory().resolve(UserRules.FILE), rules);
		return corpus;
	}

	@Test
	void textRulesTagWholeWordsInAnyCaseAndRegexRulesTagMatches() throws Exception {
		Corpus corpus = corpus("# team rules\nclaim\ttext\tRCEP\nproposal\tregex\tBelt and \\p{Lu}\\w+\n");
		new CorpusSuggestions(corpus, UserRules.withBuiltIn(corpus), List.of("claim", "proposal")).run("d1", "ana", false);
		List<String> quotes = corpus.loadSet("ana", "d1").annotations().stream()
				.map(a -> a.type() + ":" + a.firstSpan().quote()).toList();
		assertEquals(List.of("claim:RCEP", "claim:rcep", "proposal:Belt and Road"), quotes);
		Annotation first = corpus.loadSet("ana", "d1").annotations().get(0);
		assertEquals("user-rule:claim:text:RCEP", SuggestionWriter.ruleOf(first).orElseThrow());
	}

	@Test
	void aBadRuleNamesTheFileAndLine() throws Exception {
		Corpus corpus = corpus("claim\ttext\tok\nclaim\tregex\t(unclosed\n");
		CorpusException e = assertThrows(CorpusException.class, () -> UserRules.load(corpus));
		assertTrue(e.getMessage().contains(UserRules.FILE) && e.getMessage().contains("line 2"), e.getMessage());
		Corpus other = corpus;
		Files.writeString(other.directory().resolve(UserRules.FILE), "tweet\ttext\tx\n");
		e = assertThrows(CorpusException.class, () -> UserRules.load(other));
		assertTrue(e.getMessage().contains("tweet"), e.getMessage());
	}

	@Test
	void aRuleAddedIsKeptOnceAndRunsWithTheOthers() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("n"), "test", Schema.defaultSchema());
		corpus.addDocument(Document.of("d1", "Doc", "The Green Deal and the green deal."));
		assertTrue(UserRules.add(corpus, "proposal", "Green Deal", false));
		assertTrue(!UserRules.add(corpus, "proposal", "Green Deal", false), "the same rule is not added twice");
		assertTrue(UserRules.add(corpus, "claim", "\\bdeal\\b", true));
		List<String> lines = Files.readAllLines(corpus.directory().resolve(UserRules.FILE));
		assertEquals(List.of("proposal\ttext\tGreen Deal", "claim\tregex\t\\bdeal\\b"), lines.subList(1, 3));
		assertTrue(lines.get(0).startsWith("#"), "the file says what it is");
		assertEquals(2, UserRules.load(corpus).size());
	}

	@Test
	void aBadRuleIsRefusedWithTheReasonAndTheFileStaysAsItWas() throws Exception {
		Corpus corpus = corpus("claim\ttext\tRCEP\n");
		IllegalArgumentException regex = assertThrows(IllegalArgumentException.class,
				() -> UserRules.add(corpus, "claim", "(open", true));
		assertTrue(regex.getMessage().startsWith("invalid regular expression"), regex.getMessage());
		assertThrows(IllegalArgumentException.class, () -> UserRules.add(corpus, "nonsense", "x", false));
		assertThrows(IllegalArgumentException.class, () -> UserRules.add(corpus, "claim", "a\tb", false));
		assertEquals("claim\ttext\tRCEP\n", Files.readString(corpus.directory().resolve(UserRules.FILE)));
	}
}
