package org.policyannotator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.AnnotationStatus;
import org.policyannotator.model.AttributeValue;
import org.policyannotator.model.Document;
import org.policyannotator.model.FileStamp;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.internal.io.AtomicFiles;
import org.policyannotator.search.internal.AnnotationIndex;
import org.policyannotator.search.internal.IndexCodec;

/** The annotation index gives what a scan of the set files gives, whatever happened to the files since it was made. */
class AnnotationIndexTest {
	private static final List<AnnotationCriteria> CRITERIA = List.of(AnnotationCriteria.NONE.withType("claim"),
			AnnotationCriteria.NONE.withType("statistic"), AnnotationCriteria.NONE.withAttribute("unit", "PERCENT"),
			AnnotationCriteria.NONE.withStatus(AnnotationStatus.SUGGESTED),
			AnnotationCriteria.NONE.withNoteText("fairness"), AnnotationCriteria.NONE.withAnnotator("ben"),
			AnnotationCriteria.NONE.withAnnotator("cara").withType("quote"));

	@TempDir
	Path dir;

	private final List<String> problems = new ArrayList<>();

	/** Hits of a search as document:start-end:type:annotator:match, sorted. */
	private List<String> search(Corpus corpus, SearchQuery query) throws Exception {
		List<String> hits = new ArrayList<>();
		SearchOutcome outcome = new CorpusSearch(corpus).run(query, SearchScope.WHOLE_CORPUS, SearchOptions.DEFAULT,
				d -> d.hits().forEach(h -> hits.add(h.documentId() + ":" + h.start() + "-" + h.end() + ":" + h.type()
						+ ":" + h.annotator() + ":" + h.match())),
				() -> false);
		problems.addAll(outcome.problems());
		hits.sort(null);
		return hits;
	}

	/** What reading every set through the corpus finds, in the same form. */
	private static List<String> scan(Corpus corpus, AnnotationCriteria criteria) throws Exception {
		List<String> found = new ArrayList<>();
		List<String> annotators = criteria.annotator().map(List::of).orElse(corpus.annotators());
		for (String id : corpus.documentIds()) {
			String text = corpus.loadDocument(id).text();
			for (String annotator : annotators) {
				for (Annotation a : corpus.loadSet(annotator, id).annotations()) {
					if (criteria.matches(a)) {
						found.add(id + ":" + a.start() + "-" + a.end() + ":" + a.type() + ":" + a.annotator() + ":"
								+ text.substring(a.start(), a.end()));
					}
				}
			}
		}
		found.sort(null);
		return found;
	}

	private void assertSameAsScan(Corpus corpus) throws Exception {
		for (AnnotationCriteria criteria : CRITERIA) {
			assertEquals(scan(corpus, criteria), search(corpus, SearchQuery.annotations(criteria)), criteria.toString());
		}
		assertEquals(List.of(), problems);
	}

	private static Annotation claim(AnnotationSet set, String text, String words) {
		int at = text.indexOf(words);
		return Annotation.of(set.newId(), "claim", List.of(Span.of(text, at, at + words.length())), set.annotator(),
				Instant.now());
	}

	@Test
	void indexAnswersLikeAScanAfterSetsAreAddedChangedAndDeleted() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		assertSameAsScan(corpus);
		Path index = new AnnotationIndex(corpus).file();
		assertTrue(Files.isRegularFile(index), "the first annotation search made the index");

		AnnotationSet cara = corpus.loadSet("cara", "d2");
		cara.add(claim(cara, SearchCorpora.OTHER, "Nothing about trade"));
		Instant now = Instant.now();
		cara.add(Annotation.of(cara.newId(), "quote", List.of(Span.of(SearchCorpora.OTHER, 0, 7)), "cara", now)
				.withStatus(AnnotationStatus.SUGGESTED, now));
		corpus.saveSet(cara);
		assertSameAsScan(corpus);

		AnnotationSet anna = corpus.loadSet("anna", "d1");
		anna.remove(anna.annotations().get(0).id());
		anna.add(claim(anna, SearchCorpora.TARIFF, "Tariffs hurt")
				.withAttribute("unit", new AttributeValue.Text("percent"), now));
		corpus.saveSet(anna);
		assertSameAsScan(corpus);

		Files.delete(corpus.setFile("ben", "d1"));
		assertSameAsScan(corpus);

		corpus.addDocument(Document.of("d1", "Tariffs", "Breaking news. " + SearchCorpora.TARIFF));
		assertSameAsScan(corpus);

		corpus.addDocument(Document.of("d3", "Third", "Lee said nothing."));
		AnnotationSet third = corpus.loadSet("anna", "d3");
		third.add(claim(third, "Lee said nothing.", "said nothing"));
		corpus.saveSet(third);
		assertSameAsScan(corpus);

		corpus.removeDocument("d2");
		assertSameAsScan(corpus);
	}

	@Test
	void anUpToDateIndexIsNotWrittenAgain() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		search(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withType("claim")));
		FileStamp made = AtomicFiles.stamp(new AnnotationIndex(corpus).file()).orElseThrow();
		search(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withType("quote")));
		assertEquals(made, AtomicFiles.stamp(new AnnotationIndex(corpus).file()).orElseThrow());
	}

	@Test
	void textInsideATypeIsTheSameWithTheIndex() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		SearchQuery query = new SearchQuery(java.util.Optional.of(TextQuery.literal("tariff")),
				AnnotationCriteria.NONE.withType("claim"));
		List<String> first = search(corpus, query);
		assertEquals(List.of("d1:" + (SearchCorpora.TARIFF.indexOf("the tariff is") + 4) + "-"
				+ (SearchCorpora.TARIFF.indexOf("the tariff is") + 10) + ":claim:anna:tariff"), first);
		assertEquals(first, search(corpus, query), "read from the index made by the first search");
	}

	@Test
	void aCorruptIndexIsRebuiltWithoutAWord() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		assertSameAsScan(corpus);
		Path index = new AnnotationIndex(corpus).file();
		byte[] bytes = Files.readAllBytes(index);
		bytes[bytes.length / 2] ^= 0x55;
		Files.write(index, bytes);
		CorpusSearch.forgetIndexes();
		assertSameAsScan(corpus);
		IndexCodec.read(Files.readAllBytes(index));

		Files.write(index, new byte[] { 1, 2, 3 });
		CorpusSearch.forgetIndexes();
		assertSameAsScan(corpus);
		IndexCodec.read(Files.readAllBytes(index));

		Files.write(index, java.util.Arrays.copyOf(Files.readAllBytes(index), 100));
		CorpusSearch.forgetIndexes();
		assertSameAsScan(corpus);
		IndexCodec.read(Files.readAllBytes(index));
	}

	@Test
	void anIndexOfAnotherVersionIsRebuilt() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		List<String> claims = search(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withType("claim")));
		Path index = new AnnotationIndex(corpus).file();
		ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(index));
		bytes.putInt(4, IndexCodec.VERSION + 1);
		CRC32 crc = new CRC32();
		crc.update(bytes.array(), 0, bytes.capacity() - 8);
		bytes.putLong(bytes.capacity() - 8, crc.getValue());
		Files.write(index, bytes.array());
		CorpusSearch.forgetIndexes();
		assertThrowsIo(index);
		assertEquals(claims, search(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withType("claim"))));
		IndexCodec.read(Files.readAllBytes(index));
		assertEquals(List.of(), problems);
	}

	@Test
	void anIndexWrittenBeforeSpeakersWereIndexedIsRebuiltAndFindsThem() throws Exception {
		Corpus corpus = SearchCorpora.speakers(dir);
		AnnotationCriteria xi = AnnotationCriteria.NONE.withType("quote").withSpeaker("Xi");
		List<String> quotes = search(corpus, SearchQuery.annotations(xi));
		assertEquals(4, quotes.size());
		Path index = new AnnotationIndex(corpus).file();
		ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(index));
		bytes.putInt(4, 1); // format 1 knew no speakers
		CRC32 crc = new CRC32();
		crc.update(bytes.array(), 0, bytes.capacity() - 8);
		bytes.putLong(bytes.capacity() - 8, crc.getValue());
		Files.write(index, bytes.array());
		CorpusSearch.forgetIndexes();
		assertEquals(quotes, search(corpus, SearchQuery.annotations(xi)));
		IndexCodec.read(Files.readAllBytes(index));
		assertEquals(List.of(), problems);
	}

	private static void assertThrowsIo(Path index) {
		org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> IndexCodec.read(Files.readAllBytes(index)));
	}

	@Test
	void aSetBrokenAfterItWasIndexedIsNamedAndTheRestFound() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		assertSameAsScan(corpus);
		Files.writeString(corpus.setFile("ben", "d1"), "{ broken");
		List<String> claims = search(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withType("claim")));
		assertEquals(1, claims.size());
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).contains("ben") && problems.get(0).contains("d1.json"), problems.get(0));
	}

	@Test
	void theIndexFolderIsNoAnnotatorDocumentOrStrayFile() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		search(corpus, SearchQuery.annotations(AnnotationCriteria.NONE.withType("claim")));
		assertTrue(Files.isDirectory(corpus.directory().resolve(AnnotationIndex.FOLDER)));
		Corpus reopened = Corpus.open(corpus.directory());
		assertEquals(List.of("anna", "ben"), reopened.annotators());
		assertEquals(List.of("d1", "d2"), reopened.documentIds());
		assertFalse(reopened.validate().stream().anyMatch(f -> f.toString().contains(AnnotationIndex.FOLDER)),
				reopened.validate().toString());
		assertEquals("*", Files.readAllLines(corpus.directory().resolve(AnnotationIndex.FOLDER).resolve(".gitignore"))
				.get(1), "Git does not take the index into the corpus's history");
	}

	@Test
	void fewChangesGoToADeltaAndManyToANewFullIndex() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		for (int i = 0; i < 30; i++) {
			String text = "Lee said the tariff " + i + " is high.";
			corpus.addDocument(Document.of("m" + i, "", text));
			AnnotationSet set = corpus.loadSet("anna", "m" + i);
			set.add(claim(set, text, "the tariff " + i));
			corpus.saveSet(set);
		}
		assertSameAsScan(corpus);
		AnnotationIndex index = new AnnotationIndex(corpus);
		Path delta = index.file().resolveSibling(AnnotationIndex.DELTA);
		FileStamp full = AtomicFiles.stamp(index.file()).orElseThrow();
		assertFalse(Files.exists(delta));

		AnnotationSet changed = corpus.loadSet("anna", "m3");
		changed.add(claim(changed, "Lee said the tariff 3 is high.", "Lee said"));
		corpus.saveSet(changed);
		Files.delete(corpus.setFile("anna", "m4"));
		assertSameAsScan(corpus);
		assertTrue(Files.exists(delta), "a few changes are written as a delta");
		assertEquals(full, AtomicFiles.stamp(index.file()).orElseThrow(), "the full index stays as it was");
		assertSameAsScan(corpus);

		Files.write(delta, new byte[] { 9, 9, 9 });
		assertSameAsScan(corpus);
		IndexCodec.read(Files.readAllBytes(delta));

		for (int i = 10; i < 20; i++) {
			Files.delete(corpus.setFile("anna", "m" + i));
		}
		assertSameAsScan(corpus);
		assertFalse(Files.exists(delta), "many changes make a new full index");
		assertTrue(!full.equals(AtomicFiles.stamp(index.file()).orElseThrow()));
	}
}
