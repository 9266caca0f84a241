package org.policyannotator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;

class CorpusSearchTest {
	@TempDir
	Path dir;

	private List<Hit> hits;

	private SearchOutcome run(Corpus corpus, SearchQuery query, SearchScope scope, SearchOptions options)
			throws Exception {
		hits = new ArrayList<>();
		return new CorpusSearch(corpus).run(query, scope, options, d -> hits.addAll(d.hits()), () -> false);
	}

	private List<String> matches(Corpus corpus, SearchQuery query) throws Exception {
		run(corpus, query, SearchScope.WHOLE_CORPUS, SearchOptions.DEFAULT);
		return hits.stream().map(h -> h.documentId() + ":" + h.match()).toList();
	}

	@Test
	void literalIgnoresCaseAndFindsInsideWords() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		assertEquals(List.of("d1:tariff", "d1:tariff", "d1:Tariff", "d2:tariff"),
				matches(corpus, SearchQuery.text(TextQuery.literal("tariff"))));
	}

	@Test
	void wholeWordAndCaseNarrowTheHits() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		assertEquals(List.of("d1:tariff", "d1:tariff"),
				matches(corpus, SearchQuery.text(new TextQuery("tariff", false, true, false))));
		assertEquals(List.of("d1:Tariff"), matches(corpus, SearchQuery.text(new TextQuery("Tariff", false, false, true))));
	}

	@Test
	void regexIsARegexAndALiteralIsNot() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		assertEquals(List.of("d1:5 percent"), matches(corpus, SearchQuery.text(new TextQuery("\\d+ percent", true, false, false))));
		assertEquals(List.of(), matches(corpus, SearchQuery.text(new TextQuery("\\d+ percent", false, false, false))));
	}

	@Test
	void hitsComeAsKeywordInContextWithTitleAndOffsets() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		run(corpus, SearchQuery.text(TextQuery.literal("hurt")), SearchScope.WHOLE_CORPUS, SearchOptions.DEFAULT);
		Hit hit = hits.get(0);
		int at = SearchCorpora.TARIFF.indexOf("hurt");
		assertEquals(new Hit("d1", "Tariffs", at, at + 4, "se. Xi said the tariff is fair. Tariffs ", "hurt",
				", said Lee. Exports fell 5 percent.", "", ""), hit);
	}

	@Test
	void documentWithoutTitleIsShownByItsId() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		run(corpus, SearchQuery.text(TextQuery.literal("misspelt")), SearchScope.WHOLE_CORPUS, SearchOptions.DEFAULT);
		assertEquals("d2", hits.get(0).title());
	}

	@Test
	void scopeLimitsTheDocumentsRead() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		SearchOutcome outcome = run(corpus, SearchQuery.text(TextQuery.literal("tariff")),
				SearchScope.documents(List.of("d2")), SearchOptions.DEFAULT);
		assertEquals(1, outcome.documents());
		assertEquals(List.of("d2"), hits.stream().map(Hit::documentId).toList());
	}

	@Test
	void annotationCriteriaFindTypeAttributeStatusNoteAndAnnotator() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		assertEquals(List.of("d1:Xi said the tariff is fair."),
				matches(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withType("claim"))));
		assertEquals(List.of("d1:Exports fell 5 percent"),
				matches(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withAttribute("unit=Percent"))));
		assertEquals(List.of("d1:The tariff rose."),
				matches(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withStatus(AnnotationStatus.SUGGESTED))));
		assertEquals(List.of("d1:Xi said the tariff is fair."),
				matches(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withNoteText("FAIRNESS"))));
		assertEquals(List.of("d1:The tariff rose."),
				matches(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withAnnotator("ben"))));
		assertEquals("ben", hits.get(0).annotator());
		assertEquals("quote", hits.get(0).type());
	}

	@Test
	void aSpeakerFindsEveryQuoteOfThePersonUnderAnyOfItsNames() throws Exception {
		Corpus corpus = SearchCorpora.speakers(dir);
		SearchQuery xiQuotes = SearchQuery.annotations(AnnotationCriteria.NONE.withType("quote").withSpeaker("Xi"));
		assertEquals(List.of("a:We seek peace", "b:Open markets help", "c:Dialogue is key", "d:Cooperation wins"),
				matches(corpus, xiQuotes));
		assertEquals(List.of("a:Chinese President Xi Jinping", "b:President Xi", "c:Xi", "d:Xi's"), matches(corpus,
				SearchQuery.annotations(AnnotationCriteria.NONE.withType("speaker").withSpeaker("xi jinping"))));
		assertEquals(matches(corpus, xiQuotes), matches(corpus,
				SearchQuery.annotations(AnnotationCriteria.NONE.withType("quote").withSpeaker("President Xi Jinping"))));
	}

	@Test
	void theCorpusRegistryGroupsEveryAnnotatorsSpeakerNames() throws Exception {
		Corpus corpus = SearchCorpora.speakers(dir);
		var registry = CorpusSpeakers.registry(corpus, () -> false);
		assertEquals("Xi Jinping", registry.person("Xi's").name());
		assertEquals("xi-jinping", registry.person("President Xi").id());
		assertEquals("lee", registry.person("Lee").id());
		assertTrue(CorpusSpeakers.names(corpus, () -> false).contains("Lee Hsien Loong"));
	}

	@Test
	void twoPersonsOfOneSurnameStayApartAndTheBareSurnameIsNeither() throws Exception {
		Corpus corpus = SearchCorpora.speakers(dir);
		assertEquals(List.of("a:Trade matters"), matches(corpus,
				SearchQuery.annotations(AnnotationCriteria.NONE.withType("quote").withSpeaker("Lee Jae-myung"))));
		assertEquals(List.of("b:Singapore agrees"), matches(corpus,
				SearchQuery.annotations(AnnotationCriteria.NONE.withType("quote").withSpeaker("Lee Hsien Loong"))));
		assertEquals(List.of("c:We will see"), matches(corpus,
				SearchQuery.annotations(AnnotationCriteria.NONE.withType("quote").withSpeaker("Lee"))));
		assertEquals(List.of(), matches(corpus,
				SearchQuery.annotations(AnnotationCriteria.NONE.withType("quote").withSpeaker("Merkel"))));
	}

	@Test
	void textInsideATypeFindsOnlyHitsWithinThoseAnnotations() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		SearchQuery query = new SearchQuery(Optional.of(TextQuery.literal("tariff")),
				AnnotationCriteria.NONE.withType("claim"));
		run(corpus, query, SearchScope.WHOLE_CORPUS, SearchOptions.DEFAULT);
		assertEquals(1, hits.size());
		assertEquals(SearchCorpora.TARIFF.indexOf("the tariff is") + 4, hits.get(0).start());
		assertEquals("claim", hits.get(0).type());
	}

	@Test
	void invalidRegexIsAClearMessage() {
		QueryException e = assertThrows(QueryException.class,
				() -> new TextQuery("(tariff", true, false, false).compile());
		assertTrue(e.getMessage().startsWith("invalid regular expression (tariff: Unclosed group"), e.getMessage());
	}

	@Test
	void badAttributeCriterionIsAClearMessage() {
		QueryException e = assertThrows(QueryException.class, () -> AnnotationCriteria.NONE.withAttribute("unit"));
		assertEquals("attribute criterion 'unit' must be written name=value", e.getMessage());
	}

	@Test
	void catastrophicBacktrackingIsStoppedByTheTimeLimit() throws Exception {
		Corpus corpus = Corpus.create(dir.resolve("c"), "c", org.policyannotator.model.schema.Schema.defaultSchema());
		corpus.addDocument(Document.of("evil", "", "a".repeat(30) + "!"));
		long start = System.nanoTime();
		SearchOutcome outcome = run(corpus, SearchQuery.text(new TextQuery("(.*a){12}$", true, false, true)),
				SearchScope.WHOLE_CORPUS, SearchOptions.DEFAULT.withTimeLimit(Duration.ofMillis(300)));
		assertEquals(SearchOutcome.Stop.TIME_LIMIT, outcome.stop());
		assertTrue(System.nanoTime() - start < 20_000_000_000L, "the search stopped");
		assertTrue(outcome.describe(0, Duration.ofMillis(300)).contains("time limit"));
	}

	@Test
	void cancellingStopsTheSearch() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		List<DocumentHits> delivered = new ArrayList<>();
		SearchOutcome outcome = new CorpusSearch(corpus).run(SearchQuery.text(TextQuery.literal("tariff")),
				SearchScope.WHOLE_CORPUS, SearchOptions.DEFAULT, delivered::add, () -> !delivered.isEmpty());
		assertEquals(SearchOutcome.Stop.CANCELLED, outcome.stop());
		assertEquals(1, delivered.size());
	}

	@Test
	void hitLimitStopsAtExactlyThatMany() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		SearchOutcome outcome = run(corpus, SearchQuery.text(TextQuery.literal("tariff")), SearchScope.WHOLE_CORPUS,
				SearchOptions.DEFAULT.withMaxHits(2));
		assertEquals(SearchOutcome.Stop.HIT_LIMIT, outcome.stop());
		assertEquals(2, hits.size());
	}

	@Test
	void brokenDocumentIsNamedAndTheSearchGoesOn() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		java.nio.file.Files.writeString(corpus.documentFile("d0"), "{ broken");
		SearchOutcome outcome = run(corpus, SearchQuery.text(TextQuery.literal("tariff")), SearchScope.WHOLE_CORPUS,
				SearchOptions.DEFAULT);
		assertEquals(4, hits.size());
		assertEquals(1, outcome.problems().size());
		assertTrue(outcome.problems().get(0).contains("d0.json"), outcome.problems().get(0));
	}

	@Test
	void annotationsOfAChangedTextAreFoundWhereTheirWordsNowAre() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		corpus.addDocument(Document.of("d1", "Tariffs", "Breaking news. " + SearchCorpora.TARIFF));
		assertEquals(List.of("d1:Xi said the tariff is fair."),
				matches(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withType("claim"))));
		assertEquals(SearchCorpora.TARIFF.indexOf("Xi said") + 15, hits.get(0).start());
	}
}
