package org.policyannotator.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.team.git.Progress;
import org.policyannotator.team.git.SyncResult;
import org.policyannotator.team.git.TeamRepository;
import org.policyannotator.ui.corpus.CorpusRegistry;

/** What the tests of resolving a synchronisation's conflicts in the comparison editor share. */
final class ConflictSessions {

	private ConflictSessions() {
	}

	/** Synchronises {@code corpus} as Ana. */
	static SyncResult sync(Path corpus) throws Exception {
		try (TeamRepository team = TeamRepository.open(corpus)) {
			return team.sync("work", Optional.of("ana"), Optional.empty(), Progress.NONE);
		}
	}

	/**
	 * Synchronises {@code here}, which changed Ana's set of "doc" after {@code elsewhere} had changed it otherwise and
	 * synchronised: one conflict, in the conflict file returned; the corpus is added to the navigator.
	 */
	static Path conflictOnSync(Path here) throws Exception {
		SyncResult result = sync(here);
		assertEquals(1, result.conflicts().size(), result.toString());
		Path conflictFile = here.resolve("annotations/ana/.doc.json.conflicts.json");
		assertTrue(Files.exists(conflictFile));
		CorpusRegistry.getDefault().add(here);
		return conflictFile;
	}

	/** Opens the comparison editor on Ana's conflicts of "doc" in {@code corpus}. */
	static ComparisonEditor open(Path corpus) throws Exception {
		ComparisonEditor editor = (ComparisonEditor) page().openEditor(
				ComparisonInput.conflicts(corpus, "doc", "Talks", "ana"), ComparisonEditor.ID);
		processEvents();
		return editor;
	}

	/** Closes the editors and takes {@code corpus} out of the navigator. */
	static void forget(Path corpus) {
		page().closeAllEditors(false);
		CorpusRegistry.getDefault().remove(corpus);
		processEvents();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static void processEvents() {
		while (Display.getCurrent().readAndDispatch()) {
			// run what is queued
		}
	}
}
