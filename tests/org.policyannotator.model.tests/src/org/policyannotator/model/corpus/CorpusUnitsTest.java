package org.policyannotator.model.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.Finding;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.model.text.SentenceUnits;
import org.policyannotator.model.text.UnitEdits;

/** Sentence units corrected by hand are kept per document in units/, shared by every annotator who opens it. */
class CorpusUnitsTest {
	@TempDir
	Path dir;

	private Corpus corpus;

	@BeforeEach
	void corpus() throws Exception {
		corpus = Corpus.create(dir.resolve("c"), "Speeches", Schema.defaultSchema());
		corpus.addDocument(Document.of("kr-1", "Seoul", "Seoul and Beijing agreed. Trade will grow. Tariffs fall."));
	}

	@Test
	void aJoinIsSavedAndEveryoneReadsTheSameUnits() throws Exception {
		SentenceUnits units = CorpusUnits.units(corpus, "kr-1");
		assertEquals(3, units.count());
		CorpusUnits.save(corpus, "kr-1", units.joinWithNext(0).orElseThrow());
		SentenceUnits reopened = CorpusUnits.units(Corpus.open(dir.resolve("c")), "kr-1");
		assertEquals("Seoul and Beijing agreed. Trade will grow.", reopened.text(0));
		assertEquals(2, reopened.count());
		String file = Files.readString(CorpusUnits.file(corpus, "kr-1"));
		assertTrue(file.contains("\"format\" : \"policyannotator.units\"") && file.matches("(?s).*\"removed\" : \\[\\s*26\\s*\\].*"), file);
		assertEquals(List.of(), corpus.validate());
	}

	@Test
	void undoingEveryCorrectionRemovesTheFileAndRemovingTheDocumentRemovesIt() throws Exception {
		CorpusUnits.save(corpus, "kr-1", CorpusUnits.units(corpus, "kr-1").splitAt(8).orElseThrow());
		assertTrue(Files.exists(CorpusUnits.file(corpus, "kr-1")));
		CorpusUnits.save(corpus, "kr-1", UnitEdits.NONE);
		assertFalse(Files.exists(CorpusUnits.file(corpus, "kr-1")));
		CorpusUnits.save(corpus, "kr-1", CorpusUnits.units(corpus, "kr-1").splitAt(8).orElseThrow());
		corpus.removeDocument("kr-1");
		assertFalse(Files.exists(CorpusUnits.file(corpus, "kr-1")));
	}

	@Test
	void aBadUnitsFileIsNamedWithItsProblemAndValidateReportsIt() throws Exception {
		Path file = CorpusUnits.file(corpus, "kr-1");
		Files.createDirectories(file.getParent());
		String sha = corpus.loadDocument("kr-1").sha256();
		Files.writeString(file, "{\"format\":\"policyannotator.units\",\"version\":1,\"document\":\"kr-1\",\"sha256\":\"" + sha
				+ "\",\"added\":[999]}");
		CorpusException e = assertThrows(CorpusException.class, () -> CorpusUnits.units(corpus, "kr-1"));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("999 is not an offset"), e.getMessage());
		Files.writeString(file, "{\"format\":\"policyannotator.units\",\"version\":1,\"document\":\"kr-1\",\"sha256\":\"00\"}");
		e = assertThrows(CorpusException.class, () -> CorpusUnits.units(corpus, "kr-1"));
		assertTrue(e.getMessage().contains("another text"), e.getMessage());
		List<Finding> findings = corpus.validate();
		assertEquals(1, findings.size(), findings.toString());
		assertEquals("units/kr-1.json", findings.get(0).file());
	}

	@Test
	void editsBeyondTheTextAreNotWritten() throws Exception {
		UnitEdits bad = UnitEdits.of(List.of(5000), List.of());
		assertThrows(CorpusException.class, () -> CorpusUnits.save(corpus, "kr-1", bad));
		assertFalse(Files.exists(CorpusUnits.file(corpus, "kr-1")));
	}
}
