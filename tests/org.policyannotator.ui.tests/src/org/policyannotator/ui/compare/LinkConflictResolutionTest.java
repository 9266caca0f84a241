package org.policyannotator.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Relation;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.TeamRepository;

/**
 * A link (a quote to its speaker) that two colleagues pointed to different speakers: the comparison editor lists it
 * with both versions; taking theirs relinks the quote, undo takes it back, and saving removes the conflict file.
 */
class LinkConflictResolutionTest {
	private static final String TEXT = "Xi said trade rose. Lee and Moon met.";

	@TempDir
	Path temp;
	private Path here;
	private Path conflictFile;

	@BeforeEach
	void twoColleaguesLinkedTheQuoteToDifferentSpeakers() throws Exception {
		here = temp.resolve("here").toAbsolutePath().normalize();
		Corpus corpus = Corpus.create(here, "talks", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "Talks", TEXT));
		AnnotationSet set = corpus.loadSet("ana", "doc");
		set.add(tag("a1", "quote", "said trade rose"));
		set.add(tag("a2", "speaker", "Lee"));
		set.add(tag("a3", "speaker", "Moon"));
		set.add(tag("a4", "speaker", "Xi"));
		set.addRelation(new Relation("r1", "said-by", "a1", "a2"));
		corpus.saveSet(set);
		Path bare = temp.resolve("shared/talks.git");
		TeamRepository.share(here, Optional.of(bare.toString()), Optional.empty(), Progress.NONE).close();
		Path elsewhere = temp.resolve("elsewhere");
		TeamRepository.clone(bare.toString(), elsewhere, Optional.empty(), Progress.NONE).close();
		relink(elsewhere, "a3");
		ConflictSessions.sync(elsewhere);
		relink(here, "a4");
		conflictFile = ConflictSessions.conflictOnSync(here);
	}

	@AfterEach
	void forget() {
		ConflictSessions.forget(here);
	}

	@Test
	void theLinkIsListedAndTakingTheirsRelinksTheQuoteUndoablyAndSavingSettlesIt() throws Exception {
		ComparisonEditor editor = ConflictSessions.open(here);
		ConflictDecisions decisions = editor.session().conflicts().orElseThrow();
		assertEquals(List.of("r1"), decisions.links().stream().map(i -> i.id()).toList());
		assertEquals(1, decisions.open(), "the link waits for a decision");
		assertTrue(editor.figuresText().contains("1 link both sides changed"), editor.figuresText());

		editor.decideLink("r1", true);
		assertEquals("a3", to(editor.session().curated()), "theirs: the quote is Moon's");
		assertEquals(0, decisions.open());
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(editor.undoContext(), null, null);
		ConflictSessions.processEvents();
		assertEquals("a4", to(editor.session().curated()), "undone: yours (Xi) again");
		assertEquals(1, decisions.open());

		editor.decideLink("r1", true);
		editor.doSave(null);
		assertEquals("a3", to(Corpus.open(here).loadSet("ana", "doc")));
		assertFalse(Files.exists(conflictFile), "the only conflict decided: the conflict file is gone");
	}

	private static String to(AnnotationSet set) {
		return set.relations().stream().filter(r -> r.id().equals("r1")).findFirst().orElseThrow().to();
	}

	private static Annotation tag(String id, String type, String quote) {
		int start = TEXT.indexOf(quote);
		return Annotation.of(id, type, List.of(Span.of(TEXT, start, start + quote.length())), "ana", Instant.EPOCH);
	}

	/** Points r1 from the quote to the speaker annotation {@code speaker}. */
	private static void relink(Path corpusDir, String speaker) throws Exception {
		Corpus corpus = Corpus.open(corpusDir);
		AnnotationSet set = corpus.loadSet("ana", "doc");
		set.removeRelation("r1");
		set.addRelation(new Relation("r1", "said-by", "a1", speaker));
		corpus.saveSet(set);
	}
}
