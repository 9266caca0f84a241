package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.Document;
import org.policyannotator.model.Span;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.SchemaFiles;
import org.policyannotator.model.schema.TagType;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.codes.CodeEditing;
import org.policyannotator.ui.codes.CodebookOperation;
import org.policyannotator.ui.corpus.CorpusRegistry;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.views.TagPaletteView;

/**
 * Editing a codebook in use from the workbench: every annotator's annotations follow, the open editor shows them,
 * and Ctrl+Z takes the change back.
 */
class CodebookEditingTest {
	private static final String TEXT = "Unemployment fell while exports to Korea grew by a tenth.";
	private Path folder;

	@BeforeEach
	void corpus() throws Exception {
		folder = Files.createTempDirectory("codebook-editing").resolve("topics");
		Corpus corpus = Corpus.create(folder, "Topics", SchemaFiles.sample("policy-topics"));
		corpus.addDocument(Document.of("d1", "D1", TEXT));
		for (String annotator : List.of("alice", AnnotatorIdentity.current())) {
			AnnotationSet set = new AnnotationSet(annotator, "d1", Document.sha256Of(TEXT));
			set.add(Annotation.of("a1", "economy-jobs", List.of(Span.of(TEXT, 0, 17)), annotator, Instant.now()));
			set.add(Annotation.of("a2", "trade-flows", List.of(Span.of(TEXT, 24, 57)), annotator, Instant.now()));
			corpus.saveSet(set);
		}
		CorpusRegistry.getDefault().add(folder);
	}

	@AfterEach
	void forget() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		CorpusRegistry.getDefault().remove(folder);
		UiTestSupport.deleteTree(folder.getParent());
	}

	private String type(String annotator, String id) throws Exception {
		return Corpus.open(folder).loadSet(annotator, "d1").annotation(id).orElseThrow().type();
	}

	private CodeEditing editing() throws Exception {
		return new CodeEditing(page().getWorkbenchWindow().getShell(), folder, CorpusRegistry.getDefault().corpus(folder));
	}

	private static TagType code(String id) throws Exception {
		return CorpusRegistry.getDefault().corpus(CorpusRegistry.getDefault().folders().stream()
				.filter(f -> f.getFileName().toString().equals("topics")).findFirst().orElseThrow()).schema().tagType(id)
				.orElseThrow();
	}

	@Test
	void deletingACodeInUseGivesItsAnnotationsTheParentInTheOpenEditorTooAndUndoBringsItBack() throws Exception {
		page().openEditor(new DocumentEditorInput(folder, "d1", "D1"), ViewIds.ANNOTATION_EDITOR);
		processEvents();
		assertEquals(2, editing().used(code("economy-jobs")));

		Optional<CodebookOperation> done = editing().delete(code("economy-jobs"), CodeEditing.Fate.PARENT, Optional.empty());
		processEvents();

		assertEquals(2, done.orElseThrow().result().retyped());
		assertEquals("economy", type("alice", "a1"));
		assertTrue(Corpus.open(folder).schema().tagType("economy-jobs").isEmpty());
		AnnotationEditor editor = (AnnotationEditor) page().getActiveEditor();
		assertEquals("economy", editor.session().orElseThrow().set().annotation("a1").orElseThrow().type(),
				"the open editor shows the new code");

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), null, null);
		processEvents();
		assertEquals("economy-jobs", type("alice", "a1"));
		assertEquals("economy-jobs", type(AnnotatorIdentity.current(), "a1"));
		assertTrue(CorpusRegistry.getDefault().corpus(folder).schema().tagType("economy-jobs").isPresent());
		editor = (AnnotationEditor) page().getActiveEditor();
		assertEquals("economy-jobs", editor.session().orElseThrow().set().annotation("a1").orElseThrow().type());

		history.redo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), null, null);
		assertEquals("economy", type("alice", "a1"), "redo does it again");
	}

	@Test
	void deletingAndMergingAreUndoneInTurn() throws Exception {
		editing().delete(code("trade-flows"), CodeEditing.Fate.DELETE, Optional.empty());
		assertEquals(1, Corpus.open(folder).loadSet("alice", "d1").size());
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		var context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		history.undo(context, null, null);
		assertEquals("trade-flows", type("alice", "a2"), "the deleted annotations are back");

		var schema = CorpusRegistry.getDefault().corpus(folder).schema();
		history.execute(new CodebookOperation("Merge", folder,
				org.policyannotator.model.schema.CodebookEdits.merge(schema, "trade-flows", "economy-jobs"),
				Map.of("trade-flows", "economy-jobs")), null, null);
		assertEquals("economy-jobs", type("alice", "a2"));
		history.undo(context, null, null);
		assertEquals("trade-flows", type("alice", "a2"));
		assertEquals("economy-jobs", type("alice", "a1"), "only the merged annotations go back");
	}

	private static List<String> shown(TagPaletteView palette) {
		List<String> labels = new java.util.ArrayList<>();
		java.util.ArrayDeque<org.eclipse.swt.widgets.TreeItem> items = new java.util.ArrayDeque<>(
				List.of(palette.viewer().getTree().getItems()));
		while (!items.isEmpty()) {
			org.eclipse.swt.widgets.TreeItem item = items.poll();
			labels.add(item.getText(0));
			items.addAll(List.of(item.getItems()));
		}
		return labels;
	}

	@Test
	void thePaletteACodeIsDeletedFromShowsTheCodebookWithoutItAndWithItAgainAfterUndo() throws Exception {
		page().openEditor(new DocumentEditorInput(folder, "d1", "D1"), ViewIds.ANNOTATION_EDITOR);
		TagPaletteView palette = (TagPaletteView) page().showView(ViewIds.TAG_PALETTE);
		palette.filter().setText("employment");
		processEvents();
		assertEquals(List.of("1 Economy", "102 Employment and wages"), shown(palette));

		editing().delete(code("economy-jobs"), CodeEditing.Fate.PARENT, Optional.empty());
		processEvents();
		assertEquals(List.of(), shown(palette), "the deleted code is gone");
		palette.filter().setText("growth");
		processEvents();
		assertEquals(List.of("1 Economy", "101 Growth and outlook"), shown(palette),
				"the palette still shows the corpus's codebook while its editor is reopened");

		palette.filter().setText("employment");
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
				.undo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), null, null);
		processEvents();
		assertEquals(List.of("1 Economy", "102 Employment and wages"), shown(palette), "undo brings the code back");
		palette.filter().setText("");
	}
}
