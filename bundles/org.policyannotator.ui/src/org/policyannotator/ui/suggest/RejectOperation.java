package org.policyannotator.ui.suggest;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.policyannotator.model.Annotation;
import org.policyannotator.model.AnnotationSet;
import org.policyannotator.model.corpus.CorpusException;
import org.policyannotator.suggest.RejectedSuggestions;
import org.policyannotator.ui.operations.AnnotationEdit;

/**
 * Rejects a suggestion: removes it (with its links) and remembers the rejection in the corpus so that the next run
 * does not propose it again. Undo puts it back and forgets the rejection.
 */
final class RejectOperation extends AbstractOperation {
	private final AnnotationSet set;
	private final Annotation suggestion;
	private final AnnotationEdit edit;
	private final RejectedSuggestions rejected;

	RejectOperation(AnnotationSet set, Annotation suggestion, RejectedSuggestions rejected, IUndoContext context) {
		super("Reject " + suggestion.type());
		this.set = set;
		this.suggestion = suggestion;
		this.edit = AnnotationEdit.remove(set, suggestion);
		this.rejected = rejected;
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return redo(monitor, info);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		edit.apply(set);
		rejected.add(suggestion);
		return save();
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		edit.revert(set);
		rejected.remove(suggestion);
		return save();
	}

	private IStatus save() throws ExecutionException {
		try {
			rejected.save();
			return Status.OK_STATUS;
		} catch (CorpusException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
