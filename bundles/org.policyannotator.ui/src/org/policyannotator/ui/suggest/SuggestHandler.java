package org.policyannotator.ui.suggest;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.ui.editor.AnnotationEditor;
import org.policyannotator.ui.editor.EditorSession;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * Suggest: runs the suggesters on the open document as a job (progress in the status line, cancellable) and adds
 * their suggestions in one undoable edit, then selects the first one.
 */
public final class SuggestHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof AnnotationEditor editor) || editor.session().isEmpty()) {
			return null;
		}
		EditorSession session = editor.session().get();
		Display display = Display.getCurrent();
		Job job = Job.create("Suggest annotations in " + session.document().title(), monitor -> {
			return run(editor, session, display, monitor);
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static IStatus run(AnnotationEditor editor, EditorSession session, Display display,
			IProgressMonitor monitor) {
		monitor.beginTask("Suggesting", IProgressMonitor.UNKNOWN);
		AnnotationEdit edit;
		try {
			edit = SuggestionReview.suggest(session);
		} catch (CorpusException e) {
			return Status.error(e.getMessage(), e);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		display.asyncExec(() -> apply(editor, edit));
		return Status.OK_STATUS;
	}

	private static void apply(AnnotationEditor editor, AnnotationEdit edit) {
		if (editor.session().isEmpty()) {
			return;
		}
		String message = edit.after().isEmpty() ? "No new suggestions."
				: edit.after().size() + " suggestions added: Enter accepts, Delete rejects, Ctrl+Shift+. goes to the next.";
		try {
			if (!edit.after().isEmpty()) {
				editor.execute("Suggest", edit);
				SuggestionReview.selectNext(editor, true);
			}
		} catch (org.eclipse.core.commands.ExecutionException e) {
			message = "Suggest failed: " + e.getMessage();
		}
		TransientStatus.show(editor, message);
	}
}
