package org.policyannotator.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusRegistry;

/** Tagging that was not saved when the program died comes back when the document is opened again. */
class RecoveryJournalTest {
	private static final String DOCUMENT = "001_426553ed0234b247";

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		while (Display.getCurrent().readAndDispatch()) {
			// run what is queued
		}
	}

	private static Path sample() {
		return CorpusRegistry.getDefault().folders().stream().filter(f -> f.endsWith(Path.of("corpora", "sample")))
				.findFirst().orElseThrow();
	}

	private static AnnotationEditor open() throws Exception {
		Corpus corpus = CorpusRegistry.getDefault().corpus(sample());
		AnnotationEditor editor = (AnnotationEditor) page().openEditor(
				new DocumentEditorInput(sample(), DOCUMENT, corpus.loadDocument(DOCUMENT).title()), ViewIds.ANNOTATION_EDITOR);
		processEvents();
		return editor;
	}

	@AfterEach
	void cleanUp() throws Exception {
		System.clearProperty("policyannotator.recovery");
		page().closeAllEditors(false);
		processEvents();
		Files.deleteIfExists(CorpusRegistry.getDefault().corpus(sample()).setFile(AnnotatorIdentity.current(), DOCUMENT));
	}

	@Test
	void unsavedTaggingLeftByACrashIsRestoredOnReopenAndCanBeSaved() throws Exception {
		AnnotationEditor editor = open();
		String phrase = "media cooperation";
		int start = editor.session().orElseThrow().document().text().toLowerCase().indexOf(phrase);
		assertTrue(start >= 0);
		editor.selectAndReveal(start, phrase.length());
		editor.tagSelection("claim");
		editor.journal().flush();
		Path journal = editor.journal().file();
		assertTrue(Files.exists(journal), "a recovery copy is written after a change");
		byte[] leftover = Files.readAllBytes(journal);

		page().closeAllEditors(false);
		processEvents();
		assertFalse(Files.exists(journal), "closing without saving discards the copy");
		Files.createDirectories(journal.getParent());
		Files.write(journal, leftover); // as if the program had died before closing

		System.setProperty("policyannotator.recovery", "restore");
		AnnotationEditor reopened = open();
		processEvents();

		List<Annotation> restored = reopened.session().orElseThrow().set().annotations();
		assertEquals(1, restored.size());
		assertEquals("claim", restored.get(0).type());
		assertTrue(reopened.isDirty(), "restored tagging still has to be saved");
		reopened.doSave(null);
		processEvents();
		assertFalse(Files.exists(journal), "saving removes the copy");
		assertTrue(Files.exists(CorpusRegistry.getDefault().corpus(sample()).setFile(AnnotatorIdentity.current(), DOCUMENT)));
	}
}
