package org.policyannotator.team.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * Colleagues sharing a one-document corpus over a network remote, for the tests of each kind of remote: the corpus,
 * a tag, a synchronisation, and the check that both sides have everyone's sets.
 */
final class Colleagues {
	static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points.";

	private Colleagues() {
	}

	/** A new corpus in {@code folder} with the document "doc". */
	static Path corpus(Path folder) throws Exception {
		Corpus corpus = Corpus.create(folder, "net", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "Talks", TEXT));
		return folder;
	}

	/** {@code annotator} tags {@code quote} of "doc" as a speaker and saves the set. */
	static void tag(Path corpusDir, String annotator, String quote) throws Exception {
		Corpus corpus = Corpus.open(corpusDir);
		AnnotationSet set = corpus.loadSet(annotator, "doc");
		int start = TEXT.indexOf(quote);
		set.add(Annotation.of(set.newId(), "speaker", List.of(Span.of(TEXT, start, start + quote.length())),
				annotator, Instant.EPOCH));
		corpus.saveSet(set);
	}

	/** Synchronises {@code corpus} with {@code credentials}. */
	static void sync(Path corpus, Optional<Credentials> credentials) throws TeamException {
		try (TeamRepository team = TeamRepository.open(corpus)) {
			team.sync("work", credentials, Progress.NONE);
		}
	}

	/**
	 * Ana (in {@code one}) tags Xi, Ben (in {@code two}) tags Lee, they synchronise (Ana, Ben, Ana again), and both
	 * sides have both sets.
	 */
	static void exchange(Path one, Path two, Optional<Credentials> credentials) throws Exception {
		tag(one, "ana", "Xi");
		tag(two, "ben", "Lee");
		sync(one, credentials);
		sync(two, credentials);
		sync(one, credentials);
		for (Path side : List.of(one, two)) {
			assertEquals(1, Corpus.open(side).loadSet("ana", "doc").annotations().size(), side + ": Ana's set");
			assertEquals(1, Corpus.open(side).loadSet("ben", "doc").annotations().size(), side + ": Ben's set");
		}
	}
}
