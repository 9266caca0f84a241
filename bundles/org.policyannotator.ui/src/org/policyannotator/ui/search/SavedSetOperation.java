package org.policyannotator.ui.search;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.Corpus;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * An edit of the set of a document that no editor has open: applied and saved at once, undone and saved again, on
 * the workbench operation history (Ctrl+Z in the Search view).
 */
final class SavedSetOperation extends AbstractOperation {
	private final Corpus corpus;
	private final AnnotationSet set;
	private final AnnotationEdit edit;

	SavedSetOperation(String label, Corpus corpus, AnnotationSet set, AnnotationEdit edit, IUndoContext context) {
		super(label);
		this.corpus = corpus;
		this.set = set;
		this.edit = edit;
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return change(() -> edit.apply(set), () -> edit.revert(set));
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return change(() -> edit.revert(set), () -> edit.apply(set));
	}

	/** Changes the set and saves it; if the save fails, the change is taken back and the failure reported. */
	private IStatus change(Runnable forward, Runnable back) throws ExecutionException {
		forward.run();
		try {
			corpus.saveSet(set);
			return Status.OK_STATUS;
		} catch (CorpusException e) {
			back.run();
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
