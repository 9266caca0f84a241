package org.policyannotator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;

class HitTaggerTest {
	@TempDir
	Path dir;

	private static List<Hit> search(Corpus corpus, String text) throws Exception {
		List<Hit> hits = new ArrayList<>();
		new CorpusSearch(corpus).run(SearchQuery.text(new TextQuery(text, false, true, false)), SearchScope.WHOLE_CORPUS,
				SearchOptions.DEFAULT, d -> hits.addAll(d.hits()), () -> false);
		return hits;
	}

	@Test
	void tagAllAddsOneAnnotationPerHitToTheAnnotatorsOwnSetOnly() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		byte[] bensSet = Files.readAllBytes(corpus.setFile("ben", "d1"));
		HitTagger.Report report = HitTagger.tag(corpus, search(corpus, "tariff"), "proposal", "ben");
		assertEquals(new HitTagger.Report(1, 2, 0), report);
		List<Annotation> proposals = corpus.loadSet("ben", "d1").annotations().stream()
				.filter(a -> a.type().equals("proposal")).toList();
		assertEquals(List.of("tariff", "tariff"), proposals.stream().map(a -> a.firstSpan().quote()).toList());
		assertEquals(2, corpus.loadSet("anna", "d1").size(), "anna's set is untouched");
		assertTrue(!java.util.Arrays.equals(bensSet, Files.readAllBytes(corpus.setFile("ben", "d1"))));
	}

	@Test
	void taggingTwiceAddsNothingTheSecondTime() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		HitTagger.tag(corpus, search(corpus, "tariff"), "claim", "carl");
		HitTagger.Report again = HitTagger.tag(corpus, search(corpus, "tariff"), "claim", "carl");
		assertEquals(new HitTagger.Report(0, 0, 2), again);
		assertEquals(2, corpus.loadSet("carl", "d1").size());
	}

	@Test
	void unknownTypeIsRefusedBeforeAnythingIsWritten() throws Exception {
		Corpus corpus = SearchCorpora.twoDocuments(dir);
		CorpusException e = assertThrows(CorpusException.class,
				() -> HitTagger.tag(corpus, search(corpus, "tariff"), "nonsense", "carl"));
		assertTrue(e.getMessage().contains("schema.json") && e.getMessage().contains("nonsense"), e.getMessage());
		assertTrue(!Files.exists(corpus.setFile("carl", "d1")));
	}

	@Test
	void csvQuotesCellsAndDefusesFormulas() throws Exception {
		StringWriter out = new StringWriter();
		HitTable.csvHeader(out);
		HitTable.csvRow(new Hit("d1", "A, \"B\"", 3, 7, "=cmd", "hit", "x\ny", "", ""), out);
		assertEquals("document,title,start,end,left,hit,right,type,annotator\r\n"
				+ "d1,\"A, \"\"B\"\"\",3,7,'=cmd,hit,\"x\ny\",,\r\n", out.toString());
	}

	@Test
	void jsonIsAnArrayOfHits() throws Exception {
		StringWriter out = new StringWriter();
		try (HitTable.JsonHits json = HitTable.json(out)) {
			json.write(new Hit("d1", "T", 0, 3, "", "abc", " def", "claim", "anna"));
		}
		String text = out.toString().replaceAll("\\s+", "");
		assertEquals("[{\"document\":\"d1\",\"title\":\"T\",\"start\":0,\"end\":3,\"left\":\"\",\"hit\":\"abc\","
				+ "\"right\":\"def\",\"type\":\"claim\",\"annotator\":\"anna\"}]", text);
	}

	@Test
	void csvFileIsWrittenWholeOrNotAtAll() throws Exception {
		Path file = dir.resolve("hits.csv");
		HitTable.writeCsv(file, List.of(new Hit("d1", "T", 0, 3, "", "abc", "", "", "")));
		assertEquals("document,title,start,end,left,hit,right,type,annotator\r\nd1,T,0,3,,abc,,,\r\n",
				Files.readString(file));
		Path taken = Files.createDirectories(dir.resolve("taken.csv"));
		Files.writeString(taken.resolve("keep.txt"), "mine");
		java.io.IOException e = assertThrows(java.io.IOException.class, () -> HitTable.writeCsv(taken, List.of()));
		assertTrue(e.getMessage().startsWith(taken + ": cannot write the search results"), e.getMessage());
		assertEquals("mine", Files.readString(taken.resolve("keep.txt")));
		try (var left = Files.list(dir)) {
			assertEquals(2, left.count(), "no temporary file is left beside it");
		}
	}
}
