package org.policyannotator.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.model.schema.Schema;

class SuggestionWriterTest {
	private static final String TEXT = "\"Trade will grow,\" said Kim Min-kyo. Exports rose 12 percent.";

	@TempDir
	Path dir;

	private Corpus corpus() throws CorpusException {
		Corpus corpus = Corpus.create(dir.resolve("c"), "test", Schema.defaultSchema());
		corpus.addDocument(Document.of("d1", "Doc", TEXT));
		return corpus;
	}

	@Test
	void suggestionsAreSavedAsSuggestedWithSaidByLinkAndTheirRule() throws Exception {
		Corpus corpus = corpus();
		new CorpusSuggestions(corpus, Suggesters.builtIn(), List.of()).run("d1", "ana", false);
		AnnotationSet set = corpus.loadSet("ana", "d1");
		assertEquals(List.of("quote", "speaker", "statistic"),
				set.annotations().stream().map(Annotation::type).sorted().toList());
		assertTrue(set.annotations().stream().allMatch(a -> a.status() == AnnotationStatus.SUGGESTED));
		assertEquals(1, set.relations().stream().filter(r -> r.type().equals("said-by")).count());
		Annotation stat = set.annotations().stream().filter(a -> a.type().equals("statistic")).findFirst().get();
		assertEquals("org.policyannotator.suggest.statistics", SuggestionWriter.ruleOf(stat).orElseThrow());
	}

	@Test
	void aSecondRunAddsNothingAndNeverReplacesAnAcceptedAnnotation() throws Exception {
		Corpus corpus = corpus();
		AnnotationSet set = corpus.loadSet("ana", "d1");
		int at = TEXT.indexOf("12 percent");
		set.add(Annotation.of("a1", "statistic", List.of(Span.of(TEXT, at, at + 2)), "ana", Instant.now()));
		corpus.saveSet(set);
		CorpusSuggestions run = new CorpusSuggestions(corpus, Suggesters.builtIn(), List.of());
		run.run("d1", "ana", false);
		assertEquals(0, run.run("d1", "ana", false).outcome().added().size());
		AnnotationSet after = corpus.loadSet("ana", "d1");
		List<Annotation> stats = after.annotations().stream().filter(a -> a.type().equals("statistic")).toList();
		assertEquals(1, stats.size());
		assertEquals(AnnotationStatus.ACCEPTED, stats.get(0).status());
		assertEquals(2, stats.get(0).end() - stats.get(0).start());
	}

	@Test
	void aRejectedSuggestionIsNotProposedAgain() throws Exception {
		Corpus corpus = corpus();
		CorpusSuggestions run = new CorpusSuggestions(corpus, Suggesters.builtIn(), List.of("statistic"));
		run.run("d1", "ana", false);
		AnnotationSet set = corpus.loadSet("ana", "d1");
		Annotation stat = set.annotations().get(0);
		RejectedSuggestions rejected = RejectedSuggestions.load(corpus.directory(), "ana", "d1");
		rejected.add(stat);
		rejected.save();
		set.remove(stat.id());
		corpus.saveSet(set);
		assertEquals(0, run.run("d1", "ana", false).outcome().added().size());
		assertTrue(corpus.loadSet("ana", "d1").annotations().isEmpty());
	}

	@Test
	void aDryRunWritesNothing() throws Exception {
		Corpus corpus = corpus();
		var result = new CorpusSuggestions(corpus, Suggesters.builtIn(), List.of()).run("d1", "ana", true);
		assertEquals(3, result.outcome().added().size());
		assertTrue(Files.notExists(corpus.setFile("ana", "d1")));
	}

	@Test
	void aBrokenRejectionFileIsNamedWithItsLine() throws Exception {
		Corpus corpus = corpus();
		Path file = RejectedSuggestions.file(corpus.directory(), "ana", "d1");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "statistic\tx\trule\t12 percent\n");
		CorpusException e = org.junit.jupiter.api.Assertions.assertThrows(CorpusException.class,
				() -> RejectedSuggestions.load(corpus.directory(), "ana", "d1"));
		assertTrue(e.getMessage().contains("d1.rejected.tsv") && e.getMessage().contains("line 1"), e.getMessage());
	}
}
