package org.policyannotator.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyannotator.ui.tests.UiTestSupport.page;
import static org.policyannotator.ui.tests.UiTestSupport.processEvents;
import static org.policyannotator.ui.tests.UiTestSupport.run;
import static org.policyannotator.ui.tests.UiTestSupport.sampleCorpus;

import java.nio.file.Files;
import java.util.Map;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.model.Annotation;
import org.policyannotator.ui.AnnotatorIdentity;
import org.policyannotator.ui.editor.AnnotationEditor;

/** Steps the view tests share: tag a phrase with a key, find a view without activating it, undo, clean up. */
final class AnnotationSteps {
	static final String DOCUMENT = "004_807306f16bda8665";

	private AnnotationSteps() {
	}

	/** Selects a phrase of the open document and tags it with a tag key (1 claim ... 6 speaker). */
	static Annotation tag(AnnotationEditor editor, String phrase, String key) throws Exception {
		page().activate(editor);
		int offset = editor.session().orElseThrow().document().text().indexOf(phrase);
		assertTrue(offset >= 0, "the sample article contains " + phrase);
		editor.selectAndReveal(offset, phrase.length());
		processEvents();
		run("org.policyannotator.ui.command.tag", Map.of("org.policyannotator.ui.command.tag.key", key));
		return editor.selectedAnnotation().orElseThrow();
	}

	/** The view, created if needed but not activated (the editor stays the active part). */
	@SuppressWarnings("unchecked")
	static <T extends IViewPart> T view(String id) throws Exception {
		IViewPart view = page().findView(id);
		if (view == null) {
			view = page().showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
		}
		processEvents();
		return (T) view;
	}

	static void undo(AnnotationEditor editor) throws Exception {
		history().undo(editor.undoContext(), null, null);
		processEvents();
	}

	static void redo(AnnotationEditor editor) throws Exception {
		history().redo(editor.undoContext(), null, null);
		processEvents();
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	/** Closes the editors without saving and deletes what a test saved. */
	static void closeAndForget() throws Exception {
		page().closeAllEditors(false);
		processEvents();
		Files.deleteIfExists(sampleCorpus().setFile(AnnotatorIdentity.current(), DOCUMENT));
	}
}
