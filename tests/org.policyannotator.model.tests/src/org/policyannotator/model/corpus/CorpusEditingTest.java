package org.policyannotator.model.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.schema.Schema;

/** Renaming a corpus, retitling and removing documents, as the navigator does. */
class CorpusEditingTest {
	private static final String TEXT = "Xi Jinping said both sides agreed on a four-point proposal.";

	@TempDir
	Path temp;

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.create(temp.resolve("c"), "Old name", Schema.defaultSchema());
		corpus.addDocument(Document.of("talks", "Talks", TEXT));
		corpus.addDocument(Document.of("other", "Other", "Another text."));
		for (String annotator : List.of("alice", "bob")) {
			AnnotationSet set = new AnnotationSet(annotator, "talks", Document.sha256Of(TEXT));
			set.add(Annotation.of(set.newId(), "speaker", List.of(Span.of(TEXT, 0, 10)), annotator, Instant.now()));
			corpus.saveSet(set);
		}
		return corpus;
	}

	@Test
	void aRenamedCorpusKeepsItsNameWhenOpenedAgain() throws Exception {
		Corpus renamed = corpus().renamed("  New name ");

		assertEquals("New name", renamed.name());
		assertEquals("New name", Corpus.open(temp.resolve("c")).name());
		assertEquals(List.of("other", "talks"), Corpus.open(temp.resolve("c")).documentIds());
		assertThrows(CorpusException.class, () -> renamed.renamed(" "));
	}

	@Test
	void retitlingKeepsTheTextAndTheAnnotations() throws Exception {
		Corpus corpus = corpus();

		corpus.retitleDocument("talks", "Xi and Lee talks");

		Corpus reopened = Corpus.open(temp.resolve("c"));
		assertEquals("Xi and Lee talks", reopened.loadDocument("talks").title());
		assertEquals(TEXT, reopened.loadDocument("talks").text());
		assertEquals(1, reopened.loadSet("alice", "talks").size());
	}

	@Test
	void removingADocumentRemovesEveryAnnotatorsSetOfItAndNothingElse() throws Exception {
		Corpus corpus = corpus();

		assertEquals(List.of("alice", "bob"), corpus.removeDocument("talks"));

		assertEquals(List.of("other"), corpus.documentIds());
		assertFalse(Files.exists(corpus.setFile("alice", "talks")));
		assertFalse(Files.exists(corpus.setFile("bob", "talks")));
		assertTrue(corpus.validate().stream().noneMatch(f -> f.severity() == org.policyannotator.model.Severity.ERROR));
		assertThrows(CorpusException.class, () -> corpus.removeDocument("talks"));
	}
}
