package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyannotator.model.Document;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.DocumentCodes;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.corpus.CorpusNavigatorView;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.corpus.DocumentCodesDialog;
import org.policyannotator.ui.corpus.DocumentCodesOperation;

/** Document-level codes in the workbench: given and undone, shown in the navigator and filtering it. */
class DocumentCodesUiTest {
	@TempDir
	Path temp;
	private Path folder;

	@AfterEach
	void forget() {
		CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(ViewIds.CORPUS_NAVIGATOR);
		if (navigator != null) {
			navigator.filterDocuments("");
		}
		if (folder != null) {
			CorpusRegistry.getDefault().remove(folder);
		}
		processEvents();
	}

	private List<String> documentLabels() throws Exception {
		CorpusNavigatorView navigator = (CorpusNavigatorView) page().showView(ViewIds.CORPUS_NAVIGATOR);
		navigator.viewer().refresh();
		navigator.viewer().expandAll();
		processEvents();
		return Arrays.stream(navigator.viewer().getTree().getItems())
				.filter(i -> i.getText().startsWith("Topics"))
				.flatMap(i -> Arrays.stream(i.getItems())).map(TreeItem::getText).toList();
	}

	@Test
	void codesGivenToADocumentShowInTheNavigatorFilterItAndAreUndone() throws Exception {
		folder = temp.resolve("c").toAbsolutePath().normalize();
		Corpus corpus = Corpus.create(folder, "Topics", SchemaFiles.sample("policy-topics"));
		corpus.addDocument(Document.of("jobs", "Jobs report", "Unemployment fell to 3 percent."));
		corpus.addDocument(Document.of("summit", "Summit", "The leaders met in Seoul."));
		CorpusRegistry.getDefault().add(folder);

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.execute(new DocumentCodesOperation(folder, "ana", Map.of("jobs", List.of("economy-jobs"))), null,
				null);
		processEvents();
		assertEquals(List.of("economy-jobs"), DocumentCodes.of(Corpus.open(folder), "ana", "jobs"));
		assertTrue(documentLabels().contains("Jobs report [economy-jobs]"), documentLabels().toString());

		CorpusNavigatorView navigator = (CorpusNavigatorView) page().showView(ViewIds.CORPUS_NAVIGATOR);
		assertEquals(Optional.empty(), navigator.filterDocuments("doc-code=economy"));
		assertEquals(List.of("Jobs report [economy-jobs]"), documentLabels(), "economy-jobs is an economy document");
		assertEquals(Optional.empty(), navigator.filterDocuments("!doc-code"));
		assertEquals(List.of("Summit"), documentLabels());
		assertTrue(navigator.filterDocuments("=x").orElseThrow().contains("is not a condition"));
		navigator.filterDocuments("");
		assertEquals(2, documentLabels().size());

		history.undo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), null, null);
		processEvents();
		assertEquals(List.of(), DocumentCodes.of(Corpus.open(folder), "ana", "jobs"));
		assertTrue(documentLabels().contains("Jobs report"), documentLabels().toString());
		history.redo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), null, null);
		assertEquals(List.of("economy-jobs"), DocumentCodes.of(Corpus.open(folder), "ana", "jobs"));
	}

	@Test
	void forSeveralDocumentsOnlyTheCodesTheUserTouchesChange() throws Exception {
		DocumentCodesDialog dialog = new DocumentCodesDialog(page().getWorkbenchWindow().getShell(), "2 documents",
				SchemaFiles.sample("policy-topics"), List.of(List.of("economy", "trade"), List.of("economy")));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals(List.of(List.of("economy", "trade"), List.of("economy")), dialog.result(), "nothing touched");
			dialog.set("economy", false);
			dialog.set("health", true);
			assertEquals(List.of(List.of("trade", "health"), List.of("health")), dialog.result(),
					"trade, which only the first has, stays as it is");
		} finally {
			dialog.close();
		}
	}
}
