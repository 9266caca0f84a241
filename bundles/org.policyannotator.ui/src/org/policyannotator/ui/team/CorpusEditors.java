package org.policyannotator.ui.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.ui.ViewIds;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.DocumentEditorInput;
import org.policyannotator.ui.editor.EditorSession;

/**
 * The annotation editors open on one corpus, in every window: saved before a synchronisation (after asking), and
 * brought up to date after it with what it merged into their sets.
 */
final class CorpusEditors {
	private final Path folder;

	CorpusEditors(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** The open annotation editors of the corpus (restored ones only: an editor never shown has nothing unsaved). */
	List<AnnotationEditor> editors() {
		List<AnnotationEditor> editors = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof AnnotationEditor editor
							&& editor.getEditorInput() instanceof DocumentEditorInput input
							&& input.corpusFolder().equals(folder)) {
						editors.add(editor);
					}
				}
			}
		}
		return editors;
	}

	/** The editors with unsaved annotations. */
	List<AnnotationEditor> dirty() {
		return editors().stream().filter(AnnotationEditor::isDirty).toList();
	}

	/**
	 * Asks to save the unsaved annotations of the corpus before synchronising, and saves them; false when the user
	 * cancels or a save fails (nothing is synchronised then).
	 */
	boolean saveFirst(Shell shell, String action) {
		List<AnnotationEditor> dirty = dirty();
		if (dirty.isEmpty()) {
			return true;
		}
		String names = String.join(", ", dirty.stream().map(e -> "\u201c" + e.getEditorInput().getName() + "\u201d")
				.toList());
		MessageDialog ask = new MessageDialog(shell, action, null, "Your annotations of " + names
				+ " have unsaved changes. They are saved first, so that they are synchronised too.",
				MessageDialog.QUESTION, 0, "&Save and " + action, IDialogConstants.CANCEL_LABEL);
		if (ask.open() != 0) {
			return false;
		}
		return saveAll();
	}

	/** Saves every editor with unsaved annotations; false if one could not be saved. */
	boolean saveAll() {
		for (AnnotationEditor editor : dirty()) {
			editor.getSite().getPage().saveEditor(editor, false);
			if (editor.isDirty()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Brings the editors up to date with the files a synchronisation changed ({@code changed}: paths in the corpus).
	 * Editors whose set changed reload it; when the schema changed, every editor of the corpus is opened again.
	 *
	 * @return what could not be done, one line each
	 */
	List<String> refresh(Collection<String> changed) {
		List<String> problems = new ArrayList<>();
		boolean schema = changed.contains(Corpus.SCHEMA_FILE) || changed.contains(Corpus.CORPUS_FILE);
		for (AnnotationEditor editor : editors()) {
			EditorSession session = editor.session().orElse(null);
			if (session == null) {
				continue;
			}
			String setPath = session.corpus().relative(session.corpus().setFile(session.annotator(),
					session.document().id()));
			try {
				if (schema) {
					reopen(editor);
				} else if (changed.contains(setPath)) {
					editor.reloadFromDisk();
				}
			} catch (Exception e) {
				problems.add(editor.getEditorInput().getName() + ": " + e.getMessage());
			}
		}
		return problems;
	}

	private static void reopen(AnnotationEditor editor) throws PartInitException {
		IWorkbenchPage page = editor.getSite().getPage();
		DocumentEditorInput input = (DocumentEditorInput) editor.getEditorInput();
		boolean active = page.getActiveEditor() == editor;
		page.closeEditor(editor, false);
		page.openEditor(input, ViewIds.ANNOTATION_EDITOR, active);
	}
}
