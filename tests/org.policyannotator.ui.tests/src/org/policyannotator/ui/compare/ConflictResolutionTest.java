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
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.TeamRepository;

/**
 * After a synchronisation with a conflict, the user opens it in the comparison editor, sees theirs beside ours,
 * decides, saves, and the conflict file goes.
 */
class ConflictResolutionTest {
	private static final String TEXT = "Xi said trade rose 24.5 percent. Lee proposed four points.";

	@TempDir
	Path temp;
	private Path here;
	private Path conflictFile;

	@BeforeEach
	void aConflictLeftBySynchronising() throws Exception {
		here = temp.resolve("here").toAbsolutePath().normalize();
		Corpus corpus = Corpus.create(here, "talks", Schema.defaultSchema());
		corpus.addDocument(Document.of("doc", "Talks", TEXT));
		AnnotationSet set = corpus.loadSet("ana", "doc");
		int start = TEXT.indexOf("Xi said");
		set.add(Annotation.of("a1", "claim", List.of(Span.of(TEXT, start, start + 7)), "ana", Instant.EPOCH));
		corpus.saveSet(set);
		Path bare = temp.resolve("shared/talks.git");
		TeamRepository.share(here, Optional.of(bare.toString()), Optional.empty(), Progress.NONE).close();
		Path elsewhere = temp.resolve("elsewhere");
		TeamRepository.clone(bare.toString(), elsewhere, Optional.empty(), Progress.NONE).close();
		edit(elsewhere, a -> a.withType("statistic", Instant.EPOCH));
		ConflictSessions.sync(elsewhere);
		edit(here, a -> a.withNote("checked", Instant.EPOCH));
		conflictFile = ConflictSessions.conflictOnSync(here);
	}

	@AfterEach
	void forget() {
		ConflictSessions.forget(here);
	}

	@Test
	void takingTheirsReplacesOursAndSavingRemovesTheConflictFile() throws Exception {
		ComparisonEditor editor = ConflictSessions.open(here);
		assertEquals("claim checked", describe(editor.session().left()), "yours on the left");
		assertEquals("statistic ", describe(editor.session().right()), "theirs on the right");
		assertTrue(editor.figuresText().startsWith("Conflicts a synchronisation left in ana's set"),
				editor.figuresText());

		editor.select(editor.goToDisagreement(true).orElseThrow());
		editor.accept(false, true);
		assertTrue(editor.isDirty());
		editor.doSave(null);

		assertEquals("statistic ", describe(Corpus.open(here).loadSet("ana", "doc")));
		assertFalse(Files.exists(conflictFile), "every conflict decided: the conflict file is gone");
		assertFalse(editor.isDirty());
	}

	@Test
	void keepingYoursChangesNothingButTheConflictIsDecided() throws Exception {
		ComparisonEditor editor = ConflictSessions.open(here);
		editor.select(editor.goToDisagreement(true).orElseThrow());

		editor.accept(true, false);
		assertTrue(editor.isDirty(), "a decision waits to be saved");
		editor.doSave(null);

		assertEquals("claim checked", describe(Corpus.open(here).loadSet("ana", "doc")));
		assertFalse(Files.exists(conflictFile));
	}

	@Test
	void undoTakesTheDecisionBackAndTheConflictStays() throws Exception {
		ComparisonEditor editor = ConflictSessions.open(here);
		editor.select(editor.goToDisagreement(true).orElseThrow());
		editor.accept(false, true);

		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(editor.undoContext(), null, null);
		ConflictSessions.processEvents();

		assertEquals("claim checked", describe(editor.session().curated()));
		assertFalse(editor.isDirty(), "back to the saved state");
		assertEquals(1, editor.session().conflicts().orElseThrow().open());
		assertTrue(Files.exists(conflictFile));
	}


	private static String describe(AnnotationSet set) {
		return set.annotations().stream().map(a -> a.type() + " " + a.note()).reduce((a, b) -> a + ", " + b)
				.orElse("");
	}

	private static void edit(Path corpusDir, java.util.function.UnaryOperator<Annotation> change) throws Exception {
		Corpus corpus = Corpus.open(corpusDir);
		AnnotationSet set = corpus.loadSet("ana", "doc");
		set.update(change.apply(set.annotation("a1").orElseThrow()));
		corpus.saveSet(set);
	}
}
