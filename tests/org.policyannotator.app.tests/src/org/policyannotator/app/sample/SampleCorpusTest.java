package org.policyannotator.app.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;

class SampleCorpusTest {

	@TempDir
	Path temp;

	@Test
	void sampleCorpusHoldsTheFiveShippedArticlesWithTitlesAndExactText() throws Exception {
		Corpus corpus = SampleCorpus.create(temp.resolve("sample"), SampleFiles.contents());

		List<String> ids = corpus.documentIds();
		assertEquals(List.of("000_2e553d2e97fa9493", "001_426553ed0234b247", "002_a7463d941242a46e",
				"003_977224e94903f02a", "004_807306f16bda8665"), ids);
		for (String id : ids) {
			Document document = corpus.loadDocument(id);
			assertEquals(Files.readString(SampleFiles.folder().resolve(id + ".txt")), document.text(),
					"text of " + id + " is stored exactly as shipped");
			assertTrue(document.hashMatches());
			assertTrue(!document.title().isBlank() && !document.title().endsWith(".txt"), "a readable title for " + id);
		}
		assertEquals(Optional.of(LocalDate.of(2025, 11, 5)), corpus.loadDocument("003_977224e94903f02a").published());
	}

	@Test
	void sampleCorpusReopensFromDiskWithTheDefaultSchema() throws Exception {
		SampleCorpus.create(temp.resolve("sample"), SampleFiles.contents());

		Corpus reopened = Corpus.open(temp.resolve("sample"));

		assertEquals(SampleCorpus.NAME, reopened.name());
		assertEquals(5, reopened.documentIds().size());
		assertEquals(List.of("claim", "statistic", "proposal", "proposal-point", "quote", "speaker"),
				reopened.schema().tagTypes().stream().map(t -> t.id()).toList());
	}
}
