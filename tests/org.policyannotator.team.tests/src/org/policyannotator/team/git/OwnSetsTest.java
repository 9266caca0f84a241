package org.policyannotator.team.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;

/**
 * An annotator's synchronisation sends their own sets and the shared files, never another annotator's set that was
 * changed on their machine: that change stays here, is reported, and is not lost when the team changes the set.
 */
class OwnSetsTest {
	private static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points. Both met twice.";

	@TempDir
	Path temp;
	private Path ana;
	private Path ben;

	@BeforeEach
	void twoClones() throws Exception {
		ana = temp.resolve("ana");
		Corpus corpus = Corpus.create(ana, "news", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "Talks", TEXT));
		Path bare = temp.resolve("shared/news.git");
		TeamRepository.share(ana, Optional.of(bare.toString()), Optional.empty(), Progress.NONE).close();
		annotate(ana, "ben", "doc", "speaker", "Lee");
		sync(ana, Optional.empty());
		ben = temp.resolve("ben");
		TeamRepository.clone(bare.toString(), ben, Optional.empty(), Progress.NONE).close();
	}

	@Test
	void onlyMySetsAndSharedFilesAreSentAndAColleaguesSetChangedHereIsReported() throws Exception {
		annotate(ana, "ana", "doc", "claim", "Xi said");
		annotate(ana, "ben", "doc", "statistic", "24.5 percent");
		annotate(ana, "curated", "doc", "proposal", "four points");
		Corpus.open(ana).addDocument(Document.of("new", "New talks", TEXT));

		SyncResult result = sync(ana, Optional.of("ana"));

		assertEquals(List.of("annotations/ana/doc.json", "annotations/curated/doc.json", "documents/new.json"),
				result.committed());
		assertEquals(List.of("annotations/ben/doc.json"), result.notSent());
		sync(ben, Optional.of("ben"));
		assertEquals("claim:Xi said", quotes(ben, "ana"));
		assertEquals("proposal:four points", quotes(ben, "curated"));
		assertEquals("speaker:Lee", quotes(ben, "ben"), "ben's set on the remote is untouched");
		assertTrue(Files.exists(ben.resolve("documents/new.json")));
		assertEquals("speaker:Lee statistic:24.5 percent", quotes(ana, "ben"), "the change stays on ana's machine");
		try (TeamRepository team = TeamRepository.open(ana)) {
			assertEquals(List.of("M annotations/ben/doc.json"), team.status().changed());
			assertEquals("ana", team.log(Optional.of("doc"), 1).get(0).author(), "the annotator's name is the author");
		}
		try (TeamRepository team = TeamRepository.open(ben)) {
			assertEquals("ana", team.log(Optional.of("doc"), 1).get(0).author(), "colleagues see who it was");
		}
	}

	@Test
	void whenTheTeamChangesASetThatWasChangedHereTooTheirsIsInPlaceAndMineIsKeptBesideIt() throws Exception {
		annotate(ben, "ben", "doc", "proposal", "four points");
		sync(ben, Optional.of("ben"));
		annotate(ana, "ben", "doc", "statistic", "24.5 percent");
		String mine = Files.readString(ana.resolve("annotations/ben/doc.json"));

		SyncResult result = sync(ana, Optional.of("ana"));

		assertEquals(List.of("annotations/ben/doc.json"), result.notSent());
		assertEquals("proposal:four points speaker:Lee", quotes(ana, "ben"), "the team's version is in place");
		Path kept = ana.resolve("annotations/ben/.doc.json.local.json");
		assertEquals(mine, Files.readString(kept), "the local version is kept, byte for byte");
		assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("annotations/ben/doc.json: changed here and by "
				+ "the team") && n.endsWith("annotations/ben/.doc.json.local.json")), result.notes().toString());
	}

	@Test
	void withoutAnAnnotatorEveryChangeIsSentAsBefore() throws Exception {
		annotate(ana, "ben", "doc", "statistic", "24.5 percent");

		SyncResult result = sync(ana, Optional.empty());

		assertEquals(List.of("annotations/ben/doc.json"), result.committed());
		assertEquals(List.of(), result.notSent());
	}

	private static void annotate(Path corpusDir, String annotator, String document, String type, String quote)
			throws Exception {
		Corpus corpus = Corpus.open(corpusDir);
		AnnotationSet set = corpus.loadSet(annotator, document);
		int start = TEXT.indexOf(quote);
		set.add(Annotation.of(set.newId(), type, List.of(Span.of(TEXT, start, start + quote.length())), annotator,
				Instant.EPOCH));
		corpus.saveSet(set);
	}

	private static SyncResult sync(Path corpus, Optional<String> annotator) throws TeamException {
		try (TeamRepository team = TeamRepository.open(corpus)) {
			return team.sync("work", annotator, Optional.empty(), Progress.NONE);
		}
	}

	private static String quotes(Path corpus, String annotator) throws Exception {
		return Corpus.open(corpus).loadSet(annotator, "doc").annotations().stream()
				.map(a -> a.type() + ":" + TEXT.substring(a.start(), a.end())).sorted()
				.collect(Collectors.joining(" "));
	}
}
