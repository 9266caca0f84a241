package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.schema.Schema;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusNavigatorView;
import org.policyannotator.ui.corpus.CorpusNode;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DeleteDocumentHandler;
import org.policyannotator.ui.corpus.DocumentNode;
import org.policyannotator.ui.corpus.RenameHandler;
import org.policyannotator.ui.editor.DocumentEditorInput;

/** Renaming corpora and documents, deleting documents, from the navigator. */
class NavigatorEditingTest {
	@TempDir
	Path temp;
	private Path folder;

	@AfterEach
	void forget() {
		page().closeAllEditors(false);
		CorpusRegistry.getDefault().remove(folder);
		processEvents();
	}

	private Corpus corpus() throws Exception {
		folder = temp.resolve("c").toAbsolutePath().normalize();
		Corpus corpus = Corpus.create(folder, "Class notes", Schema.defaultSchema());
		corpus.addDocument(Document.of("first", "First article", "Seoul and Beijing resumed talks."));
		corpus.addDocument(Document.of("second", "Second article", "Trade rose 4.5 percent."));
		CorpusRegistry.getDefault().add(folder);
		return corpus;
	}

	private List<String> labels() throws Exception {
		CorpusNavigatorView navigator = (CorpusNavigatorView) page().showView(ViewIds.CORPUS_NAVIGATOR);
		navigator.viewer().refresh();
		navigator.viewer().expandAll();
		processEvents();
		return Arrays.stream(navigator.viewer().getTree().getItems()).flatMap(i -> java.util.stream.Stream
				.concat(java.util.stream.Stream.of(i), Arrays.stream(i.getItems()))).map(TreeItem::getText).toList();
	}

	@Test
	void renamingACorpusAndADocumentShowsTheNewNamesInTheNavigator() throws Exception {
		corpus();

		RenameHandler.rename(new CorpusNode(folder, "Class notes", null), "Seminar 2026");
		RenameHandler.retitle(new DocumentNode(folder, "first", "First article"), "Talks resume");

		List<String> labels = labels();
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Seminar 2026")), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Talks resume")), labels.toString());
		assertEquals("Seminar 2026", Corpus.open(folder).name());
	}

	@Test
	void deletingAnOpenDocumentClosesItsEditorAndRemovesItFromDisk() throws Exception {
		Corpus corpus = corpus();
		page().openEditor(new DocumentEditorInput(folder, "second", "Second article"), ViewIds.ANNOTATION_EDITOR);
		processEvents();

		DeleteDocumentHandler.delete(page(), List.of(new DocumentNode(folder, "second", "Second article")));

		assertEquals(0, page().getEditorReferences().length);
		assertFalse(Files.exists(corpus.documentFile("second")));
		assertEquals(List.of("first"), CorpusRegistry.getDefault().corpus(folder).documentIds());
		assertFalse(labels().stream().anyMatch(l -> l.startsWith("Second article")));
	}
}
